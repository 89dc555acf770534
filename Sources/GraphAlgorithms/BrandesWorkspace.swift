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
    let hopDistance: UnsafeMutablePointer<Int32>
    let distance: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let coefficient: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    let settled: UnsafeMutablePointer<Bool>
    var heap: IndexedMinHeap

    init(vertexCount n: Int, weighted: Bool) {
        self.n = n
        hopDistance = .allocate(capacity: max(n, 1))
        hopDistance.initialize(repeating: -1, count: max(n, 1))
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: max(n, 1))
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: max(n, 1))
        coefficient = .allocate(capacity: max(n, 1))
        coefficient.initialize(repeating: 0, count: max(n, 1))
        order = .allocate(capacity: max(n, 1))
        order.initialize(repeating: 0, count: max(n, 1))
        settled = .allocate(capacity: max(n, 1))
        settled.initialize(repeating: false, count: max(n, 1))
        heap = IndexedMinHeap(capacity: weighted ? n : 0)
    }

    deinit {
        hopDistance.deallocate(); distance.deallocate(); sigma.deallocate()
        coefficient.deallocate(); order.deallocate(); settled.deallocate()
    }

    /// Breadth-first Brandes from `s`; adds dependencies to `nodeSums` (and `edgeSums`, by
    /// edge index, when given). Returns the number of vertices reached, `s` included.
    @inline(__always)
    func accumulateUnweighted(
        from s: Int,
        offsets: UnsafePointer<Int>, targets: UnsafePointer<Int32>, slotEdges: UnsafePointer<Int32>,
        nodeSums: UnsafeMutablePointer<Double>, edgeSums: UnsafeMutablePointer<Double>?,
        endpoints: Bool
    ) -> Int {
        let dist = hopDistance, sigma = sigma, coef = coefficient, order = order
        order[0] = Int32(s)
        dist[s] = 0
        sigma[s] = 1
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = dist[v] + 1
            let sv = sigma[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                let dw = dist[w]
                if dw < 0 {
                    dist[w] = next
                    sigma[w] = sv
                    order[tail] = Int32(w); tail += 1
                } else if dw == next {
                    sigma[w] += sv
                }
            }
        }
        var i = tail - 1
        while i >= 0 {
            let v = Int(order[i])
            let next = dist[v] + 1
            let sv = sigma[v]
            var sum = 0.0
            if let edgeSums {
                for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[slot])
                    if dist[w] == next {
                        let c = sv * coef[w]
                        edgeSums[Int(slotEdges[slot])] += c
                        sum += c
                    }
                }
            } else {
                for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[slot])
                    if dist[w] == next { sum += coef[w] }
                }
                sum *= sv
            }
            coef[v] = (1 + sum) / sv
            if v != s { nodeSums[v] += endpoints ? sum + 1 : sum }
            i -= 1
        }
        if endpoints { nodeSums[s] += Double(tail - 1) }
        for k in 0..<tail { dist[Int(order[k])] = -1 }
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
