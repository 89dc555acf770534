import GraphAlgorithms

/// The entities within a few hops of one entity, each with the hop that reaches it.
///
/// Built by a breadth-first search under the same filters as path queries (kinds to pass
/// through, predicates, entities to avoid, time, direction; under `directed`, relations with a
/// symmetric predicate are walkable both ways). An entity at distance `d` is listed
/// with one hop from an entity at distance `d - 1`: from the first such entity in entity order,
/// over the first relation between them in relation order (the tie rule of ``PathFinder``).
/// Entities the filters do not allow to be passed through are still listed (a path may end
/// there) but the search does not continue beyond them.
///
/// JSON: `{"center": ID, "depth": N, "members": [{"id", "name", "kind", "distance", "hop": HOP}]}`.
public struct Neighborhood: Sendable, Codable {
    /// One entity of the neighbourhood.
    public struct Member: Sendable, Codable {
        /// The entity's id.
        public var id: String
        /// Its display name.
        public var name: String
        /// Its kind.
        public var kind: EntityKind
        /// Hops from the centre.
        public var distance: Int
        /// The hop that reaches this entity from one closer to the centre.
        public var hop: PathHop
    }

    /// Id of the centre entity.
    public var center: String
    /// The largest distance searched.
    public var depth: Int
    /// Members by distance, then by entity order.
    public var members: [Member]

    /// The neighbourhood of `center` within `depth` hops under `filters`
    /// (`maxHops` and `chronological` do not apply and are ignored).
    /// - Parameters:
    ///   - graph: The graph searched.
    ///   - center: The entity whose neighbourhood to take, an entity of `graph`.
    ///   - depth: The largest distance, in hops.
    ///   - filters: What a route may use.
    /// - Throws: ``PathQueryError`` when `center` is not an entity of `graph` or `filters`
    ///   avoid it.
    /// - Complexity: O(V + E) in the worst case.
    public init(
        graph: Graph, center: EntityHandle, depth: Int, filters: RelationFilter = RelationFilter()
    ) throws(PathQueryError) {
        let index = try graph.checkedQueryIndex(center)
        if filters.avoid.contains(center) { throw PathQueryError("cannot avoid the centre entity itself") }
        self.init(graph: graph, centerIndex: index, depth: depth, filters: filters)
    }

    /// The neighbourhood of entity index `center`, known to be of `graph`.
    init(graph: Graph, centerIndex center: Int, depth: Int, filters: RelationFilter) {
        let walk = Traversal(graph: graph, directed: filters.directed)
        let adjacency = walk.adjacency
        let relationMask = filters.traversalMask(for: graph, ends: [center])
        let mask = walk.edgeMask(relationMask)
        let found = walk.distances(from: [center], depth: depth, mask: relationMask)
        let reached = found.indices.filter { found[$0] > 0 }.map { (vertex: $0, distance: found[$0]) }
        var distance = [Int: Int](minimumCapacity: reached.count)
        for r in reached { distance[r.vertex] = r.distance }
        distance[center] = 0
        var members: [Member] = []
        for r in reached.sorted(by: { ($0.distance, $0.vertex) < ($1.distance, $1.vertex) }) {
            // The first admissible predecessor in entity order, then the first relation to it.
            var chosen: (from: Int, relation: Int)? = nil
            var best = Int.max
            for slot in adjacency.inOffsets[r.vertex]..<adjacency.inOffsets[r.vertex + 1] {
                let u = Int(adjacency.inSources[slot])
                guard u < best, distance[u] == r.distance - 1 else { continue }
                guard u == center || mask.allows(vertex: u) else { continue }
                let e = Int(adjacency.inEdge[slot])
                guard mask.allows(edge: e) else { continue }
                chosen = (u, e)
                best = u
            }
            guard let (u, e) = chosen else { continue }
            let entity = graph.entities[r.vertex]
            members.append(Member(id: entity.id, name: entity.name, kind: entity.kind, distance: r.distance,
                                  hop: PathHop(graph: graph, relation: walk.relation(ofEdge: e), fromIndex: u)))
        }
        self.center = graph.entities[center].id
        self.depth = depth
        self.members = members
    }
}
