/// The graph as it would stand without one document: every relation whose only evidence is
/// that source (it cites it and no other) is dropped; entities all stay, at the same indices.
///
/// This is the removal behind `relgraph path --without-source` and the single-source side of
/// `relgraph gaps`: it asks whether a finding survives when one document is set aside.
public struct SourceRemoval: Sendable {
    /// The source set aside, or `nil` for "every relation resting on a single document".
    public let source: String?
    /// Indices (in the original graph) of the relations dropped, ascending.
    public let dropped: [Int]
    /// The graph without them; entity `i` is still entity `i`.
    public let graph: Graph
    /// For each relation of `graph`, its index in the original graph.
    public let originalIndex: [Int]

    /// The graph without the relations resting on `source` alone.
    public init(graph: Graph, droppingOnly source: String) {
        self.init(graph: graph, source: source) { EvidencePairs.documents(of: $0) == [source] }
    }

    /// The graph without every relation that cites exactly one document.
    public init(droppingSingleSourceFrom graph: Graph) {
        self.init(graph: graph, source: nil) { EvidencePairs.documents(of: $0).count == 1 }
    }

    private init(graph: Graph, source: String?, drop: (Relation) -> Bool) {
        var dropped: [Int] = [], kept: [Int] = []
        for (r, relation) in graph.relations.enumerated() {
            if drop(relation) { dropped.append(r) } else { kept.append(r) }
        }
        self.source = source
        self.dropped = dropped
        self.originalIndex = kept
        self.graph = graph.subgraph(entities: graph.entities.indices, relations: kept)
    }
}
