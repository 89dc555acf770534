extension CSRGraph {
    /// Closeness centrality of every vertex, as NetworkX's `closeness_centrality`.
    ///
    /// For a vertex `u` reached from `r − 1` other vertices whose distances *to* `u` sum to `D`:
    /// `C(u) = (r − 1) / D`, multiplied by `(r − 1) / (n − 1)` when `wassermanFaust` is set (the
    /// default, NetworkX's `wf_improved=True`), which scales down vertices in small components of
    /// a disconnected graph. A vertex nothing reaches scores 0. Directed graphs use incoming
    /// distances, as NetworkX does (it searches `G.reverse()`); `weighted` treats weights as lengths.
    /// With `vertices`, only those are scored, in the order given.
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` when `weighted` and a weight
    ///   is not positive, or when a listed vertex lies outside `0..<vertexCount`.
    /// - Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted; one search per vertex,
    ///   spread over all cores; O(V) extra memory per partition.
    ///
    /// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social
    /// Networks* 1(3), 215–239. Wasserman, S. & Faust, K. (1994). *Social Network Analysis:
    /// Methods and Applications*. Cambridge University Press, p. 201.
    public func closenessCentrality(
        weighted: Bool = false, wassermanFaust: Bool = true, of vertices: [Int]? = nil,
        concurrent: Bool = true, progress: ProgressHandler? = nil
    ) throws(CentralityError) -> [Double] {
        let n = vertexCount
        return try incomingDistanceSums(of: vertices, weighted: weighted, concurrent: concurrent, progress: progress).map { s in
            guard s.total > 0, n > 1 else { return 0 }
            let others = Double(s.reached - 1)
            let base = others / s.total
            return wassermanFaust ? base * (others / Double(n - 1)) : base
        }
    }

    /// Harmonic centrality of every vertex, as NetworkX's `harmonic_centrality`.
    ///
    /// `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, with `1 / ∞ = 0`, so it is defined on disconnected graphs
    /// without correction. Directed graphs use incoming distances. Not normalized (NetworkX
    /// does not divide by `n − 1`). `weighted` treats weights as lengths.
    /// - Throws: as ``closenessCentrality(weighted:wassermanFaust:of:concurrent:progress:)``.
    /// - Complexity: as ``closenessCentrality(weighted:wassermanFaust:of:concurrent:progress:)``.
    ///
    /// Marchiori, M. & Latora, V. (2000). Harmony in the small-world. *Physica A* 285(3–4),
    /// 539–546. Boldi, P. & Vigna, S. (2014). Axioms for centrality. *Internet Mathematics* 10(3–4), 222–262.
    public func harmonicCentrality(
        weighted: Bool = false, of vertices: [Int]? = nil, concurrent: Bool = true, progress: ProgressHandler? = nil
    ) throws(CentralityError) -> [Double] {
        try incomingDistanceSums(of: vertices, weighted: weighted, concurrent: concurrent, progress: progress).map(\.reciprocal)
    }
}
