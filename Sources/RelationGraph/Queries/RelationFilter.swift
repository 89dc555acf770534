import GraphAlgorithms

/// Which entities and relations a query may use: the one filter type of every query (paths,
/// neighbours, common neighbours, subgraphs, rankings, brokers, drawings).
///
/// Every field left at its default filters nothing, except layers: entities and relations of a
/// layer other than the default one (`historiography`, later commentators) are left out unless
/// ``includedLayers`` names their layer. Filters compose by intersection.
///
/// **Time.** A ``window`` (`--at 1926`, `--during 1922..1933`) has two readings:
/// - by default a relation passes when its *possible* span overlaps the window (its dates,
///   widened for uncertainty, open ends bounded by its entities' lifespans);
/// - with ``strictTime`` only when its *known* span (what its own dates state) overlaps.
///
/// See ``RelationTime`` for the spans. Claims about one fact (rows sharing a `fact` label) pass or
/// fail together, and traversals walk a fact once, over its first claim.
///
/// **Entities.** ``kinds``, ``groups`` and layers restrict every entity (node-induced: relations
/// touching a refused entity go too); ``viaKinds`` and ``avoid`` restrict only the entities a
/// route passes *through* (the ends of a path and the centre of a neighbourhood may be anything).
///
/// **Traversal.** ``directed``, ``maxHops`` and ``chronological`` say how routes walk (see
/// ``TraversalDirection`` for what "directed" means; `chronological` orders hops by possible
/// start, or by known start under ``strictTime``, relations without one excluded).
public struct RelationFilter: Sendable, Hashable {
    /// Kinds every entity must have, or `nil` for any.
    public var kinds: Set<EntityKind>?
    /// Kinds an intermediate entity of a route may have, or `nil` for any.
    public var viaKinds: Set<EntityKind>?
    /// Entity groups allowed, or `nil` for all.
    public var groups: Set<String>?
    /// Predicates allowed, or `nil` for all.
    public var predicates: Set<String>?
    /// Predicates refused.
    public var excludedPredicates: Set<String>
    /// Entities no route may pass through. A handle of another graph avoids nothing (path queries
    /// refuse one, see ``PathFinder/validate(_:)``).
    public var avoid: Set<EntityHandle>
    /// Only relations that may hold (or, with ``strictTime``, are known to hold) in this window.
    public var window: TimeSpan?
    /// Read the window (and `chronological`) by known spans instead of possible ones.
    public var strictTime: Bool
    /// Layers beyond the default one that take part (`historiography`).
    public var includedLayers: Set<String>
    /// The longest route accepted, in hops.
    public var maxHops: Int?
    /// Follow relations from subject to object only (symmetric predicates both ways).
    public var directed: Bool
    /// Accept only time-respecting routes.
    public var chronological: Bool

    /// The layer of later commentators and their judgements.
    public static let historiographyLayer = "historiography"

    /// A filter; every argument left out filters nothing (non-default layers aside).
    public init(
        kinds: Set<EntityKind>? = nil, viaKinds: Set<EntityKind>? = nil, groups: Set<String>? = nil,
        predicates: Set<String>? = nil, excludedPredicates: Set<String> = [], avoid: Set<EntityHandle> = [],
        window: TimeSpan? = nil, strictTime: Bool = false, includedLayers: Set<String> = [],
        maxHops: Int? = nil, directed: Bool = false, chronological: Bool = false
    ) {
        self.kinds = kinds
        self.viaKinds = viaKinds
        self.groups = groups
        self.predicates = predicates
        self.excludedPredicates = excludedPredicates
        self.avoid = avoid
        self.window = window
        self.strictTime = strictTime
        self.includedLayers = includedLayers
        self.maxHops = maxHops
        self.directed = directed
        self.chronological = chronological
    }

    /// One restriction of a filter, named as the command line names it.
    public enum Constraint: String, Sendable, Hashable, CaseIterable, Codable {
        case via, predicate, excludePredicate = "exclude-predicate", avoid, time, strictTime = "strict-time"
        case maxHops = "max-hops", directed, chronological, kind, group
    }

