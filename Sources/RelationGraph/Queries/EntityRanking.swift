import GraphAlgorithms

/// One entity's score, with what a reader needs to recognise the entity.
public struct EntityScore: Sendable, Hashable, Codable {
    /// The entity's id.
    public let id: String
    /// The entity's display name.
    public let name: String
    /// The entity's kind.
    public let kind: EntityKind
    /// The centrality value.
    public let score: Double
}

/// Entities ordered by a centrality, best first.
public struct EntityRanking: Sendable, Codable {
    /// The measure the scores are.
    public let measure: CentralityMeasure
    /// Scores, highest first; ties by name, then id, so the order is stable.
    public let scores: [EntityScore]
}
