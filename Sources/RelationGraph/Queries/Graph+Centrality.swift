import GraphAlgorithms

extension Graph {
    /// The centrality of every entity, by entity index.
    ///
    /// Computed on the whole graph (after the relation filter), never on a display subset:
    /// filtering by kind afterwards does not change anyone's score.
    /// - Throws: ``CentralityError`` when a power iteration does not converge, an option is out
    ///   of range (a sample of fewer than one source, an approximation bound outside (0, 1)), or
    ///   `options.weighted` meets a relation whose weight is not positive and finite.
    /// - Complexity: that of the measure; see `GraphAlgorithms`.
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws(CentralityError) -> [Double] {
        try check(options)
        let measure = options.measure
        let adjacency = RelationAdjacency(
            self, filter: options.filter, directed: options.directed,
            weights: measure.usesPaths ? .minimum : .sum)
        return try adjacency.csr.centrality(options, progress: progress)
    }

    /// Entities ranked by `scores` (one per entity), best first, keeping those `include` admits.
    public func ranking(_ measure: CentralityMeasure, scores: [Double], include: (Entity) -> Bool = { _ in true }) -> EntityRanking {
        let order = entities.indices.filter { include(entities[$0]) }.sorted { a, b in
            let sa = scores[a].isNaN ? -Double.infinity : scores[a]
            let sb = scores[b].isNaN ? -Double.infinity : scores[b]
            if sa != sb { return sa > sb }
            if entities[a].name != entities[b].name { return entities[a].name < entities[b].name }
            return entities[a].id < entities[b].id
        }
        return EntityRanking(measure: measure, scores: order.map {
            EntityScore(id: entities[$0].id, name: entities[$0].name, kind: entities[$0].kind, score: scores[$0])
        })
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
