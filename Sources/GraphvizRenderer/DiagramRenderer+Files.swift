import Foundation
import RelationGraph

extension DiagramRenderer {
    /// The bytes of `document` in `format`: DOT text without layout for ``OutputFormat/dot``,
    /// otherwise a layout with the document's ``DiagramDocument/engine`` rendered by Graphviz.
    ///
    /// Use ``render(_:format:)`` to get laid-out DOT (with `pos` attributes) instead.
    public static func output(_ document: DiagramDocument, format: OutputFormat) throws(GraphvizError) -> Data {
        if format == .dot { return Data(document.dotSource().utf8) }
        return try render(document, format: format)
    }

    /// Renders `document` (laid out by its ``DiagramDocument/engine``) and writes it to `url` by
    /// relgraph's output rules (RelationGraph's `OutputFile`): a regular file through a temporary
    /// file and a rename, a device or FIFO directly.
    ///
    /// - Parameters:
    ///   - document: the diagram to lay out and render.
    ///   - format: the output format; nil takes it from the file extension
    ///     (`.svg`, `.png`, `.pdf`, `.dot`, `.gv`, `.json`...).
    ///   - url: the file to write; an existing one is replaced whole or left as it was.
    /// - Throws: ``GraphvizError`` when Graphviz fails (nothing is written), or RelationGraph's
    ///   `OutputError` when the file cannot be written.
    public static func write(_ document: DiagramDocument, format: OutputFormat? = nil, to url: URL) throws {
        let chosen = format ?? OutputFormat(fileExtension: url.pathExtension)
        let data = try output(document, format: chosen)
        try OutputFile.write(data, to: url)
    }
}

extension OutputFormat {
    /// The format a file extension names: `gv` is DOT, anything else is taken as Graphviz's
    /// format of that name (`svg`, `png`, `pdf`, `json`...); an empty extension means SVG.
    public init(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "": self = .svg
        case "gv", "dot": self = .dot
        case let other: self.init(other)
        }
    }
}
