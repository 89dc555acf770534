import Foundation

/// Lays out and renders diagrams in process through cgraph and gvc, never by running `dot`.
///
/// Every call takes the process-wide Graphviz lock (`GraphvizContext`), so renders from many
/// tasks at once are safe; they run one at a time. The same document, engine and format give the
/// same bytes: node and edge order is the document's, and force-directed engines get a fixed seed
/// from ``DiagramBuilder``.
///
/// ```swift
/// let svg = try DiagramRenderer.render(document, format: .svg)   // laid out by document.engine
/// ```
public enum DiagramRenderer {
    /// Lays out `document` with its ``DiagramDocument/engine`` and renders it in `format`.
    ///
    /// A document with a ``DiagramDocument/legend`` is laid out without it; the legend is then
    /// placed beside the drawing's bounding box and the whole rendered with positions fixed, so
    /// it never lies among the nodes whatever the engine.
    ///
    /// - Throws: ``GraphvizError/unknownFormat(_:available:)`` (listing the formats available)
    ///   before any layout, ``GraphvizError/layoutFailed(engine:message:)`` or
    ///   ``GraphvizError/renderFailed(format:message:)`` with Graphviz's message,
    ///   ``GraphvizError/invalidDocument(_:)`` when an edge names an undeclared node.
    /// - Complexity: that of the layout engine; `dot` is roughly O((V + E) log(V + E)) per pass.
    public static func render(_ document: DiagramDocument, format: OutputFormat = .svg) throws(GraphvizError) -> Data {
        let engine = document.engine
        return try GraphvizContext.shared.perform { gvc throws(GraphvizError) in
            try format.requireRenderable(gvc)
            if let legend = document.legend, !legend.legend.isEmpty, !document.nodes.isEmpty {
                return format.repairedOutput(
                    try LegendComposition.render(document, legend: legend, engine: engine, format: format, gvc: gvc))
            }
            let graph = try CGraphDocument(building: document)
            return format.repairedOutput(try graph.render(with: gvc, engine: engine.rawValue, format: format.rawValue))
        }
    }

    /// Parses DOT text with cgraph, lays it out with `engine` and renders it in `format`.
    ///
    /// A `layout` attribute in the text overrides `engine`, as it does for the `dot` command.
    /// - Throws: ``GraphvizError/emptyInput``, ``GraphvizError/syntax(message:line:)``, or a
    ///   layout or render error.
    public static func render(
        dot text: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg
    ) throws(GraphvizError) -> Data {
        try GraphvizContext.shared.perform { gvc throws(GraphvizError) in
            try format.requireRenderable(gvc)
            let graph = try CGraphDocument(parsing: text)
            return format.repairedOutput(try graph.render(with: gvc, engine: engine.rawValue, format: format.rawValue))
        }
    }

    /// The document as cgraph holds it, written by cgraph's own writer (`agwrite`) without layout.
    ///
    /// Useful to compare documents as Graphviz sees them; ``DiagramDocument/dotSource()`` is the
    /// faster way to get DOT text.
    public static func canonicalDOT(_ document: DiagramDocument) throws(GraphvizError) -> String {
        try GraphvizContext.shared.perform { _ throws(GraphvizError) in
            try CGraphDocument(building: document).writtenByCGraph()
        }
    }

    /// Output formats the installed Graphviz offers (its "device" plugins) that write a file,
    /// sorted; devices that open a window (`x11`, `xlib`, `gtk`) are left out and refused.
    public static var availableFormats: [String] {
        GraphvizContext.shared.pluginNames(kind: "device").filter { OutputFormat($0).writesFile }
    }

    /// Layout engines the installed Graphviz offers, sorted.
    public static var availableEngines: [String] { GraphvizContext.shared.pluginNames(kind: "layout") }
}
