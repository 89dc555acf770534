/// Per-thread buffers for repeated single-source searches that only need distance sums.
final class DistanceSumsWorkspace {
    let hop: UnsafeMutablePointer<Int32>
    let distance: UnsafeMutablePointer<Double>
    let settled: UnsafeMutablePointer<Bool>
    let order: UnsafeMutablePointer<Int32>
    var heap: IndexedMinHeap

    init(vertexCount n: Int, weighted: Bool) {
        hop = .workspace(count: n, filledWith: -1)
        distance = .workspace(count: n, filledWith: .infinity)
        settled = .workspace(count: n, filledWith: false)
        order = .workspace(count: n, filledWith: 0)
        heap = IndexedMinHeap(capacity: weighted ? n : 0)
    }

    deinit { hop.deallocate(); distance.deallocate(); settled.deallocate(); order.deallocate() }

    /// Plain top-down breadth-first search from `s` along the rows given (the reference the
    /// direction-optimizing search is tested against).
    @inline(__always)
    func unweighted(from s: Int, offsets: UnsafePointer<Int>, targets: UnsafePointer<Int32>) -> DistanceSums {
        let dist = hop, order = order
        dist[s] = 0
        order[0] = Int32(s)
        var head = 0, tail = 1
        var total = 0, reciprocal = 0.0
        // Vertices arrive level by level, so the reciprocal is summed once per level.
        var level: Int32 = 0, levelCount = 0
        while head < tail {
            let v = Int(order[head]); head += 1
            let dv = dist[v]
            if dv != level {
                if level > 0 { reciprocal += Double(levelCount) / Double(level) }
                level = dv; levelCount = 0
            }
            levelCount += 1
            total += Int(dv)
            let next = dv + 1
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if dist[w] < 0 {
                    dist[w] = next
                    order[tail] = Int32(w); tail += 1
                }
            }
        }
        if level > 0 { reciprocal += Double(levelCount) / Double(level) }
        for k in 0..<tail { dist[Int(order[k])] = -1 }
        return DistanceSums(reached: tail, total: Double(total), reciprocal: reciprocal)
    }

    /// Direction-optimizing breadth-first search from `s` (Beamer, Asanović & Patterson 2012).
    ///
    /// Level by level, it either expands the frontier along `forward` rows (top-down) or lets
    /// every unreached vertex look along its `backward` rows for a parent in the frontier and
    /// stop at the first (bottom-up). On small-world graphs the middle levels hold most vertices
    /// and edges, and bottom-up skips most of their edges. Only distance sums are needed, not
    /// path counts, so stopping at the first parent is exact. `backward` must be `forward`
    /// reversed (the same rows when undirected).
    func hybrid(from s: Int, forward: SearchRows, backward: SearchRows, vertexCount n: Int) -> DistanceSums {
        let dist = hop, order = order
        dist[s] = 0
        order[0] = Int32(s)
        var levelStart = 0, levelEnd = 1
        var level: Int32 = 0
        var total = 0, reciprocal = 0.0
        var frontierSlots = forward.degree(s)
        var unexploredSlots = forward.slotCount - frontierSlots
        var bottomUp = false
        while levelStart < levelEnd {
            let next = level + 1
            if !bottomUp {
                if frontierSlots > unexploredSlots / 14 { bottomUp = true }
            } else if levelEnd - levelStart < n / 24 {
                bottomUp = false
            }
            var tail = levelEnd
            var nextSlots = 0
            if bottomUp {
                for x in 0..<n where dist[x] < 0 {
                    for slot in backward.offsets[x]..<backward.offsets[x + 1] where dist[Int(backward.targets[slot])] == level {
                        dist[x] = next
                        order[tail] = Int32(x); tail += 1
                        nextSlots += forward.degree(x)
                        break
                    }
                }
            } else {
                for k in levelStart..<levelEnd {
                    let v = Int(order[k])
                    for slot in forward.offsets[v]..<forward.offsets[v + 1] {
                        let w = Int(forward.targets[slot])
                        if dist[w] < 0 {
                            dist[w] = next
                            order[tail] = Int32(w); tail += 1
                            nextSlots += forward.degree(w)
                        }
                    }
                }
            }
            let found = tail - levelEnd
            if found > 0 {
                total += Int(next) * found
                reciprocal += Double(found) / Double(next)
            }
            unexploredSlots -= nextSlots
            frontierSlots = nextSlots
            levelStart = levelEnd
            levelEnd = tail
            level = next
        }
        for k in 0..<levelEnd { dist[Int(order[k])] = -1 }
        return DistanceSums(reached: levelEnd, total: Double(total), reciprocal: reciprocal)
    }

    /// Dijkstra from `s` along the rows given, with positive slot lengths.
    func weighted(
        from s: Int, offsets: UnsafePointer<Int>, targets: UnsafePointer<Int32>, lengths: UnsafePointer<Double>
    ) -> DistanceSums {
        let dist = distance, settled = settled, order = order
        var heap = IndexedMinHeap(capacity: 0)
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        dist[s] = 0
        heap.insert(s, priority: 0)
        var tail = 0
        var total = 0.0, reciprocal = 0.0
        while let (v, dv) = heap.popMin() {
            settled[v] = true
            order[tail] = Int32(v); tail += 1
            total += dv
            if v != s { reciprocal += 1 / dv }
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                if settled[w] { continue }
                let candidate = dv + lengths[slot]
                if dist[w] == .infinity {
                    dist[w] = candidate
                    heap.insert(w, priority: candidate)
                } else if candidate < dist[w] {
                    dist[w] = candidate
                    heap.decrease(w, to: candidate)
                }
            }
        }
        for k in 0..<tail {
            let v = Int(order[k])
            dist[v] = .infinity
            settled[v] = false
        }
        return DistanceSums(reached: tail, total: total, reciprocal: reciprocal)
    }
}
