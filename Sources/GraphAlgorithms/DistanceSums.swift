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

    /// Breadth-first search from `s` along the rows given.
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
        of vertices: [Int]?, weighted: Bool, concurrent: Bool, progress: ProgressHandler?
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
        inOffsets.withUnsafeBufferPointer { offsets in
        inSources.withUnsafeBufferPointer { targets in
        lengths.withUnsafeBufferPointer { lengthBuffer in
        result.withUnsafeMutableBufferPointer { out in
            let shared = SearchPointers(
                offsets: offsets.baseAddress!, targets: targets.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                lengths: useWeights ? lengthBuffer.baseAddress : nil, out: out.baseAddress)
            plan.forEachPartition { p in
                let workspace = DistanceSumsWorkspace(vertexCount: n, weighted: useWeights)
                var done = 0
                for i in plan.sources(ofPartition: p) {
                    let v = Int(plan.sources[i])
                    if let lengths = shared.lengths {
                        shared.out![i] = workspace.weighted(
                            from: v, offsets: shared.offsets, targets: shared.targets, lengths: lengths)
                    } else {
                        shared.out![i] = workspace.unweighted(from: v, offsets: shared.offsets, targets: shared.targets)
                    }
                    done += 1
                    if done == 64 { progress?(done); done = 0 }
                }
                if done > 0 { progress?(done) }
            }
        }}}}
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
