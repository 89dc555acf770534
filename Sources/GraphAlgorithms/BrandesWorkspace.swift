/// The per-thread buffers of Brandes' algorithm, allocated once and reused for every source.
///
/// One search from source `s` fills `order` with the vertices it reaches (in non-decreasing
/// distance), their distances and path counts `sigma`; the dependency pass then walks `order`
/// backwards. Only the reached vertices are reset afterwards, so a search costs
/// O(reached vertices + their edges), never O(V).
///
/// The dependency pass needs no predecessor lists: `w` is a successor of `v` on a shortest path
/// exactly when `dist[w] == dist[v] + length(v, w)`, which it re-checks while scanning `v`'s row.
/// That saves E words of memory and the writes that fill them. It also keeps
/// `(1 + delta[w]) / sigma[w]` per vertex, so the inner loop adds instead of dividing.
final class BrandesWorkspace {
    let n: Int
    let cells: UnsafeMutablePointer<LevelCell>
    /// Shortest-path DAG edges grouped by tail vertex in visit order: the out-slot when edge
    /// sums are wanted, else the head vertex.
    let dagSlots: UnsafeMutablePointer<Int32>
    /// Where each visited vertex's DAG slots start, by visit position (one extra entry).
    let dagStart: UnsafeMutablePointer<Int32>
    let distance: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let coefficient: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    let settled: UnsafeMutablePointer<Bool>
    var heap: IndexedMinHeap

    init(vertexCount n: Int, slotCount: Int, weighted: Bool) {
        self.n = n
        dagSlots = .allocate(capacity: weighted ? 1 : max(slotCount, 1))
        dagStart = .allocate(capacity: weighted ? 1 : n + 1)
        cells = .workspace(count: n, filledWith: LevelCell(level: -1, value: 0))
        distance = .workspace(count: n, filledWith: .infinity)
        sigma = .workspace(count: n, filledWith: 0)
        coefficient = .workspace(count: n, filledWith: 0)
        order = .workspace(count: n, filledWith: 0)
        settled = .workspace(count: n, filledWith: false)
        heap = IndexedMinHeap(capacity: weighted ? n : 0)
    }

    deinit {
        dagSlots.deallocate(); dagStart.deallocate()
        cells.deallocate(); distance.deallocate(); sigma.deallocate()
        coefficient.deallocate(); order.deallocate(); settled.deallocate()
    }

