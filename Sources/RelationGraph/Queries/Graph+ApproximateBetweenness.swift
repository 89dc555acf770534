import GraphAlgorithms

extension Graph {
    /// Betweenness within `options.epsilon` of its normalized value for every entity at once,
    /// with probability at least `1 − options.delta` (KADABRA; see
    /// `CSRGraph.approximateBetweenness(epsilon:delta:normalized:seed:concurrent:sampleLimit:progress:)`).
    ///
    /// Computed on the simple graph of the relations `options.filter` admits, unweighted, in the
    /// scale `options.normalized` asks for; the same `options.seed` gives the same scores.
    /// `sampleLimit` hears the most samples the run may take before the first one.
    /// - Throws: `CentralityError` (GraphAlgorithms) when `options.epsilon` is missing or either bound is
    ///   outside (0, 1).
    public func approximateBetweenness(
        _ options: CentralityOptions, sampleLimit: ((Int) -> Void)? = nil, progress: ProgressHandler? = nil
    ) throws(CentralityError) -> BetweennessEstimate {
        guard let epsilon = options.epsilon else {
            throw .invalidParameter(name: "epsilon", reason: "approximate betweenness needs an error bound")
        }
        try check(options)
        let adjacency = RelationAdjacency(self, filter: options.filter, directed: options.directed)
        return try adjacency.csr.approximateBetweenness(
            epsilon: epsilon, delta: options.delta, normalized: options.normalized, seed: options.seed,
            sampleLimit: sampleLimit, progress: progress)
    }
}
