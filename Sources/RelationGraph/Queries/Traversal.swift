import GraphAlgorithms

/// Which way a traversal walks relations. The one meaning of "directed" in relgraph, used by
/// paths (`--directed`), neighbourhoods, subgraph reach (`--direction`) and rankings
/// (`rank --directed`).
///
/// A relation reads from subject to object ("Molotov signed the pact"). Walking `.out` follows
/// it that way, `.in` the other way, `.both` either way. A relation whose predicate is
/// **symmetric** ("met", "allied-with") reads the same both ways, so every direction walks it
/// both ways.
public enum TraversalDirection: String, Sendable, Hashable, CaseIterable, Codable {
    /// Along relations and against them (undirected).
    case both
    /// From subject to object (symmetric predicates both ways).
    case out
    /// From object to subject (symmetric predicates both ways).
    case `in`
}

/// The adjacency a traversal walks over a graph's relations, and how its edges map back to
/// relations: the one traversal layer under paths, neighbourhoods and subgraph reach.
///
/// `.both` walks `Graph.undirectedAdjacency` (edge = relation). `.out` and `.in` walk a
/// directed adjacency in which a relation with a symmetric predicate gets a second, reversed
/// edge; `relationOfEdge` maps every edge to its relation.
struct Traversal {
    let adjacency: CSRGraph
    /// Relation index of each edge; `nil` when edge index equals relation index.
    let relationOfEdge: [Int]?

    init(graph: Graph, direction: TraversalDirection) {
        if direction == .both {
            adjacency = graph.undirectedAdjacency
            relationOfEdge = nil
            return
        }
        let pairs = Self.directedPairs(graph, direction: direction)
        if direction == .out && pairs.count == graph.relations.count {
            adjacency = graph.directedAdjacency
            relationOfEdge = nil
            return
        }
        adjacency = CSRGraph(unchecked: graph.entities.count, edges: pairs.map { ($0.from, $0.to) },
                             weights: pairs.map { graph.relations[$0.relation].weight }, directed: true)
        relationOfEdge = pairs.map(\.relation)
    }

    /// The directed edges of the relations walked `direction` (`.out` or `.in`): each relation
    /// once, in relation order, then the reversed copy of each symmetric one.
    static func directedPairs(_ graph: Graph, direction: TraversalDirection) -> [(from: Int, to: Int, relation: Int)] {
        var pairs: [(from: Int, to: Int, relation: Int)] = []
        var symmetric: [Int] = []
        for r in graph.relations.indices {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            pairs.append(direction == .in ? (o, s, r) : (s, o, r))
            if graph.schema.predicate(named: graph.relations[r].predicate)?.isSymmetric ?? false { symmetric.append(r) }
        }
        for r in symmetric {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            pairs.append(direction == .in ? (s, o, r) : (o, s, r))
        }
        return pairs
    }

    init(graph: Graph, directed: Bool) { self.init(graph: graph, direction: directed ? .out : .both) }

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
        var mapped = p
        mapped.edges = p.edges.map(relation(ofEdge:))
        return mapped
    }

    /// Hop distance from the nearest seed of every entity within `depth` hops (`-1` beyond),
    /// walking edges the mask (over relations) allows; an entity the mask does not let be passed
    /// through is reached but not walked beyond (seeds always are).
    /// - Complexity: O(V + E).
    func distances(from seeds: [Int], depth: Int, mask: TraversalMask) -> [Int] {
        let edgeMask = edgeMask(mask)
        let g = adjacency
        var distance = [Int](repeating: -1, count: g.vertexCount)
        var frontier: [Int] = []
        for s in seeds where distance[s] < 0 {
            distance[s] = 0
            frontier.append(s)
        }
        var level = 0
        while !frontier.isEmpty && level < depth {
            var next: [Int] = []
            for v in frontier where distance[v] == 0 || mask.allows(vertex: v) {
                for slot in g.outOffsets[v]..<g.outOffsets[v + 1] {
                    let w = Int(g.outTargets[slot])
                    guard distance[w] < 0, edgeMask.allows(edge: Int(g.outEdge[slot])) else { continue }
                    distance[w] = level + 1
                    next.append(w)
                }
            }
            frontier = next
            level += 1
        }
        return distance
    }
}
