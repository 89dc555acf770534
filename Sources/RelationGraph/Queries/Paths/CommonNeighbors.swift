/// The entities linked directly to both of two entities, with the relations that link them.
///
/// Filters as for paths: `viaKinds` limits the kind of the shared entity, `avoid` excludes
/// entities, predicate and time filters limit the linking relations. Direction is ignored:
/// "linked" means a relation in either direction.
///
/// JSON: `{"a": ID, "b": ID, "common": [{"id", "name", "kind", "fromA": [HOP...], "fromB": [HOP...]}]}`
/// where the hops are read from `a` (resp. `b`) towards the shared entity.
public struct CommonNeighbors: Sendable, Codable {
    /// One shared entity and the relations linking it to each side.
    public struct Entry: Sendable, Codable {
        /// The shared entity's id.
        public var id: String
        /// Its display name.
        public var name: String
        /// Its kind.
        public var kind: EntityKind
        /// Relations between `a` and this entity, read from `a`, in relation order.
        public var fromA: [PathHop]
        /// Relations between `b` and this entity, read from `b`, in relation order.
        public var fromB: [PathHop]
    }

    /// Id of the first entity.
    public var a: String
    /// Id of the second entity.
    public var b: String
    /// Shared entities in entity order.
    public var common: [Entry]

    /// The entities linked to both `a` and `b` under `filters`.
    /// - Parameters:
    ///   - graph: The graph searched.
    ///   - first: One entity of `graph`.
    ///   - second: Another.
    ///   - filters: What the linking relations and the shared entity may be.
    /// - Throws: ``PathQueryError`` unless `first` and `second` are two different entities of `graph`.
    /// - Complexity: O(deg(a) + deg(b)).
    public init(
        graph: Graph, a first: EntityHandle, b second: EntityHandle, filters: RelationFilter = RelationFilter()
    ) throws(PathQueryError) {
        let (a, b) = try graph.checkedPair(first, second)
        let allowed = filters.masks(for: graph, ends: [a, b], oneClaimPerFact: true).relations
        func links(of x: Int) -> [Int: [Int]] {
            var byNeighbour: [Int: [Int]] = [:]
            for r in graph.relations(touching: x) where allowed[r] {
                let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
                let other = s == x ? o : s
                if other == x || other == a || other == b { continue }
                guard filters.admitsIntermediate(other, in: graph) else { continue }
                byNeighbour[other, default: []].append(r)
            }
            return byNeighbour
        }
        let fromA = links(of: a), fromB = links(of: b)
        var common: [Entry] = []
        for x in fromA.keys.sorted() {
            guard let rb = fromB[x] else { continue }
            let e = graph.entities[x]
            common.append(Entry(
                id: e.id, name: e.name, kind: e.kind,
                fromA: fromA[x]!.map { PathHop(graph: graph, relation: $0, fromIndex: a) },
                fromB: rb.map { PathHop(graph: graph, relation: $0, fromIndex: b) }))
        }
        self.a = graph.entities[a].id
        self.b = graph.entities[b].id
        self.common = common
    }
}
