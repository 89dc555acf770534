extension CSRGraph {
    /// Betweenness centrality of every vertex, as NetworkX's `betweenness_centrality` defines it.
    ///
    /// The betweenness of `v` sums, over ordered pairs of distinct vertices `(s, t)` with
    /// `v ∉ {s, t}`, the fraction `σ(s, t | v) / σ(s, t)` of shortest `s`–`t` paths through `v`.
    /// Following NetworkX:
    /// - undirected graphs count each unordered pair once (the ordered sums are halved);
    /// - `normalized` divides the ordered sums by `(n − 1)(n − 2)`, for directed and undirected
    ///   graphs alike (so undirected raw scores are multiplied by `2 / ((n − 1)(n − 2))`); with
    ///   `endpoints`, by `n(n − 1)`; nothing is rescaled when that count is below 2;
    /// - `endpoints` also counts `s` and `t` as lying on their paths;
    /// - `weighted` treats edge weights as lengths (Dijkstra); they must be positive;
    /// - sampled sources are rescaled to estimate the full sum: with `endpoints` by `n / k`;
    ///   without, by `(n − 1) / k`, and by `(n − 1) / (k − 1)` for the sampled vertices
    ///   themselves, which cannot lie inside their own paths (NetworkX 3.5+). `k = 1` then gives
    ///   NaN on the source, as there.
    ///
    /// Parallel edges count as distinct paths; build the graph with `parallel: .mergeMinimumWeight`
    /// for NetworkX's simple-graph semantics. Sources are split over all cores, each thread with
    /// its own preallocated buffers, and partial sums merged in a fixed order, so the result does
    /// not depend on the number of threads.
    ///
    /// - Parameters:
    ///   - normalized: rescale as NetworkX's `normalized=True` does (see above).
    ///   - endpoints: count a path's two ends as lying on it.
    ///   - weighted: read edge weights as lengths (Dijkstra) instead of counting hops.
    ///   - sources: every vertex, a seeded sample of k of them or a given list; sampled sums are rescaled (see above).
    ///   - concurrent: run partitions of the sources on all cores (the result is identical).
    ///   - progress: called from worker threads as sources finish.
    /// - Returns: one score per vertex, indexed by vertex.
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` when `weighted` and a weight
    ///   is not positive, for a negative `.sample` count, or for `.vertices` outside `0..<vertexCount`.
    /// - Complexity: O(k·E) time unweighted and O(k·(E + V log V)) weighted, for k sources;
    ///   O(V) extra memory per partition.
    ///
    /// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    /// Mathematical Sociology* 25(2), 163–177. Brandes, U. (2008). On variants of shortest-path
    /// betweenness centrality and their generic computation. *Social Networks* 30(2), 136–145.
    /// Brandes, U. & Pich, C. (2007). Centrality estimation in large networks. *International
    /// Journal of Bifurcation and Chaos* 17(7), 2303–2318.
    public func betweennessCentrality(
        normalized: Bool = true,
        endpoints: Bool = false,
        weighted: Bool = false,
        sources: SourceSelection = .all,
        concurrent: Bool = true,
        progress: ProgressHandler? = nil
    ) throws(CentralityError) -> [Double] {
        try brandes(
            .vertices(endpoints: endpoints), normalized: normalized, weighted: weighted, sources: sources,
            concurrent: concurrent, progress: progress)
    }

    /// Edge betweenness centrality, by edge index, as NetworkX's `edge_betweenness_centrality`.
    ///
    /// The betweenness of edge `e` sums, over ordered pairs `(s, t)` with `s ≠ t`, the fraction
    /// of shortest `s`–`t` paths that use `e`. Undirected graphs count unordered pairs (halved);
    /// `normalized` divides the ordered sums by `n(n − 1)`; sampled sources scale by `n / k`.
    /// The parallel-edge caveat of ``betweennessCentrality(normalized:endpoints:weighted:sources:concurrent:progress:)``
    /// applies.
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` when `weighted` and a weight
    ///   is not positive, for a negative `.sample` count, or for `.vertices` outside `0..<vertexCount`.
    /// - Complexity: as for vertex betweenness, plus O(E) memory per partition.
    ///
    /// Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
    /// computation. *Social Networks* 30(2), 136–145 (section 3.3, edge betweenness).
    public func edgeBetweennessCentrality(
        normalized: Bool = true,
        weighted: Bool = false,
        sources: SourceSelection = .all,
        concurrent: Bool = true,
        progress: ProgressHandler? = nil
    ) throws(CentralityError) -> [Double] {
        try brandes(
            .edges, normalized: normalized, weighted: weighted, sources: sources,
            concurrent: concurrent, progress: progress)
    }

    /// What a Brandes run scores.
    enum BrandesScores {
        /// Vertices, counting a path's two ends as lying on it when `endpoints`.
        case vertices(endpoints: Bool)
        /// Edges (ends never count: every edge of a path is inside it).
        case edges
    }

    /// Vertex or edge betweenness: the argument checks, the dependency sums and their
    /// rescaling, shared by both public measures.
    func brandes(
        _ scores: BrandesScores, normalized: Bool, weighted: Bool, sources: SourceSelection,
        concurrent: Bool, progress: ProgressHandler?
    ) throws(CentralityError) -> [Double] {
        if weighted {
            do { try checkLengths() } catch { throw CentralityError(error) }
        }
        let sampled = try sources.resolve(vertexCount: vertexCount)
        let (countEnds, ofEdges) = switch scores {
        case .vertices(let endpoints): (endpoints, false)
        case .edges: (false, true)
        }
        let sums = brandesSums(
            sources: sampled, weighted: weighted, endpoints: countEnds, withEdges: ofEdges,
            concurrent: concurrent, progress: progress)
        return Self.rescaledBetweenness(
            ofEdges ? sums.edges : sums.nodes, n: vertexCount, normalized: normalized, directed: isDirected,
            endpoints: countEnds || ofEdges, sampledSources: sampled, isEdgeMeasure: ofEdges)
    }

    /// Raw ordered-pair dependency sums from the given sources (all when `nil`).
    func brandesSums(
        sources sampled: [Int]?, weighted: Bool, endpoints: Bool, withEdges: Bool,
        concurrent: Bool, progress: ProgressHandler?
    ) -> (nodes: [Double], edges: [Double]) {
        let n = vertexCount
        let sourceList: [Int32] = sampled.map { $0.map(Int32.init) } ?? (0..<n).map(Int32.init)
        let m = withEdges ? edgeCount : 0
        let plan = ParallelSources(sources: sourceList, accumulatorSize: n + m, concurrent: concurrent)
        let parts = plan.partitions
        let useWeights = weighted && isWeighted
        let lengths: [Double] = useWeights ? outEdge.map { edgeWeight[Int($0)] } : []
        assert(!useWeights || weightsArePositive, "brandes(_:normalized:weighted:sources:concurrent:progress:) checks the lengths")
        var nodePartials = [Double](repeating: 0, count: parts * n)
        var edgePartials = [Double](repeating: 0, count: parts * m)
        let batch = 32
        // The initializers refuse graphs whose slots would not fit Int32 indices.
        assert(outTargets.count < Int(Int32.max), "more adjacency slots than Int32 indexes")
        let slotCount = outTargets.count

        outOffsets.withUnsafeBufferPointer { offsets in
        outTargets.withUnsafeBufferPointer { targets in
        outEdge.withUnsafeBufferPointer { slotEdges in
        lengths.withUnsafeBufferPointer { lengthBuffer in
        nodePartials.withUnsafeMutableBufferPointer { nodeBuffer in
        edgePartials.withUnsafeMutableBufferPointer { edgeBuffer in
            let shared = SharedPointers(
                offsets: offsets.baseAddress!, targets: targets.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                slotEdges: slotEdges.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                lengths: useWeights ? lengthBuffer.baseAddress : nil, nodes: nodeBuffer.baseAddress,
                edges: edgeBuffer.baseAddress)
            plan.forEachPartition { p in
                let workspace = BrandesWorkspace(vertexCount: n, slotCount: slotCount, weighted: useWeights)
                let nodeSums = shared.nodes! + p * n
                let edgeSums = withEdges ? shared.edges.map { $0 + p * m } : nil
                var done = 0
                for i in plan.sources(ofPartition: p) {
                    let s = Int(plan.sources[i])
                    if let lengths = shared.lengths {
                        _ = workspace.accumulateWeighted(
                            from: s, offsets: shared.offsets, targets: shared.targets,
                            slotEdges: shared.slotEdges, lengths: lengths,
                            nodeSums: nodeSums, edgeSums: edgeSums, endpoints: endpoints)
                    } else {
                        _ = workspace.accumulateUnweighted(
                            from: s, offsets: shared.offsets, targets: shared.targets,
                            slotEdges: shared.slotEdges,
                            nodeSums: nodeSums, edgeSums: edgeSums, endpoints: endpoints)
                    }
                    done += 1
                    if done == batch { progress?(done); done = 0 }
                }
                if done > 0 { progress?(done) }
            }
        }}}}}}

        var nodes = [Double](repeating: 0, count: n)
        var edges = [Double](repeating: 0, count: m)
        for p in 0..<parts {
            for v in 0..<n { nodes[v] += nodePartials[p * n + v] }
            for e in 0..<m { edges[e] += edgePartials[p * m + e] }
        }
        return (nodes, edges)
    }

    /// NetworkX's `_rescale` for betweenness: from ordered-pair sums to the reported scores.
    static func rescaledBetweenness(
        _ sums: [Double], n: Int, normalized: Bool, directed: Bool, endpoints: Bool,
        sampledSources: [Int]?, isEdgeMeasure: Bool = false
    ) -> [Double] {
        let pairs = endpoints ? n : n - 1
        if pairs < 2 { return sums }
        let N = Double(pairs)
        let correction = directed ? 1.0 : 2.0
        guard let sampled = sampledSources else {
            let scale = normalized ? 1 / (N * (N - 1)) : 1 / correction
            return scale == 1 ? sums : sums.map { $0 * scale }
        }
        let k = Double(sampled.count)
        if endpoints || isEdgeMeasure {
            let scale = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
            return sums.map { $0 * scale }
        }
        let scaleSource = k > 1 ? (normalized ? 1 / ((k - 1) * (N - 1)) : N / ((k - 1) * correction)) : .nan
        let scaleOther = normalized ? 1 / (k * (N - 1)) : N / (k * correction)
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled { isSource[s] = true }
        return sums.indices.map { sums[$0] * (isSource[$0] ? scaleSource : scaleOther) }
    }
}

/// Raw pointers handed to worker threads. Each partition writes only its own slice of the
/// accumulators and only reads the adjacency, so sharing them is race-free.
struct SharedPointers: @unchecked Sendable {
    let offsets: UnsafePointer<Int>
    let targets: UnsafePointer<Int32>
    let slotEdges: UnsafePointer<Int32>
    let lengths: UnsafePointer<Double>?
    let nodes: UnsafeMutablePointer<Double>?
    let edges: UnsafeMutablePointer<Double>?
}
