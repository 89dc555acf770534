/// How one entity's rank moved between two periods.
public struct RankChange: Sendable, Hashable, Codable {
    /// The entity's id.
    public let id: String
    /// The entity's display name.
    public let name: String
    /// The entity's kind.
    public let kind: EntityKind
    /// 1-based rank and score in the first period.
    public let before: Int, beforeScore: Double
    /// 1-based rank and score in the second period.
    public let after: Int, afterScore: Double
    /// Places gained (positive) or lost (negative).
    public var change: Int { before - after }
}
