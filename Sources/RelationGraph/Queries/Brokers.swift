import GraphAlgorithms

/// The brokers of a graph: entities and relations whose removal splits a connected group.
///
/// Computed on the undirected graph of the admitted relations (who connects to whom): an
/// articulation point is an entity whose removal disconnects others that were connected; a
/// bridge is a link (one or more parallel relations between the same two entities, counted as
/// one) that is the only connection between two parts.
public struct Brokers: Sendable, Codable {
    /// A cut entity and how many entities its removal cuts off from the largest remaining part
    /// of its component.
    public struct Broker: Sendable, Hashable, Codable {
        /// The entity's id.
        public let id: String
        /// The entity's display name.
        public let name: String
        /// The entity's kind.
        public let kind: EntityKind
        /// Entities separated from the biggest remaining piece when this one is removed.
        public let separated: Int
    }

    /// A bridge: the two entities it joins (as its first relation reads) and the relations behind it.
    public struct Bridge: Sendable, Hashable, Codable {
        /// Id of the subject of the link's first relation.
        public let from: String
        /// Id of the object of the link's first relation.
        public let to: String
        /// Relation indices forming the link (subject predicate object, in file order).
        public let relations: [Int]
        /// Size of the smaller side the bridge holds on.
        public let smallerSide: Int
    }

    /// Articulation points, most separating first (ties by name).
    public let articulationPoints: [Broker]
    /// Bridges, biggest smaller side first.
    public let bridges: [Bridge]

    /// Finds the brokers of `graph` among the relations `filter` admits.
    /// - Complexity: O(V + E) for the cut structure, plus O(A·(V + E)) to size what each of the
    ///   A articulation points and bridges separates.
    public init(_ graph: Graph, filter: RelationFilter = RelationFilter()) {
        let adjacency = RelationAdjacency(graph, filter: filter, directed: false)
        let g = adjacency.csr
        let cuts = g.cutStructure()
        var scratch = [Int32](repeating: -1, count: g.vertexCount)
        var stamp: Int32 = 0

        /// Sizes of the pieces reachable from `start` when `blockedVertex`/`blockedEdge` are removed.
        func reach(_ start: Int, blockedVertex: Int, blockedEdge: Int) -> Int {
            var stack = [start]
            scratch[start] = stamp
            var count = 0
            while let v = stack.popLast() {
                count += 1
                for slot in g.outOffsets[v]..<g.outOffsets[v + 1] {
                    let w = Int(g.outTargets[slot])
                    if w == blockedVertex || Int(g.outEdge[slot]) == blockedEdge || scratch[w] == stamp { continue }
                    scratch[w] = stamp
                    stack.append(w)
                }
            }
            return count
        }

        var points: [Broker] = []
        for v in cuts.articulationPoints {
            stamp += 1
            scratch[v] = stamp
            var pieces: [Int] = []
            for w in g.neighbors(of: v) where Int(w) != v && scratch[Int(w)] != stamp {
                pieces.append(reach(Int(w), blockedVertex: v, blockedEdge: -1))
            }
            let separated = pieces.reduce(0, +) - (pieces.max() ?? 0)
            let e = graph.entities[v]
            points.append(Broker(id: e.id, name: e.name, kind: e.kind, separated: separated))
        }
        articulationPoints = points.sorted {
            $0.separated != $1.separated ? $0.separated > $1.separated : ($0.name, $0.id) < ($1.name, $1.id)
        }

        var links: [Bridge] = []
        for e in cuts.bridges {
            let a = Int(g.edgeSource[e]), b = Int(g.edgeTarget[e])
            stamp += 1
            let sideA = reach(a, blockedVertex: -1, blockedEdge: e)
            stamp += 1
            let sideB = reach(b, blockedVertex: -1, blockedEdge: e)
            // Named in the reading direction of the first relation behind the link.
            let first = graph.relations[adjacency.relationsOfEdge[e][0]]
            links.append(Bridge(from: first.subject, to: first.object,
                                relations: adjacency.relationsOfEdge[e], smallerSide: min(sideA, sideB)))
        }
        bridges = links.sorted {
            $0.smallerSide != $1.smallerSide ? $0.smallerSide > $1.smallerSide : ($0.from, $0.to) < ($1.from, $1.to)
        }
    }
}
