/// Which relations and entities a query may use: by predicate, by kind, by group and by time.
///
/// Filters compose by intersection; an empty filter lets everything through. A relation with no
/// known dates passes a time window unless `strictTime` is set, because a missing date means
/// "not recorded", not "never".
public struct RelationFilter: Sendable, Hashable {
    /// Predicates allowed, or `nil` for all.
    public var predicates: Set<String>?
    /// Predicates excluded.
    public var excludedPredicates: Set<String> = []
    /// Entity kinds allowed, or `nil` for all.
    public var kinds: Set<EntityKind>?
    /// Entity groups allowed, or `nil` for all.
    public var groups: Set<String>?
    /// Only relations whose span overlaps this one.
    public var window: TimeSpan?
    /// Whether relations with unknown spans fail a time window.
    public var strictTime = false
    /// Layers (the `layer` column) let in besides the default, empty one: `historiography`.
    public var includedLayers: Set<String> = []

    public init(
        predicates: Set<String>? = nil, excludedPredicates: Set<String> = [], kinds: Set<EntityKind>? = nil,
        groups: Set<String>? = nil, window: TimeSpan? = nil, strictTime: Bool = false
    ) {
        self.predicates = predicates
        self.excludedPredicates = excludedPredicates
        self.kinds = kinds
        self.groups = groups
        self.window = window
        self.strictTime = strictTime
    }

    /// Whether the filter lets everything through.
    public var isEmpty: Bool {
        predicates == nil && excludedPredicates.isEmpty && kinds == nil && groups == nil && window == nil
    }

    /// Whether the filter constrains relations (predicates or time), not only entities.
    public var filtersRelations: Bool { predicates != nil || !excludedPredicates.isEmpty || window != nil }

    /// Whether entity `e` passes the kind and group filters.
    public func admits(_ e: Entity) -> Bool {
        if let kinds, !kinds.contains(e.kind) { return false }
        if let groups, !groups.contains(e.group ?? "") { return false }
        return admitsLayer(e.attributes["layer"])
    }

    /// Whether relation `r` passes the predicate and time filters.
    public func admits(_ r: Relation) -> Bool {
        if let predicates, !predicates.contains(r.predicate) { return false }
        if excludedPredicates.contains(r.predicate) { return false }
        if !admitsLayer(r.attributes["layer"]) { return false }
        if let window {
            if r.span.isUnknown { return !strictTime }
            if !r.span.overlaps(window) { return false }
        }
        return true
    }

    /// Whether a row in `layer` passes: the default layer always, another only when included.
    public func admitsLayer(_ layer: String?) -> Bool {
        guard let layer, !layer.isEmpty else { return true }
        return includedLayers.contains(layer)
    }

    /// Per-entity and per-relation masks for `graph`, for algorithms that walk adjacency.
    /// A relation passes only when it and both its endpoints pass.
    /// - Complexity: O(V + E).
    public func masks(for graph: Graph) -> (entities: [Bool], relations: [Bool]) {
        let entityMask = graph.entities.map(admits)
        var relationMask = graph.relations.map(admits)
        for r in relationMask.indices where relationMask[r] {
            relationMask[r] = entityMask[Int(graph.relationSubject[r])] && entityMask[Int(graph.relationObject[r])]
        }
        return (entityMask, relationMask)
    }
}
