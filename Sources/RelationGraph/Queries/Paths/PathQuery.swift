/// A question "how does entity A connect to entity B?": the endpoints, which paths, and filters.
///
/// A hop limit (``RelationFilter/maxHops``) cuts longer paths out of every mode. Weighted searches
/// minimise weight, not hops, so a weighted shortest path over the limit is replaced by the
/// lightest of the ``PathFinder/weightedHopLimitCandidates`` lightest simple paths that fits, and
/// weighted k-shortest lists keep only the paths within the limit (possibly fewer than k).
///
/// ```swift
/// var query = PathQuery(source: try graph.resolve("molotov"), target: try graph.resolve("ribbentrop"))
/// query.filters.viaKinds = [.agreement]
/// let result = try PathFinder(graph: graph).answer(query)
/// ```
public struct PathQuery: Sendable, Hashable {
    /// Which paths to return.
    public enum Mode: Sendable, Hashable {
        /// One shortest path (fewest hops, or least weight when ``PathQuery/weighted``).
        case shortest
        /// Every shortest path, up to a limit.
        case allShortest(limit: Int)
        /// The `k` shortest simple paths, by Yen's algorithm.
        case kShortest(Int)
        /// Every simple path up to ``RelationFilter/maxHops`` hops (default ``PathQuery/defaultSimpleHopLimit``), up to a limit.
        case allSimple(limit: Int)
    }

    /// The hop limit of ``Mode/allSimple(limit:)`` when the filters set none.
    public static let defaultSimpleHopLimit = 4

    /// The entity the paths start from.
    public var source: EntityHandle
    /// The entity the paths end at.
    public var target: EntityHandle
    /// Which paths to return.
    public var mode: Mode
    /// Minimise the sum of relation weights instead of the number of hops.
    public var weighted: Bool
    /// The constraints on the routes considered.
    public var filters: RelationFilter
    /// How one shortest path is chosen among equally short ones.
    public var tieBreak: TieBreak

    /// How ``Mode/shortest`` picks among equally short paths (by hops).
    public enum TieBreak: String, Sendable, Hashable, CaseIterable, Codable {
        /// Through the least-connected entities: the smallest sum of log(1 + relations) over the
        /// intermediate entities, then entity order. Hubs link almost everything and explain little.
        case fewestHubs = "fewest-hubs"
        /// The path whose sequence of entities comes first in entity order (`entities.csv`).
        case entityOrder = "entity-order"
    }

    /// A query between two entities of the graph it is asked of (``PathFinder`` checks that
    /// they are, see ``Graph/check(_:)``).
    public init(
        source: EntityHandle, target: EntityHandle, mode: Mode = .shortest, weighted: Bool = false, filters: RelationFilter = RelationFilter(),
        tieBreak: TieBreak = .fewestHubs
    ) {
        self.source = source
        self.target = target
        self.mode = mode
        self.weighted = weighted
        self.filters = filters
        self.tieBreak = tieBreak
    }
}

/// A path query that cannot be answered as asked.
public struct PathQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in words for the user.
    public let description: String
    /// An error with its message.
    public init(_ description: String) { self.description = description }
}
