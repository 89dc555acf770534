/// Per-thread buffers for bit-parallel multi-source breadth-first search: up to 64 searches at
/// once, one bit of a machine word per search (the MS-BFS of Then et al. 2014).
///
/// Each vertex keeps three words: which searches have `seen` it, which have it in their current
/// frontier (`visit`), and which reach it on the level being built (`next`). One scan of a
/// vertex's row then advances every search that has the vertex in its frontier, so on a
/// small-world graph, where the 64 frontiers overlap heavily, a row is read a handful of times
/// per batch instead of 64 times.
///
/// A level runs top-down (frontier vertices push their bits along `forward` rows) while the
/// frontier is small, and bottom-up (every vertex not yet seen by all searches pulls bits from
/// its `backward` rows, stopping once every missing search has arrived) when the frontier's rows
/// outweigh the unsettled vertices' rows: the direction optimization of Beamer et al. applied to
/// the whole batch.
///
/// Only the number of vertices each search reaches per level is needed, and those counts are
/// kept in a bit-sliced counter (plane `j` holds bit `j` of the 64 counts), so adding a vertex's
/// new bits costs a couple of word operations whatever its bit count. The per-level sums are
/// added in the same order and with the same expressions as ``DistanceSumsWorkspace/hybrid(from:forward:backward:vertexCount:)``,
/// so the results are bit-for-bit those of one search per source.
///
/// Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T. &
/// Vo, H. T. (2014). The more the merrier: efficient multi-source graph traversal. *Proceedings
/// of the VLDB Endowment* 8(4), 449–460. Beamer, S., Asanović, K. & Patterson, D. (2012).
/// Direction-optimizing breadth-first search. *SC '12*.
final class MultiSourceBFSWorkspace {
    /// Searches per batch: the bits of one word.
    static let width = 64

    let n: Int
    let seen: UnsafeMutablePointer<UInt64>
    let visit: UnsafeMutablePointer<UInt64>
    let next: UnsafeMutablePointer<UInt64>
    let frontier: UnsafeMutablePointer<Int32>
    let touched: UnsafeMutablePointer<Int32>
    /// Bit planes of the per-search counts of the level being built.
    let planes: UnsafeMutablePointer<UInt64>
    let planeCount: Int

    init(vertexCount n: Int) {
        self.n = n
        let c = max(n, 1)
        seen = .workspace(count: c, filledWith: 0)
        visit = .workspace(count: c, filledWith: 0)
        next = .workspace(count: c, filledWith: 0)
        frontier = .workspace(count: c, filledWith: 0)
        touched = .workspace(count: c, filledWith: 0)
        // Enough planes to count to n.
        planeCount = Int.bitWidth - c.leadingZeroBitCount + 1
        planes = .workspace(count: planeCount, filledWith: 0)
    }

    deinit {
        seen.deallocate(); visit.deallocate(); next.deallocate()
        frontier.deallocate(); touched.deallocate(); planes.deallocate()
    }

    /// Adds one to the count of every search whose bit is set in `bits`.
    @inline(__always)
    private func count(_ bits: UInt64) {
        var carry = bits, j = 0
        while carry != 0 {
            let overflow = planes[j] & carry
            planes[j] ^= carry
            carry = overflow
            j += 1
        }
    }

    /// Searches from up to 64 sources along `forward` rows (`backward` must be their reverse),
    /// writing source `i`'s sums to `out[i]`.
    func search(
        from sources: ArraySlice<Int32>, forward: SearchRows, backward: SearchRows,
        into out: UnsafeMutablePointer<DistanceSums>
    ) {
        let k = sources.count
        precondition(k > 0 && k <= Self.width, "1 to 64 sources per batch")
        let full: UInt64 = k == Self.width ? ~0 : (1 << UInt64(k)) - 1
        let seen = seen, frontier = frontier, touched = touched
        var visit = visit, next = next
        seen.update(repeating: 0, count: n)

        var reached = [Int](repeating: 1, count: k)
        var total = [Int](repeating: 0, count: k)
        var reciprocal = [Double](repeating: 0, count: k)

        var frontierCount = 0
        var frontierSlots = 0
        // Rows of the vertices some search has not seen yet: what a bottom-up level may read.
        var unsettledSlots = forward.slotCount
        for (i, s) in sources.enumerated() {
            let v = Int(s)
            if visit[v] == 0 {
                frontier[frontierCount] = s; frontierCount += 1
                frontierSlots += forward.degree(v)
            }
            visit[v] |= 1 << UInt64(i)
            seen[v] |= 1 << UInt64(i)
            if seen[v] == full { unsettledSlots -= backward.degree(v) }
        }

        var level = 0
        while frontierCount > 0 {
            level += 1
            var newCount = 0
            var newSlots = 0
            if frontierSlots > unsettledSlots / 8 {
                // Bottom-up: only `visit` is read, so settling vertices in place is safe.
                for x in 0..<n {
                    let missing = ~seen[x] & full
                    if missing == 0 { continue }
                    var arrived: UInt64 = 0
                    for slot in backward.offsets[x]..<backward.offsets[x + 1] {
                        arrived |= visit[Int(backward.targets[slot])]
                        if arrived & missing == missing { break }
                    }
                    let fresh = arrived & missing
                    if fresh != 0 {
                        next[x] = fresh
                        seen[x] |= fresh
                        if seen[x] == full { unsettledSlots -= backward.degree(x) }
                        count(fresh)
                        touched[newCount] = Int32(x); newCount += 1
                        newSlots += forward.degree(x)
                    }
                }
            } else {
                var touchedCount = 0
                for f in 0..<frontierCount {
                    let v = Int(frontier[f])
                    let bits = visit[v]
                    for slot in forward.offsets[v]..<forward.offsets[v + 1] {
                        let w = Int(forward.targets[slot])
                        let fresh = bits & ~seen[w]
                        if fresh != 0 {
                            if next[w] == 0 { touched[touchedCount] = Int32(w); touchedCount += 1 }
                            next[w] |= fresh
                        }
                    }
                }
                // Settle after the whole level, so no search moves twice within it.
                for t in 0..<touchedCount {
                    let w = Int(touched[t])
                    let fresh = next[w]
                    seen[w] |= fresh
                    if seen[w] == full { unsettledSlots -= backward.degree(w) }
                    count(fresh)
                    touched[newCount] = Int32(w); newCount += 1
                    newSlots += forward.degree(w)
                }
            }
            // The old frontier's words become the zeroed buffer of the level after.
            for f in 0..<frontierCount { visit[Int(frontier[f])] = 0 }
            swap(&visit, &next)
            for t in 0..<newCount { frontier[t] = touched[t] }
            frontierCount = newCount
            frontierSlots = newSlots

            for i in 0..<k {
                var found = 0
                for j in 0..<planeCount { found |= Int((planes[j] >> UInt64(i)) & 1) << j }
                if found > 0 {
                    reached[i] += found
                    total[i] += level * found
                    reciprocal[i] += Double(found) / Double(level)
                }
            }
            planes.update(repeating: 0, count: planeCount)
        }
        for i in 0..<k {
            out[i] = DistanceSums(reached: reached[i], total: Double(total[i]), reciprocal: reciprocal[i])
        }
    }
}
