/// Builds a ``Graph`` from nodes and edges read by a reader outside this module (the DOT reader
/// in GraphvizRenderer), with the same defaults as the GraphML, GEXF and node-link JSON readers:
/// slugged ids with `original_id`, `other` for a missing or unknown kind, the `label` as name or
/// predicate, predicates added to the schema, dates and weights checked.
///
/// ```swift
/// let graph = try ForeignGraph.assemble(
///     nodes: [(id: "Hans von Seeckt", fields: ["kind": "person"])],
///     edges: [])
/// graph.entities[0].id   // "hans-von-seeckt"
/// ```
package enum ForeignGraph {
    /// A node: its id as written and its fields by name.
    package typealias Node = (id: String, fields: [String: String])
    /// An edge: the ids of its ends as written and its fields by name.
    package typealias Edge = (source: String, target: String, fields: [String: String])

    /// The graph of `nodes` and `edges`, in their order.
    /// - Throws: ``GraphFormatError`` naming the node or edge with a malformed date or weight,
    ///   or a duplicate node id.
    /// - Complexity: O((V + E) · F) for F fields per element.
    package static func assemble(nodes: [Node], edges: [Edge]) throws(GraphFormatError) -> Graph {
        var imported = ImportedGraph()
        imported.nodes = nodes.map { ImportedGraph.Node(id: $0.id, fields: $0.fields, line: nil) }
        imported.edges = edges.map { ImportedGraph.Edge(source: $0.source, target: $0.target, fields: $0.fields, line: nil) }
        return try imported.assemble()
    }
}
