import GraphAlgorithms

/// The constraints a path query may put on the routes it considers; each one is optional.
///
/// Filters compose: a hop counts only when every active filter admits it. Each filter is a
/// ``PathFilters/Constraint`` that can be dropped on its own, which is how a query that finds
/// nothing explains itself (see ``NoPathDiagnosis``).
///
/// - `viaKinds`: kinds an *intermediate* entity may have; the two endpoints may be of any kind.
/// - `predicates` / `excludedPredicates`: relation types allowed / refused.
/// - `avoid`: entities no path may pass through.
/// - `window`: a time instant or window; a relation counts when its span overlaps it, and a
///   relation with no known dates counts unless `strictTime` is set.
/// - `maxHops`: the longest path accepted.
/// - `directed`: follow relations only from subject to object (a relation whose predicate is
///   symmetric, such as "met", reads both ways and is followed both ways).
/// - `chronological`: each hop must start no earlier than the hop before (time-respecting).
public struct PathFilters: Sendable, Hashable {
    /// Kinds an intermediate entity may have, or `nil` for any.
    public var viaKinds: Set<EntityKind>?
    /// Predicates a hop may use, or `nil` for any.
    public var predicates: Set<String>?
    /// Predicates no hop may use.
    public var excludedPredicates: Set<String> = []
    /// Entity indices to route around.
    public var avoid: Set<Int> = []
    /// A relation counts when its span overlaps this instant or window.
    public var window: TimeSpan?
    /// Refuse relations whose dates are unknown (with a window, or under `chronological`).
    public var strictTime = false
    /// The longest path accepted, in hops.
    public var maxHops: Int?
    /// Follow relations from subject to object only (symmetric predicates both ways).
    public var directed = false
    /// Accept only time-respecting paths.
    public var chronological = false

    /// Filters; every argument left out filters nothing.
    public init(
        viaKinds: Set<EntityKind>? = nil, predicates: Set<String>? = nil, excludedPredicates: Set<String> = [],
        avoid: Set<Int> = [], window: TimeSpan? = nil, strictTime: Bool = false, maxHops: Int? = nil,
        directed: Bool = false, chronological: Bool = false
    ) {
        self.viaKinds = viaKinds
        self.predicates = predicates
        self.excludedPredicates = excludedPredicates
        self.avoid = avoid
        self.window = window
        self.strictTime = strictTime
        self.maxHops = maxHops
        self.directed = directed
        self.chronological = chronological
    }

    /// One filter of a query, named as the command line names it.
    public enum Constraint: String, Sendable, Hashable, CaseIterable, Codable {
        case via, predicate, excludePredicate = "exclude-predicate", avoid, time, strictTime = "strict-time"
        case maxHops = "max-hops", directed, chronological
    }

    /// The filters that are set, in a fixed order.
    public var activeConstraints: [Constraint] {
        Constraint.allCases.filter { isActive($0) }
    }

    /// Whether a filter is set.
    public func isActive(_ c: Constraint) -> Bool {
        switch c {
        case .via: viaKinds != nil
        case .predicate: predicates != nil
        case .excludePredicate: !excludedPredicates.isEmpty
        case .avoid: !avoid.isEmpty
        case .time: window != nil
        case .strictTime: strictTime
        case .maxHops: maxHops != nil
        case .directed: directed
        case .chronological: chronological
        }
    }

    /// The same filters with `c` switched off.
    public func dropping(_ c: Constraint) -> PathFilters {
        var f = self
        switch c {
        case .via: f.viaKinds = nil
        case .predicate: f.predicates = nil
        case .excludePredicate: f.excludedPredicates = []
        case .avoid: f.avoid = []
        case .time: f.window = nil
        case .strictTime: f.strictTime = false
        case .maxHops: f.maxHops = nil
        case .directed: f.directed = false
        case .chronological: f.chronological = false
        }
        return f
    }

    /// Whether relation `r` may be used as a hop: predicate and time filters. Under
    /// `chronological` with `strictTime`, a relation without a start date cannot be ordered and
    /// is refused.
    public func admits(_ r: Relation) -> Bool {
        let relationFilter = RelationFilter(predicates: predicates, excludedPredicates: excludedPredicates,
                                            window: window, strictTime: strictTime)
        if !relationFilter.admits(r) { return false }
        if chronological && strictTime && r.span.start == nil { return false }
        return true
    }

    /// Whether entity `e` (at index `i`) may stand between the endpoints of a path.
    public func admitsIntermediate(_ e: Entity, at i: Int) -> Bool {
        if let viaKinds, !viaKinds.contains(e.kind) { return false }
        return !avoid.contains(i)
    }

    /// The edge and vertex masks these filters put on `graph`'s adjacency.
    /// - Complexity: O(V + E); nothing is allocated for a filter that is not set.
    public func mask(for graph: Graph) -> TraversalMask {
        var mask = TraversalMask.all
        if predicates != nil || !excludedPredicates.isEmpty || window != nil || (chronological && strictTime) {
            mask.allowedEdges = graph.relations.map(admits)
        }
        if viaKinds != nil || !avoid.isEmpty {
            mask.allowedIntermediates = graph.entities.indices.map { admitsIntermediate(graph.entities[$0], at: $0) }
        }
        return mask
    }
}
