import GraphAlgorithms

/// Counts that describe a graph at a glance: entities by kind, relations by predicate, the
/// time covered, connected components and the best-connected entities.
public struct GraphStatistics: Sendable, Codable, Equatable {
    /// One entity and how many relations it takes part in.
    ///
    /// This counts relations (its degree in the multigraph, parallel relations each counted),
    /// not distinct neighbours as the `degree` centrality does.
    public struct RankedEntity: Sendable, Codable, Equatable {
        /// The entity's id.
        public let id: String
        /// The entity's display name.
        public let name: String
        /// The entity's kind.
        public let kind: EntityKind
        /// Relations with the entity at either end.
        public let relationCount: Int
    }

    public let entityCount: Int
    public let relationCount: Int
    public let sourceCount: Int
    /// Entities per kind, in kind order, kinds with none left out.
    public let entitiesByKind: [String: Int]
    /// Relations per predicate.
    public let relationsByPredicate: [String: Int]
    /// Relations with at least one citation.
    public let citedRelationCount: Int
    /// Relations with a known start or end.
    public let datedRelationCount: Int
    /// Facts whose claims (rows sharing a `fact` label) differ in their dates.
    public let disputedFactCount: Int
    /// Earliest date on any entity or relation.
    public let earliest: PartialDate?
    /// Latest date on any entity or relation.
    public let latest: PartialDate?
    /// Number of weakly connected components.
    public let componentCount: Int
    /// Sizes of the components, largest first.
    public let componentSizes: [Int]
    /// Entities with the most relations, most first, ties by id.
    public let topByRelations: [RankedEntity]

    /// Computes the statistics.
    /// - Parameters:
    ///   - graph: the graph to count.
    ///   - top: how many entities to list by number of relations.
    /// - Complexity: O(V log V + E).
    public init(_ graph: Graph, top: Int = 10) {
        entityCount = graph.entities.count
        relationCount = graph.relations.count
        sourceCount = graph.sources.count
        entitiesByKind = Dictionary(grouping: graph.entities, by: \.kind.rawValue).mapValues(\.count)
        relationsByPredicate = Dictionary(grouping: graph.relations, by: \.predicate).mapValues(\.count)
        citedRelationCount = graph.relations.filter { !$0.citations.isEmpty }.count
        datedRelationCount = graph.relations.filter { !$0.span.isUnknown }.count
        disputedFactCount = graph.disputedFacts.count
        let dates = graph.entities.flatMap { [$0.span.start, $0.span.end] } + graph.relations.flatMap { [$0.span.start, $0.span.end] }
        earliest = dates.compactMap { $0 }.min()
        latest = dates.compactMap { $0 }.max(by: { $0.lastDay < $1.lastDay })

        let adjacency = graph.undirectedAdjacency
        let components = adjacency.weaklyConnectedComponents()
        componentCount = components.count
        componentSizes = components.sizes.sorted(by: >)

        let ranked = graph.entities.indices.map { i in
            RankedEntity(id: graph.entities[i].id, name: graph.entities[i].name, kind: graph.entities[i].kind,
                         relationCount: adjacency.outDegree(i))
        }
        topByRelations = Array(ranked.sorted {
            $0.relationCount != $1.relationCount ? $0.relationCount > $1.relationCount : $0.id < $1.id
        }.prefix(top))
    }
}
