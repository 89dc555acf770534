extension CSRGraph {
    /// Distance sums towards every vertex (incoming distances on a directed graph), one search
    /// per vertex (or per listed vertex, in list order) over the in-rows, run on all cores. Each
    /// search writes only its own entry. Unweighted searches run 64 at a time (`.bitParallel`)
    /// unless `search` asks for one of the single-source searches it is tested against.
    func incomingDistanceSums(
        of vertices: [Int]?, weighted: Bool, concurrent: Bool, progress: ProgressHandler?,
        search: UnweightedSearch = .bitParallel
    ) throws(CentralityError) -> [DistanceSums] {
        let n = vertexCount
        let useWeights = weighted && isWeighted
        do {
            if useWeights { try checkLengths() }
            if let vertices { try check(vertices: vertices, name: "vertices") }
        } catch {
            throw CentralityError(error)
        }
        let lengths: [Double] = useWeights ? inEdge.map { edgeWeight[Int($0)] } : []
        let targets: [Int32] = vertices?.map(Int32.init) ?? (0..<n).map(Int32.init)
        var result = [DistanceSums](
            repeating: DistanceSums(reached: 0, total: 0, reciprocal: 0), count: targets.count)
        if !useWeights && search == .bitParallel {
            return bitParallelDistanceSums(of: targets, concurrent: concurrent, progress: progress)
        }
        let plan = ParallelSources(sources: targets, concurrent: concurrent)
        // Searches walk towards each vertex along in-rows; the out-rows are their reverse.
        withSearchRows { forward, backward in
        lengths.withUnsafeBufferPointer { lengthBuffer in
        result.withUnsafeMutableBufferPointer { out in
            let shared = SearchPointers(
                offsets: forward.offsets, targets: forward.targets,
                lengths: useWeights ? lengthBuffer.baseAddress : nil, out: out.baseAddress)
            plan.forEachPartition { p in
                let workspace = DistanceSumsWorkspace(vertexCount: n, weighted: useWeights)
                var done = 0
                for i in plan.sources(ofPartition: p) {
                    let v = Int(plan.sources[i])
                    if let lengths = shared.lengths {
                        shared.out![i] = workspace.weighted(
                            from: v, offsets: shared.offsets, targets: shared.targets, lengths: lengths)
                    } else if search == .directionOptimizing {
                        shared.out![i] = workspace.hybrid(from: v, forward: forward, backward: backward, vertexCount: n)
                    } else {
                        shared.out![i] = workspace.unweighted(from: v, offsets: shared.offsets, targets: shared.targets)
                    }
                    done += 1
                    if done == 64 { progress?(done); done = 0 }
                }
                if done > 0 { progress?(done) }
            }
        }}}
        return result
    }
}

/// How unweighted distance sums are searched; every choice gives bit-identical sums.
enum UnweightedSearch {
    /// 64 sources per machine word (``MultiSourceBFSWorkspace``): the default.
    case bitParallel
    /// One direction-optimizing search per source.
    case directionOptimizing
    /// One plain top-down search per source (the reference).
    case plain
}

extension CSRGraph {
    /// ``incomingDistanceSums(of:weighted:concurrent:progress:search:)`` for unweighted graphs,
    /// 64 targets per batch; batches, not single sources, are spread over the partitions.
    private func bitParallelDistanceSums(
        of targets: [Int32], concurrent: Bool, progress: ProgressHandler?
    ) -> [DistanceSums] {
        let n = vertexCount
        let width = MultiSourceBFSWorkspace.width
        var result = [DistanceSums](
            repeating: DistanceSums(reached: 0, total: 0, reciprocal: 0), count: targets.count)
        let batchCount = (targets.count + width - 1) / width
        let plan = ParallelSources(sources: (0..<batchCount).map(Int32.init), concurrent: concurrent)
        withSearchRows { forward, backward in
        result.withUnsafeMutableBufferPointer { out in
            let output = SearchOutput(out: out.baseAddress)
            plan.forEachPartition { p in
                let workspace = MultiSourceBFSWorkspace(vertexCount: n)
                for b in plan.sources(ofPartition: p) {
                    let range = b * width..<min(targets.count, (b + 1) * width)
                    workspace.search(
                        from: targets[range], forward: forward, backward: backward,
                        into: output.out! + range.lowerBound)
                    progress?(range.count)
                }
            }
        }}
        return result
    }
}

/// Where worker threads write distance sums; each batch writes only its own entries.
struct SearchOutput: @unchecked Sendable {
    let out: UnsafeMutablePointer<DistanceSums>?
}

/// Raw pointers handed to worker threads; each search writes only its own output entry.
struct SearchPointers: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let lengths: UnsafePointer<Double>?
    let out: UnsafeMutablePointer<DistanceSums>?
}

extension CSRGraph {
    /// The in-rows and the out-rows as raw pointers for worker threads, valid inside `body` only
    /// (both the same rows when undirected).
    func withSearchRows<R>(_ body: (_ inRows: SearchRows, _ outRows: SearchRows) -> R) -> R {
        inOffsets.withUnsafeBufferPointer { inOffsets in
        inSources.withUnsafeBufferPointer { inSources in
        outOffsets.withUnsafeBufferPointer { outOffsets in
        outTargets.withUnsafeBufferPointer { outTargets in
            // An edgeless graph has empty rows; any aligned non-null address serves, it is never read.
            let placeholder = UnsafePointer<Int32>(bitPattern: 8)!
            return body(
                SearchRows(offsets: inOffsets.baseAddress!, targets: inSources.baseAddress ?? placeholder,
                           slotCount: inSources.count),
                SearchRows(offsets: outOffsets.baseAddress!, targets: outTargets.baseAddress ?? placeholder,
                           slotCount: outTargets.count))
        }}}}
    }
}

/// One direction of adjacency, as raw pointers for worker threads (read-only).
struct SearchRows: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let slotCount: Int

    @inline(__always)
    func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }
}
