/// What one single-source search reports for closeness and harmonic centrality.
struct DistanceSums {
    /// Vertices reached, the source included.
    var reached: Int
    /// Sum of the distances to the reached vertices.
    var total: Double
    /// Sum of the reciprocal distances to the reached vertices other than the source.
    var reciprocal: Double
}

/// Per-thread buffers for repeated single-source searches that only need distance sums.
final class DistanceSumsWorkspace {
    let hop: UnsafeMutablePointer<Int32>
    let distance: UnsafeMutablePointer<Double>
    let settled: UnsafeMutablePointer<Bool>
    let order: UnsafeMutablePointer<Int32>
    var heap: IndexedMinHeap

    init(vertexCount n: Int, weighted: Bool) {
        let c = max(n, 1)
        hop = .allocate(capacity: c); hop.initialize(repeating: -1, count: c)
        distance = .allocate(capacity: c); distance.initialize(repeating: .infinity, count: c)
        settled = .allocate(capacity: c); settled.initialize(repeating: false, count: c)
        order = .allocate(capacity: c); order.initialize(repeating: 0, count: c)
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

extension CSRGraph {
    /// Distance sums towards every vertex (incoming distances on a directed graph), one search
    /// per vertex (or per listed vertex, in list order) over the in-rows, run on all cores. Each search writes only its own entry.
    func incomingDistanceSums(
        of vertices: [Int]?, weighted: Bool, concurrent: Bool, progress: ProgressHandler?,
        directionOptimizing: Bool = true
    ) -> [DistanceSums] {
        let n = vertexCount
        let useWeights = weighted && isWeighted
        if useWeights {
            precondition(edgeWeight.allSatisfy { $0 > 0 && $0.isFinite }, "edge lengths must be positive")
        }
        let lengths: [Double] = useWeights ? inEdge.map { edgeWeight[Int($0)] } : []
        if let vertices { precondition(vertices.allSatisfy { $0 >= 0 && $0 < n }, "vertex out of range") }
        let targets: [Int32] = vertices?.map(Int32.init) ?? (0..<n).map(Int32.init)
        var result = [DistanceSums](
            repeating: DistanceSums(reached: 0, total: 0, reciprocal: 0), count: targets.count)
        let plan = ParallelSources(sources: targets, concurrent: concurrent)
        let slotCount = inSources.count
        inOffsets.withUnsafeBufferPointer { offsets in
        inSources.withUnsafeBufferPointer { targets in
        outOffsets.withUnsafeBufferPointer { backOffsets in
        outTargets.withUnsafeBufferPointer { backTargets in
        lengths.withUnsafeBufferPointer { lengthBuffer in
        result.withUnsafeMutableBufferPointer { out in
            let shared = SearchPointers(
                offsets: offsets.baseAddress!, targets: targets.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                lengths: useWeights ? lengthBuffer.baseAddress : nil, out: out.baseAddress)
            // Searches walk towards each vertex along in-rows; the out-rows are their reverse.
            let forward = SearchRows(
                offsets: offsets.baseAddress!, targets: targets.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                slotCount: slotCount)
            let backward = SearchRows(
                offsets: backOffsets.baseAddress!, targets: backTargets.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                slotCount: slotCount)
            plan.forEachPartition { p in
                let workspace = DistanceSumsWorkspace(vertexCount: n, weighted: useWeights)
                var done = 0
                for i in plan.sources(ofPartition: p) {
                    let v = Int(plan.sources[i])
                    if let lengths = shared.lengths {
                        shared.out![i] = workspace.weighted(
                            from: v, offsets: shared.offsets, targets: shared.targets, lengths: lengths)
                    } else if directionOptimizing {
                        shared.out![i] = workspace.hybrid(from: v, forward: forward, backward: backward, vertexCount: n)
                    } else {
                        shared.out![i] = workspace.unweighted(from: v, offsets: shared.offsets, targets: shared.targets)
                    }
                    done += 1
                    if done == 64 { progress?(done); done = 0 }
                }
                if done > 0 { progress?(done) }
            }
        }}}}}}
        return result
    }
}

/// Raw pointers handed to worker threads; each search writes only its own output entry.
struct SearchPointers: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let lengths: UnsafePointer<Double>?
    let out: UnsafeMutablePointer<DistanceSums>?
}

/// One direction of adjacency, as raw pointers for worker threads (read-only).
struct SearchRows: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let slotCount: Int

    @inline(__always)
    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
}
