import GraphAlgorithms

extension CSRGraph {
    /// The centrality `options` ask for, on this graph as it is (no relation filter, no pooling):
    /// the one place that maps ``CentralityOptions`` to the algorithms, shared by
    /// ``Graph/centrality(_:progress:)`` and the lean edge-list path of `relgraph rank`.
    /// - Throws: `CentralityError` when a power iteration does not converge, an approximation
    ///   bound or the sample size is out of range, or (weighted) an edge weight is not positive
    ///   and finite.
    package func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws(CentralityError) -> [Double] {
        try options.check(edgeWeights: edgeWeight)
        switch options.measure {
        case .degree: return degreeCentrality(.total, normalized: options.normalized)
        case .inDegree: return degreeCentrality(.in, normalized: options.normalized)
        case .outDegree: return degreeCentrality(.out, normalized: options.normalized)
        case .betweenness:
            if let epsilon = options.epsilon {
                return try approximateBetweenness(
                    epsilon: epsilon, delta: options.delta, normalized: options.normalized, seed: options.seed,
                    progress: progress).scores
            }
            let sources: SourceSelection = options.sampleSources.map { .sample(count: $0, seed: options.seed) } ?? .all
            return try betweennessCentrality(
                normalized: options.normalized, weighted: options.weighted, sources: sources, progress: progress)
        case .closeness: return try closenessCentrality(weighted: options.weighted, progress: progress)
        case .harmonic: return try harmonicCentrality(weighted: options.weighted, progress: progress)
        case .eigenvector: return try eigenvectorCentrality(weighted: options.weighted, tolerance: 1e-9, maxIterations: 1000)
        case .pagerank:
            return try pageRank(alpha: options.alpha ?? 0.85, weighted: options.weighted, tolerance: 1e-10, maxIterations: 1000)
        case .katz:
            return try katzCentrality(alpha: options.alpha ?? 0.1, weighted: options.weighted, tolerance: 1e-10, maxIterations: 10_000)
        case .core: return coreNumbers().map(Double.init)
        }
    }
}
