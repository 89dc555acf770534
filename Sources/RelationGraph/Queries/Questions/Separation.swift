import GraphAlgorithms

/// What it takes to separate two entities: a smallest set of other entities without which no
/// chain of relations joins them, and for each one the best route left when it alone is removed.
///
/// The set is a minimum vertex cut (its size is the number of entity-disjoint routes, by
/// Menger's theorem), found by maximum flow; among minimum cuts, the one nearest `a`. Relations
/// joining `a` and `b` directly cannot be cut by removing entities: they are listed in `direct`,
/// and the cut and the routes are those of the other relations. Filters apply as for paths
/// (relations by predicate and time, intermediates by kind, avoided entities count as removed).
///
/// JSON: `{"a":ID,"b":ID,"direct":[HOP...],"connected":BOOL,"cut":[{"id","name","kind",
/// "route":PATH|null}]}` with HOP and PATH as in `relgraph path`; `connected` is false when no
/// route besides the direct relations joins them (the cut is then empty).
public struct Separation: Sendable, Codable {
    /// One entity of the cut.
    public struct Member: Sendable, Codable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        /// The shortest route (default tie rule) left when only this entity is removed.
        public var route: FoundPath?
    }

    public var a: String
    public var b: String
    /// Relations joining the two directly, read from `a`.
    public var direct: [PathHop]
    public var connected: Bool
    public var cut: [Member]
    /// The entities of the cut, in entity order (not part of the JSON; empty when decoded).
    public var cutEntities: [EntityHandle]

    enum CodingKeys: String, CodingKey { case a, b, direct, connected, cut }

    /// The separation of `a` and `b` under `filters`.
    /// - Throws: ``PathQueryError`` as a path query between them would (an entity not of `graph`,
    ///   the same entity twice, an avoided end).
    /// - Complexity: O(k · (V + E)) for the cut of size k, plus one path search per member.
    public init(
        graph: Graph, a first: EntityHandle, b second: EntityHandle, filters: RelationFilter = RelationFilter()
    ) throws(PathQueryError) {
        var routeFilters = filters
        routeFilters.maxHops = nil
        routeFilters.chronological = false
        try PathFinder(graph: graph).validate(PathQuery(source: first, target: second, filters: routeFilters))
        let a = first.index, b = second.index
        let directRelations = graph.relations(touching: a).filter { r in
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            return ((s == a && o == b) || (s == b && o == a)) && filters.admits(relation: r, in: graph)
        }
        direct = directRelations.map { PathHop(graph: graph, relation: $0, fromIndex: a) }
        // Routes other than the direct relations: search a graph without them.
        let reduced = directRelations.isEmpty ? graph : graph.subgraph(
            entities: graph.entities.indices, relations: Set(graph.relations.indices).subtracting(directRelations))
        let walk = Traversal(graph: reduced, directed: filters.directed)
        let mask = walk.edgeMask(filters.traversalMask(for: reduced, ends: [a, b]))
        let finder = PathFinder(graph: reduced)
        let together = try finder.paths(for: PathQuery(source: first, target: second, filters: routeFilters)).paths.first
        connected = together != nil
        // The pair was checked above (distinct entities of the graph), so only a defect here throws.
        let cutIndices: [Int]
        do {
            cutIndices = connected ? try walk.adjacency.minimumVertexCut(from: a, to: b, mask: mask) : []
        } catch {
            throw PathQueryError(error.description)
        }
        cutEntities = cutIndices.map { graph.handles[$0] }
        var members: [Member] = []
        for v in cutIndices {
            var without = routeFilters
            without.avoid.insert(graph.handles[v])
            let route = try finder.paths(for: PathQuery(source: first, target: second, filters: without)).paths.first
            let e = graph.entities[v]
            members.append(Member(id: e.id, name: e.name, kind: e.kind, route: route))
        }
        cut = members
        self.a = graph.entities[a].id
        self.b = graph.entities[b].id
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        a = try c.decode(String.self, forKey: .a)
        b = try c.decode(String.self, forKey: .b)
        direct = try c.decode([PathHop].self, forKey: .direct)
        connected = try c.decode(Bool.self, forKey: .connected)
        cut = try c.decode([Member].self, forKey: .cut)
        cutEntities = []
    }
}