    /// Breadth-first Brandes from `s`; adds dependencies to `nodeSums` (and `edgeSums`, by
    /// edge index, when given). Returns the number of vertices reached, `s` included.
    ///
    /// A vertex's hop distance and path count share one 16-byte ``LevelCell``, so each random
    /// visit of a neighbour touches one cache line. The forward pass appends every
    /// shortest-path DAG slot (`v → w` with `w` one level below `v`) to `dagSlots`, grouped by
    /// `v` in visit order, so the backward pass reads only DAG edges — at most half the slots of
    /// an undirected graph — with no level tests. Once the backward pass has finished a vertex,
    /// its predecessors need only its coefficient `(1 + delta) / sigma`, which replaces its path
    /// count in the cell.
    @inline(__always)
    func accumulateUnweighted(
        from s: Int,
        offsets: UnsafePointer<Int>, targets: UnsafePointer<Int32>, slotEdges: UnsafePointer<Int32>,
        nodeSums: UnsafeMutablePointer<Double>, edgeSums: UnsafeMutablePointer<Double>?,
        endpoints: Bool
    ) -> Int {
        let cells = cells, order = order, dag = dagSlots, dagStart = dagStart
        order[0] = Int32(s)
        cells[s] = LevelCell(level: 0, value: 1)
        var head = 0, tail = 1, dagCount = 0
        // Edge sums need the slot (for its edge index); vertex sums only the DAG successor.
        let bySlot = edgeSums != nil
        while head < tail {
            let v = Int(order[head])
            dagStart[head] = Int32(dagCount)
            head += 1
            let next = cells[v].level + 1
            let sv = cells[v].value
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if cells[w].level < 0 {
                    cells[w].level = next
                    order[tail] = Int32(w); tail += 1
                }
                // Branch-free: whether w is one level down is unpredictable, so the slot is always
                // written and only counted when it is a DAG edge; unreached cells hold 0.
                let below = cells[w].level == next
                cells[w].value += below ? sv : 0
                dag[dagCount] = bySlot ? Int32(truncatingIfNeeded: slot) : Int32(truncatingIfNeeded: w)
                dagCount += below ? 1 : 0
            }
        }
        dagStart[tail] = Int32(dagCount)
        var i = tail - 1
        while i >= 0 {
            let v = Int(order[i])
            let sv = cells[v].value
            var sum = 0.0
            let range = Int(dagStart[i])..<Int(dagStart[i + 1])
            if let edgeSums {
                for k in range {
                    let slot = Int(dag[k])
                    let c = sv * cells[Int(targets[slot])].value
                    edgeSums[Int(slotEdges[slot])] += c
                    sum += c
                }
            } else {
                for k in range { sum += cells[Int(dag[k])].value }
                sum *= sv
            }
            cells[v].value = (1 + sum) / sv
            if v != s { nodeSums[v] += endpoints ? sum + 1 : sum }
            i -= 1
        }
        if endpoints { nodeSums[s] += Double(tail - 1) }
        for k in 0..<tail { cells[Int(order[k])] = LevelCell(level: -1, value: 0) }
        return tail
    }

    /// Dijkstra-based Brandes from `s` with positive slot lengths `lengths`; see
    /// ``accumulateUnweighted(from:offsets:targets:slotEdges:nodeSums:edgeSums:endpoints:)``.
    func accumulateWeighted(
        from s: Int,
        offsets: UnsafePointer<Int>, targets: UnsafePointer<Int32>, slotEdges: UnsafePointer<Int32>,
        lengths: UnsafePointer<Double>,
        nodeSums: UnsafeMutablePointer<Double>, edgeSums: UnsafeMutablePointer<Double>?,
        endpoints: Bool
    ) -> Int {
        let dist = distance, sigma = sigma, coef = coefficient, order = order, settled = settled
        // Work on a local heap: mutating a class's stored property costs an exclusivity check
        // per call.
        var heap = IndexedMinHeap(capacity: 0)
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        dist[s] = 0
        sigma[s] = 1
        heap.insert(s, priority: 0)
        var tail = 0
        while let (v, dv) = heap.popMin() {
            settled[v] = true
            order[tail] = Int32(v); tail += 1
            let sv = sigma[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if settled[w] { continue }
                let candidate = dv + lengths[slot]
                let dw = dist[w]
                if dw == .infinity {
                    dist[w] = candidate
                    sigma[w] = sv
                    heap.insert(w, priority: candidate)
                } else if candidate < dw {
                    dist[w] = candidate
                    sigma[w] = sv
                    heap.decrease(w, to: candidate)
                } else if candidate == dw {
                    sigma[w] += sv
                }
            }
        }
        var i = tail - 1
        while i >= 0 {
            let v = Int(order[i])
            let dv = dist[v]
            let sv = sigma[v]
            var sum = 0.0
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                // Same expression as the forward pass, so equal paths compare equal in floating point.
                if dist[w] == dv + lengths[slot] && settled[w] && w != v {
                    let c = sv * coef[w]
                    edgeSums?[Int(slotEdges[slot])] += c
                    sum += c
                }
            }
            coef[v] = (1 + sum) / sv
            if v != s { nodeSums[v] += endpoints ? sum + 1 : sum }
            i -= 1
        }
        if endpoints { nodeSums[s] += Double(tail - 1) }
        for k in 0..<tail {
            let v = Int(order[k])
            dist[v] = .infinity
            settled[v] = false
        }
        return tail
    }
}

/// Hop distance (-1: unreached) and path count, later coefficient, of one vertex in one search.
struct LevelCell {
    var level: Int32
    var value: Double
}
