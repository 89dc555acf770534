import GraphAlgorithms

/// One pair of entities joined by at least one relation, with its edge betweenness.
public struct PairScore: Sendable, Hashable, Codable {
    /// Id of the first entity: the subject side when directed, else the one listed first in the graph.
    public let firstID: String
    /// Name of the first entity.
    public let firstName: String
    /// Id of the second entity.
    public let secondID: String
    /// Name of the second entity.
    public let secondName: String
    /// The pair's edge betweenness.
    public let score: Double
    /// Indexes (into `Graph.relations`) of the relations pooled into this pair, ascending.
    public let relations: [Int]
}

extension Graph {
    /// Edge betweenness of every linked pair of entities, as NetworkX's
    /// `edge_betweenness_centrality` on the simple graph of those pairs, best first.
    ///
    /// Relations joining the same two entities (the same way, when `options.directed`) are
    /// pooled into one edge of a NetworkX `Graph` (or `DiGraph`) — the measure says which links
    /// bridge, whatever number of relations forms them. With `options.weighted` the pooled
    /// edge's length is its shortest relation's weight. `options.normalized` divides ordered-pair
    /// sums by `n(n − 1)`, otherwise undirected sums are halved (NetworkX's convention);
    /// `options.sampleSources` estimates from that many sources, scaled by `n / k`. The
    /// relation filter applies first. Ties rank by the first entity's and then the second's
    /// position in the graph.
    /// - Throws: `CentralityError.invalidParameter` (GraphAlgorithms) for a sample of fewer than
    ///   one source, or (weighted) a relation whose weight is not positive and finite.
    /// - Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted, on all cores.
    public func pairBetweenness(_ options: CentralityOptions, progress: ProgressHandler? = nil) throws(CentralityError) -> [PairScore] {
        try check(options)
        let adjacency = RelationAdjacency(self, filter: options.filter, directed: options.directed, weights: .minimum)
        let g = adjacency.csr
        let sources: SourceSelection = options.sampleSources.map { .sample(count: $0, seed: options.seed) } ?? .all
        let scores = try g.edgeBetweennessCentrality(
            normalized: options.normalized, weighted: options.weighted, sources: sources, progress: progress)
        let order = scores.indices.sorted { a, b in
            let sa = scores[a].isNaN ? -Double.infinity : scores[a]
            let sb = scores[b].isNaN ? -Double.infinity : scores[b]
            if sa != sb { return sa > sb }
            if g.edgeSource[a] != g.edgeSource[b] { return g.edgeSource[a] < g.edgeSource[b] }
            return g.edgeTarget[a] < g.edgeTarget[b]
        }
        return order.map { e in
            let first = entities[Int(g.edgeSource[e])], second = entities[Int(g.edgeTarget[e])]
            return PairScore(
                firstID: first.id, firstName: first.name, secondID: second.id, secondName: second.name,
                score: scores[e], relations: adjacency.relationsOfEdge[e])
        }
    }
}
