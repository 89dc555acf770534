import GraphAlgorithms

/// The adjacency a path search walks, and how its edges map back to relations.
///
/// Undirected searches walk ``Graph/undirectedAdjacency`` directly (edge = relation). A directed
/// search follows relations from subject to object, except that a relation whose predicate is
/// symmetric ("met", "allied-with") reads the same both ways and is walkable both ways: such a
/// relation gets a second, reversed edge. `relationOfEdge` maps every edge to its relation.
struct PathAdjacency {
    let adjacency: CSRGraph
    /// Relation index of each edge; `nil` when edge index equals relation index.
    let relationOfEdge: [Int]?

    init(graph: Graph, directed: Bool) {
        guard directed else {
            adjacency = graph.undirectedAdjacency
            relationOfEdge = nil
            return
        }
        let symmetric = graph.relations.indices.filter {
            graph.schema.predicate(named: graph.relations[$0].predicate)?.isSymmetric ?? false
        }
        guard !symmetric.isEmpty else {
            adjacency = graph.directedAdjacency
            relationOfEdge = nil
            return
        }
        var edges = zip(graph.relationSubject, graph.relationObject).map { (Int($0), Int($1)) }
        var weights = graph.relations.map(\.weight)
        var relationOfEdge = Array(graph.relations.indices)
        for r in symmetric {
            edges.append((Int(graph.relationObject[r]), Int(graph.relationSubject[r])))
            weights.append(graph.relations[r].weight)
            relationOfEdge.append(r)
        }
        adjacency = CSRGraph(vertexCount: graph.entities.count, edges: edges, weights: weights, directed: true)
        self.relationOfEdge = relationOfEdge
    }

    /// The relation of edge `e`.
    func relation(ofEdge e: Int) -> Int { relationOfEdge?[e] ?? e }

    /// A mask over relations, carried over to this adjacency's edges.
    func edgeMask(_ mask: TraversalMask) -> TraversalMask {
        guard let relationOfEdge, let relations = mask.allowedEdges else { return mask }
        var m = mask
        m.allowedEdges = relationOfEdge.map { relations[$0] }
        return m
    }

    /// An algorithm path with its edges mapped back to relations.
    func relationPath(_ p: GraphPath) -> GraphPath {
        guard relationOfEdge != nil else { return p }
        return GraphPath(vertices: p.vertices, edges: p.edges.map(relation(ofEdge:)), weight: p.weight)
    }
}