    /// The restrictions that are set, in a fixed order.
    public var activeConstraints: [Constraint] { Constraint.allCases.filter(isActive) }

    /// Whether a restriction is set.
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
        case .kind: kinds != nil
        case .group: groups != nil
        }
    }

    /// The same filter with `c` switched off.
    public func dropping(_ c: Constraint) -> RelationFilter {
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
        case .kind: f.kinds = nil
        case .group: f.groups = nil
        }
        return f
    }

    /// Whether the filter constrains relations (predicates or time), not only entities.
    public var filtersRelations: Bool { predicates != nil || !excludedPredicates.isEmpty || window != nil }

    /// Whether a row in `layer` takes part: the default layer (`nil` or empty) always, another
    /// one when included.
    public func admitsLayer(_ layer: String?) -> Bool {
        guard let layer, !layer.isEmpty else { return true }
        return includedLayers.contains(layer)
    }

    /// Whether entity `e` passes the kind, group and layer filters.
    public func admits(_ e: Entity) -> Bool {
        if let kinds, !kinds.contains(e.kind) { return false }
        if let groups, !groups.contains(e.group ?? "") { return false }
        return admitsLayer(e.layer)
    }

    /// Whether relation `r` of `graph` passes the predicate, layer and time filters (its
    /// entities aside). Under `chronological` with `strictTime`, a relation without a known
    /// start cannot be ordered and is refused.
    /// - Complexity: O(claims of its fact).
    public func admits(relation r: Int, in graph: Graph) -> Bool {
        let relation = graph.relations[r]
        if let predicates, !predicates.contains(relation.predicate) { return false }
        if excludedPredicates.contains(relation.predicate) { return false }
        if !admitsLayer(relation.layer) { return false }
        let time = graph.time(of: r)
        if let window {
            let days = window.days
            if strictTime ? !time.isKnown(within: days) : !time.mayOverlap(days) { return false }
        }
        if chronological && strictTime && time.known == nil { return false }
        return true
    }

    /// Whether entity `i` may stand between the ends of a route.
    public func admitsIntermediate(_ i: Int, in graph: Graph) -> Bool {
        if let viaKinds, !viaKinds.contains(graph.entities[i].kind) { return false }
        return avoid.isEmpty || !avoid.contains(graph.handles[i])
    }

    /// Per-entity and per-relation masks for `graph`. A relation passes only when it and both its
    /// entities pass; `ends` (a path's ends, a seed) pass the entity filters whatever they are.
    /// Only the first claim of a fact passes when `oneClaimPerFact` is set (traversals).
    /// - Complexity: O(V + E).
    public func masks(for graph: Graph, ends: Set<Int> = [], oneClaimPerFact: Bool = false)
        -> (entities: [Bool], relations: [Bool])
    {
        var entityMask = graph.entities.map(admits)
        for e in ends where entityMask.indices.contains(e) { entityMask[e] = true }
        let relationMask = graph.relations.indices.map { r in
            (!oneClaimPerFact || graph.isPrimaryClaim(r))
                && entityMask[Int(graph.relationSubject[r])] && entityMask[Int(graph.relationObject[r])]
                && admits(relation: r, in: graph)
        }
        return (entityMask, relationMask)
    }

    /// The edge and vertex masks of a route search over `graph`'s relations (edge = relation):
    /// one claim per fact, relations and entities as ``masks(for:ends:oneClaimPerFact:)``,
    /// intermediates by ``viaKinds`` and ``avoid``.
    /// - Complexity: O(V + E).
    public func traversalMask(for graph: Graph, ends: Set<Int>) -> TraversalMask {
        var mask = TraversalMask(allowedEdges: masks(for: graph, ends: ends, oneClaimPerFact: true).relations)
        if viaKinds != nil || !avoid.isEmpty {
            mask.allowedIntermediates = graph.entities.indices.map { admitsIntermediate($0, in: graph) }
        }
        return mask
    }
}
