/// Per-thread buffers that draw one shortest path, uniformly among all shortest paths between
/// two given vertices, by a balanced bidirectional breadth-first search (KADABRA's sampler).
///
/// The search grows a ball around `s` along out-rows and a ball around `t` along in-rows,
/// always expanding the side whose frontier has the fewer row slots, until one level's
/// expansion touches the other ball. Every edge `x → y` found then with `x` in the expanding
/// frontier and `y` in the other ball closes a shortest path (the other ball's deepest level
/// is the only one it can touch, since its shallower levels were already expanded without
/// contact), and every shortest path crosses exactly one such edge; choosing the edge with
/// probability `σ(s, x)·σ(y, t) / σ(s, t)` and then each predecessor with probability
/// proportional to its path count yields every shortest path with the same probability. On a
/// small-world graph each ball stays near the square root of the graph's size.
///
/// Only the visited vertices are reset, so a sample costs what it touches, never O(V).
///
/// Borassi, M. & Natale, E. (2016). KADABRA is an ADaptive Algorithm for Betweenness via Random
/// Approximation. *ESA 2016*, LIPIcs 57, 20:1–20:18.
final class ShortestPathSampler {
    let n: Int
    /// 0: unvisited, 1: in the ball of `s`, 2: in the ball of `t`.
    let ball: UnsafeMutablePointer<UInt8>
    /// Distance from the ball's centre.
    let distance: UnsafeMutablePointer<Int32>
    /// Shortest paths from the ball's centre (as a double: counts can exceed 2^64).
    let paths: UnsafeMutablePointer<Double>
    /// Visited vertices, both balls, in visit order.
    let queue: UnsafeMutablePointer<Int32>
    /// Contact edges of the final level, as (frontier vertex, other-ball vertex) pairs.
    var contacts: [(Int32, Int32)] = []

    init(vertexCount n: Int) {
        self.n = n
        ball = .workspace(count: n, filledWith: 0)
        distance = .workspace(count: n, filledWith: 0)
        paths = .workspace(count: n, filledWith: 0)
        queue = .workspace(count: n, filledWith: 0)
    }

    deinit { ball.deallocate(); distance.deallocate(); paths.deallocate(); queue.deallocate() }

    /// Appends to `path` the inner vertices of one shortest `s`–`t` path drawn uniformly at
    /// random with `random`; nothing when `t` is unreachable. `out` are the rows
    /// walked from `s`, `in` their reverse (the same rows when undirected).
    func sample(
        from s: Int, to t: Int, out: SearchRows, in inRows: SearchRows,
        random: inout SplitMix64, into path: inout [Int32]
    ) {
        let ball = ball, distance = distance, paths = paths, queue = queue
        ball[s] = 1; distance[s] = 0; paths[s] = 1
        ball[t] = 2; distance[t] = 0; paths[t] = 1
        queue[0] = Int32(s); queue[1] = Int32(t)
        var end = 2
        // One level's new vertices are appended together, so each side's frontier is a range of
        // the queue.
        var frontierS = 0..<1, frontierT = 1..<2
        var slotsS = out.degree(s), slotsT = inRows.degree(t)
        // A local array: appending to a class's stored property costs an exclusivity check each time.
        var contacts: [(Int32, Int32)] = []
        swap(&contacts, &self.contacts)
        contacts.removeAll(keepingCapacity: true)
        defer { swap(&contacts, &self.contacts) }
        var expandedS = true
        while contacts.isEmpty && !frontierS.isEmpty && !frontierT.isEmpty {
            expandedS = slotsS <= slotsT
            let rows = expandedS ? out : inRows
            let mine: UInt8 = expandedS ? 1 : 2
            let frontier = expandedS ? frontierS : frontierT
            let levelStart = end
            var nextSlots = 0
            for f in frontier {
                let x = Int(queue[f])
                let dx = distance[x] + 1, px = paths[x]
                for slot in rows.offsets[x]..<rows.offsets[x + 1] {
                    let y = Int(rows.targets[slot])
                    let by = ball[y]
                    if by == 0 {
                        ball[y] = mine; distance[y] = dx; paths[y] = px
                        queue[end] = Int32(y); end += 1
                        nextSlots += rows.degree(y)
                    } else if by != mine {
                        contacts.append((Int32(x), Int32(y)))
                    } else if distance[y] == dx {
                        paths[y] += px
                    }
                }
            }
            if expandedS {
                frontierS = levelStart..<end; slotsS = nextSlots
            } else {
                frontierT = levelStart..<end; slotsT = nextSlots
            }
        }
        if !contacts.isEmpty {
            var total = 0.0
            for (x, y) in contacts { total += paths[Int(x)] * paths[Int(y)] }
            var pick = random.unitInterval() * total
            var chosen = contacts[contacts.count - 1]
            for c in contacts {
                pick -= paths[Int(c.0)] * paths[Int(c.1)]
                if pick < 0 { chosen = c; break }
            }
            // The expanding side's vertex lies in its own ball, the other in the other ball.
            let (sSide, tSide) = expandedS ? (chosen.0, chosen.1) : (chosen.1, chosen.0)
            walkBack(from: Int(sSide), centre: s, side: 1, rows: inRows, random: &random, into: &path)
            walkBack(from: Int(tSide), centre: t, side: 2, rows: out, random: &random, into: &path)
        }
        for k in 0..<end { ball[Int(queue[k])] = 0 }
    }

    /// Walks from `v` back to `centre` inside ball `side`, each step choosing a predecessor
    /// with probability proportional to its path count; counts every vertex but the centre.
    /// `rows` must lead from a vertex to its predecessors.
    private func walkBack(
        from v: Int, centre: Int, side: UInt8, rows: SearchRows,
        random: inout SplitMix64, into path: inout [Int32]
    ) {
        var v = v
        while v != centre {
            path.append(Int32(v))
            let want = distance[v] - 1
            var pick = random.unitInterval() * paths[v]
            var chosen = -1
            for slot in rows.offsets[v]..<rows.offsets[v + 1] {
                let u = Int(rows.targets[slot])
                guard ball[u] == side && distance[u] == want else { continue }
                chosen = u
                pick -= paths[u]
                if pick < 0 { break }
            }
            if chosen < 0 { return }  // unreachable: every ball vertex but the centre has a predecessor
            v = chosen
        }
    }
}

extension SplitMix64 {
    /// A double uniform in [0, 1), from the top 53 bits.
    mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
