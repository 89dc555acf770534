/// A question "how does entity A connect to entity B?": the endpoints, which paths, and filters.
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
        /// Every simple path up to ``PathFilters/maxHops`` hops (default ``PathQuery/defaultSimpleHopLimit``), up to a limit.
        case allSimple(limit: Int)
    }

    /// The hop limit of ``Mode/allSimple(limit:)`` when the filters set none.
    public static let defaultSimpleHopLimit = 4

    /// Entity index the paths start from.
    public var source: Int
    /// Entity index the paths end at.
    public var target: Int
    public var mode: Mode
    /// Minimise the sum of relation weights instead of the number of hops.
    public var weighted: Bool
    public var filters: PathFilters

    public init(source: Int, target: Int, mode: Mode = .shortest, weighted: Bool = false, filters: PathFilters = PathFilters()) {
        self.source = source
        self.target = target
        self.mode = mode
        self.weighted = weighted
        self.filters = filters
    }
}

/// A path query that cannot be answered as asked.
public struct PathQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
