import GraphAlgorithms

extension Graph {
    /// The centrality of every entity, by entity index.
    ///
    /// Computed on the whole graph (after the relation filter), never on a display subset:
    /// filtering by kind afterwards does not change anyone's score.
    /// - Throws: ``CentralityError`` when a power iteration does not converge.
    /// - Complexity: that of the measure; see `GraphAlgorithms`.
    public func centrality(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws(CentralityError) -> [Double] {
        let measure = options.measure
        let adjacency = RelationAdjacency(
            self, filter: options.filter, directed: options.directed,
            weights: measure.usesPaths ? .minimum : .sum)
        let g = adjacency.csr
        switch measure {
        case .degree: return g.degreeCentrality(.total, normalized: options.normalized)
        case .inDegree: return g.degreeCentrality(.in, normalized: options.normalized)
        case .outDegree: return g.degreeCentrality(.out, normalized: options.normalized)
        case .betweenness where options.epsilon != nil:
            return try approximateBetweenness(options, progress: progress).scores
        case .betweenness:
            let sources: SourceSelection = options.sampleSources.map { .sample(count: $0, seed: options.seed) } ?? .all
            return g.betweennessCentrality(
                normalized: options.normalized, weighted: options.weighted, sources: sources, progress: progress)
        case .closeness: return g.closenessCentrality(weighted: options.weighted, progress: progress)
        case .harmonic: return g.harmonicCentrality(weighted: options.weighted, progress: progress)
        case .eigenvector: return try g.eigenvectorCentrality(weighted: options.weighted, tolerance: 1e-9, maxIterations: 1000)
        case .pagerank:
            return try g.pageRank(alpha: options.alpha ?? 0.85, weighted: options.weighted, tolerance: 1e-10, maxIterations: 1000)
        case .katz:
            return try g.katzCentrality(alpha: options.alpha ?? 0.1, weighted: options.weighted, tolerance: 1e-10, maxIterations: 10_000)
        case .core: return g.coreNumbers().map(Double.init)
        }
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
