import GraphAlgorithms

extension Graph {
    /// The centrality of every entity, with its measure, read by ``EntityHandle``.
    ///
    /// Computed on the whole graph (after the relation filter), never on a display subset:
    /// filtering by kind afterwards does not change anyone's score.
    /// - Parameters:
    ///   - options: The measure and how to compute it.
    ///   - progress: Hears the sources done, for path measures.
    /// - Returns: The scores of every entity (see ``CentralityScores``).
    /// - Throws: `CentralityError` (GraphAlgorithms) when a power iteration does not converge, an
    ///   option is out of range (a sample of fewer than one source, an approximation bound outside
    ///   (0, 1)), or `options.weighted` meets a relation whose weight is not positive and finite.
    /// - Complexity: that of the measure; see `GraphAlgorithms`.
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws(CentralityError) -> CentralityScores {
        try check(options)
        let measure = options.measure
        let adjacency = RelationAdjacency(
            self, filter: options.filter, directed: options.directed,
            weights: measure.usesPaths ? .minimum : .sum)
        let values = try adjacency.csr.centrality(options, progress: progress)
        return CentralityScores(measure: measure, values: values, entities: entities)
    }

    /// How ranks moved from one ranking to another, ordered by the second ranking.
    /// Entities missing from either ranking are left out.
    public static func rankChanges(from before: EntityRanking, to after: EntityRanking) -> [RankChange] {
        var earlier: [String: (Int, Double)] = [:]
        for (i, s) in before.scores.enumerated() { earlier[s.id] = (i + 1, s.score) }
        return after.scores.enumerated().compactMap { i, s in
            guard let (rank, score) = earlier[s.id] else { return nil }
            return RankChange(id: s.id, name: s.name, kind: s.kind, before: rank, beforeScore: score,
                              after: i + 1, afterScore: s.score)
        }
    }
}
