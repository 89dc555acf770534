import RelationGraph

extension DOTReader {
    /// Reads DOT text into a relation ``Graph``, with the defaults relgraph applies to every
    /// file from another tool (see `ForeignGraph`).
    ///
    /// Each node becomes an entity: `kind` sets the kind (`other` when absent or unknown, the
    /// text then kept as `original_kind`), `name` or else `label` the name (the id when neither),
    /// `group`, `description`, `aliases`, `start`, `end` and `sources` their fields; ids that are
    /// not slugs become slugs, kept as `original_id`. Node defaults (`node [kind=person]`) count
    /// as attributes of every node. Labels are read as plain text: Graphviz's `\n`, `\l`, `\r`
    /// line breaks become newlines, `\\` a backslash and `\N` the node id. Each edge becomes a
    /// relation in the order written: `predicate` (else the `label` as a slug, else
    /// `related-to`) names the predicate, `start`/`end` its span, `weight` its weight, `note` its
    /// note. Every other attribute is kept as a string attribute. Subgraphs only group.
    ///
    /// ```swift
    /// let graph = try DOTReader.readGraph("""
    ///     digraph { seeckt [kind=person, label="Hans von Seeckt"]; seeckt -> reichswehr [predicate=commanded, start=1920] }
    ///     """)
    /// graph.entities.map(\.kind)   // [.person, .other]
    /// ```
    /// - Throws: ``GraphvizError/syntax(message:line:)`` for DOT cgraph rejects,
    ///   ``GraphvizError/emptyInput``, or ``GraphvizError/invalidDocument(_:)`` for a malformed
    ///   date or weight, naming the node or edge.
    /// - Complexity: O((V + E) · A).
    public static func readGraph(_ text: String) throws(GraphvizError) -> Graph {
        let document = try read(text)
        let nodes: [ForeignGraph.Node] = document.nodes.map { node in
            var fields = plain(document.nodeDefaults.merging(node.attributes) { _, own in own })
            if let label = fields["label"] { fields["label"] = DOTQuoting.plainText(fromLabel: label, nodeID: node.id) }
            return (id: node.id, fields: fields)
        }
        let edges: [ForeignGraph.Edge] = document.edges.map { edge in
            var fields = plain(document.edgeDefaults.merging(edge.attributes) { _, own in own })
            if let label = fields["label"] { fields["label"] = DOTQuoting.plainText(fromLabel: label, nodeID: nil) }
            return (source: edge.tail, target: edge.head, fields: fields)
        }
        do {
            return try ForeignGraph.assemble(nodes: nodes, edges: edges)
        } catch {
            throw .invalidDocument(error.message)
        }
    }

    private static func plain(_ attributes: [AttributeName: String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: attributes.map { ($0.key.rawValue, $0.value) })
    }
}
