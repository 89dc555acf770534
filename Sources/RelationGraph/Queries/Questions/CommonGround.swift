/// What two entities share beyond their common neighbours: the relations between them, and
/// the entities within two hops of both, each with its chains.
///
/// `direct` lists the relations joining `a` and `b` (read from `a`) that the filters admit.
/// With `depth` 2, `withinTwo` lists every other entity at most two hops from each of them
/// (and not a common neighbour, which ``CommonNeighbors`` lists), with one chain from each
/// side that does not pass through the other: the one ``Neighborhood`` keeps (the first predecessor in entity order, then the first
/// relation). Ordered by the two distances added, then entity order.
///
/// JSON: `{"depth":N,"direct":[HOP...],"withinTwo":[{"id","name","kind","distanceFromA","distanceFromB",
/// "fromA":[HOP...],"fromB":[HOP...]}]}`, chains read from each side towards the entity.
public struct CommonGround: Sendable, Codable {
    /// An entity within two hops of both.
    public struct Entry: Sendable, Codable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        public var distanceFromA: Int
        public var distanceFromB: Int
        /// The chain from `a` to this entity.
        public var fromA: [PathHop]
        /// The chain from `b` to this entity.
        public var fromB: [PathHop]
    }

    /// 1, or 2 when entities within two hops were sought.
    public var depth: Int
    public var direct: [PathHop]
    public var withinTwo: [Entry]

    /// The relations between `a` and `b`, and (for `depth` 2) the entities within two hops of both.
    /// - Parameters:
    ///   - graph: The graph searched.
    ///   - first: One entity of `graph`.
    ///   - second: Another.
    ///   - depth: 1 for the direct relations only, 2 for the entities within two hops too.
    ///   - filters: What the chains may use.
    /// - Throws: ``PathQueryError`` unless `first` and `second` are two different entities of `graph`.
    /// - Complexity: O(V + E) for depth 2; O(deg(a)) otherwise.
    public init(
        graph: Graph, a first: EntityHandle, b second: EntityHandle, depth: Int = 1, filters: RelationFilter = RelationFilter()
    ) throws(PathQueryError) {
        let (a, b) = try graph.checkedPair(first, second)
        direct = graph.relations(touching: a).filter { r in
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            return ((s == a && o == b) || (s == b && o == a)) && filters.admits(relation: r, in: graph)
        }.map { PathHop(graph: graph, relation: $0, fromIndex: a) }
        self.depth = depth
        guard depth >= 2 else {
            withinTwo = []
            return
        }
        // A chain from one side may not pass through the other: that is no common ground.
        var fromSideA = filters, fromSideB = filters
        fromSideA.directed = false
        fromSideB.directed = false
        fromSideA.avoid.insert(graph.handles[b])
        fromSideB.avoid.insert(graph.handles[a])
        // Each side's own end is its centre, never avoided (the ends are exempt from --avoid).
        fromSideA.avoid.remove(graph.handles[a])
        fromSideB.avoid.remove(graph.handles[b])
        let hoodA = Neighborhood(graph: graph, centerIndex: a, depth: 2, filters: fromSideA)
        let hoodB = Neighborhood(graph: graph, centerIndex: b, depth: 2, filters: fromSideB)
        func chains(_ hood: Neighborhood) -> [String: (Int, [PathHop])] {
            var byID: [String: (Int, [PathHop])] = [:]
            for m in hood.members.sorted(by: { $0.distance < $1.distance }) {
                let before = byID[m.hop.from.id]?.1 ?? []
                byID[m.id] = (m.distance, before + [m.hop])
            }
            return byID
        }
        let fromA = chains(hoodA), fromB = chains(hoodB)
        var entries: [(Int, Int, Entry)] = []
        for (i, e) in graph.entities.enumerated() where i != a && i != b {
            guard let (da, ca) = fromA[e.id], let (db, cb) = fromB[e.id], max(da, db) == 2 else { continue }
            entries.append((da + db, i, Entry(id: e.id, name: e.name, kind: e.kind, distanceFromA: da,
                                              distanceFromB: db, fromA: ca, fromB: cb)))
        }
        withinTwo = entries.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
