import GraphAlgorithms
import RelationGraph

/// Which entities and relations of a graph a diagram shows.
///
/// A selection is sorted by index, so the diagram's node and edge order (and hence its output)
/// does not depend on how the selection was found.
public struct DiagramSelection: Hashable, Sendable {
    /// Entity indices, ascending and unique.
    public let entities: [Int]
    /// Relation indices, ascending and unique; both ends of each are in ``entities``.
    public let relations: [Int]

    /// Selects the given entities and relations; relations whose ends are not both selected are
    /// dropped, and the ends of the given relations are not added.
    public init(entities: some Sequence<Int>, relations: some Sequence<Int>, in graph: Graph) {
        let entitySet = Set(entities)
        self.entities = entitySet.sorted()
        self.relations = Set(relations).filter {
            entitySet.contains(Int(graph.relationSubject[$0])) && entitySet.contains(Int(graph.relationObject[$0]))
        }.sorted()
    }

    /// The whole graph.
    public static func all(of graph: Graph) -> DiagramSelection {
        DiagramSelection(entities: graph.entities.indices, relations: graph.relations.indices, in: graph)
    }

    /// The entities within `depth` hops of any seed (relations followed both ways), and every
    /// relation among them.
    ///
    /// - Complexity: O(V + E) for the breadth-first search and the induced relations.
    public static func around(_ seeds: [Int], depth: Int, in graph: Graph) -> DiagramSelection {
        let chosen = graph.entities(within: depth, of: seeds)
        return DiagramSelection(entities: chosen, relations: graph.relations.indices, in: graph)
    }

    /// Highlighted entities with a little context: each one's first `neighbourLimit` neighbours
    /// (in relation order) and the relations that tie them to it, but no relations among the
    /// neighbours themselves, which would bury a path under the hubs' own ties.
    ///
    /// `relations` (the path's own) are always included, with their ends.
    /// - Complexity: O(k · d) for k focus entities of degree d.
    public static func context(
        of focus: [Int], relations: [Int], neighbourLimit: Int, in graph: Graph
    ) -> DiagramSelection {
        let adjacency = graph.undirectedAdjacency
        let focusSet = Set(focus)
        var chosenEntities = focusSet
        var chosenRelations = Set(relations)
        for r in relations {
            chosenEntities.insert(Int(graph.relationSubject[r]))
            chosenEntities.insert(Int(graph.relationObject[r]))
        }
        for v in focus.sorted() {
            var slots = Array(adjacency.outOffsets[v]..<adjacency.outOffsets[v + 1])
            slots.sort { adjacency.outEdge[$0] < adjacency.outEdge[$1] }
            var neighbours = Set<Int>()
            for slot in slots {
                let w = Int(adjacency.outTargets[slot])
                if focusSet.contains(w) || chosenEntities.contains(w) {
                    // Ties between focus entities show; ties to context already chosen do too.
                    if focusSet.contains(w) || neighbours.contains(w) { chosenRelations.insert(Int(adjacency.outEdge[slot])) }
                    continue
                }
                guard neighbours.count < neighbourLimit else { continue }
                neighbours.insert(w)
                chosenEntities.insert(w)
                chosenRelations.insert(Int(adjacency.outEdge[slot]))
            }
        }
        return DiagramSelection(entities: chosenEntities, relations: chosenRelations, in: graph)
    }

    /// This selection plus `entities` and `relations` (and the ends of those relations).
    public func adding(entities extra: some Sequence<Int>, relations extraRelations: some Sequence<Int>, in graph: Graph) -> DiagramSelection {
        var entitySet = Set(entities).union(extra)
        for r in extraRelations {
            entitySet.insert(Int(graph.relationSubject[r]))
            entitySet.insert(Int(graph.relationObject[r]))
        }
        return DiagramSelection(entities: entitySet, relations: Array(relations) + Array(extraRelations), in: graph)
    }
}
