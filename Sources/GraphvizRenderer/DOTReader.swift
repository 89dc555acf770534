/// Reads DOT text through cgraph's own parser.
///
/// Syntax errors are not printed: they come back as ``GraphvizError/syntax(message:line:)`` with
/// the line cgraph reported. Empty or whitespace-only text is refused before it reaches cgraph,
/// which would otherwise return no graph without a message.
///
/// ```swift
/// let document = try DOTReader.read("digraph { a -> b [label=\"signed\"] }")
/// document.edges[0].attributes[.label]   // "signed"
/// ```
public enum DOTReader {
    /// Parses `text` into a ``DiagramDocument``: nodes, edges (in the order written), one level
    /// of subgraphs, and their attributes.
    ///
    /// - Complexity: O((V + E) · A) after parsing, where A is the number of declared attributes.
    public static func read(_ text: String) throws(GraphvizError) -> DiagramDocument {
        try GraphvizContext.shared.perform { _ throws(GraphvizError) in
            let graph = try CGraphDocument(parsing: text)
            return graph.diagram()
        }
    }
}
