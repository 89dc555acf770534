import GraphAlgorithms

/// A simple integer graph over a graph's entities, built from the relations a filter admits.
///
/// Centralities follow NetworkX's simple-graph definitions, so relations that join the same two
/// entities (the same way, when directed) become one edge. Directed, a relation reads from subject
/// to object, and one with a symmetric predicate both ways (see ``TraversalDirection``); each fact
/// counts once, however many claims it has. ``relationsOfEdge`` keeps every
/// relation behind each edge, so a bridge can be explained by the relations that form it.
package struct RelationAdjacency: Sendable {
    /// How weights of merged relations combine.
    package enum WeightMerge: Sendable {
        /// Weights are lengths: the shortest relation wins (paths, betweenness, closeness).
        case minimum
        /// Weights are strengths: they add up (PageRank, eigenvector, Katz), as NetworkX does
        /// when it turns a multigraph into a matrix.
        case sum
    }

    /// The graph: vertex `i` is entity `i`.
    package let csr: CSRGraph
    /// For each edge of `csr`, the relation indices it merges, ascending.
    package let relationsOfEdge: [[Int]]

    /// Builds the adjacency of the relations `filter` admits (both endpoints must pass it too).
    /// - Complexity: O(V + E log d).
    package init(_ graph: Graph, filter: RelationFilter = RelationFilter(), directed: Bool, weights: WeightMerge = .minimum) {
        let mask = filter.masks(for: graph, oneClaimPerFact: true).relations
        var slot: [UInt64: Int] = [:]
        var edges: [(Int, Int)] = []
        var edgeWeights: [Double] = []
        var behind: [[Int]] = []
        let pairs = directed
            ? Traversal.directedPairs(graph, direction: .out)
            : graph.relations.indices.map { (from: Int(graph.relationSubject[$0]), to: Int(graph.relationObject[$0]), relation: $0) }
        for (from, to, r) in pairs where mask[r] {
            var a = from, b = to
            if !directed && a > b { swap(&a, &b) }
            let key = UInt64(a) << 32 | UInt64(b)
            let w = graph.relations[r].weight
            if let e = slot[key] {
                edgeWeights[e] = weights == .minimum ? min(edgeWeights[e], w) : edgeWeights[e] + w
                if behind[e].last != r { behind[e].append(r) }
            } else {
                slot[key] = edges.count
                edges.append((a, b))
                edgeWeights.append(w)
                behind.append([r])
            }
        }
        csr = CSRGraph(unchecked: graph.entities.count, edges: edges, weights: edgeWeights, directed: directed)
        relationsOfEdge = behind
    }
}
