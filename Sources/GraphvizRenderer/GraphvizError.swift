import Foundation

/// Why Graphviz could not read, lay out or render a document.
///
/// Messages come from cgraph's own error buffer (`agseterr(AGMAX)` + `aglasterr()`), so nothing is
/// printed to standard error; a DOT syntax error carries the line cgraph reported.
///
/// ```swift
/// do { _ = try DOTReader.read("digraph { a -> ; }") }
/// catch let error as GraphvizError { print(error) }
/// // DOT syntax error in line 1 near ';'
/// ```
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The DOT text was empty or only whitespace; it never reached cgraph.
    case emptyInput
    /// cgraph rejected the DOT text; `line` is the line it named, when it named one.
    case syntax(message: String, line: Int?)
    /// The layout engine is not installed, or the layout failed.
    case layoutFailed(engine: String, message: String)
    /// The installed Graphviz offers no output format of this name; `available` lists those it
    /// offers that write a file. Found before any layout, so nothing is laid out in vain.
    case unknownFormat(String, available: [String])
    /// Rendering failed, or the format draws in a window instead of writing a file.
    case renderFailed(format: String, message: String)
    /// The document cannot be expressed in cgraph (for example an edge to an undeclared node).
    case invalidDocument(String)
    /// Graphviz itself could not start (`gvContext()` failed), so nothing can be read or drawn.
    case unavailable(String)

    public var description: String {
        switch self {
        case .emptyInput:
            return "DOT input is empty"
        case .syntax(let message, _):
            return "DOT \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(message)"
        case .unknownFormat(let format, let available):
            return "Graphviz has no output format '\(format)'; available formats: \(available.joined(separator: " "))"
        case .renderFailed(let format, let message):
            return "Graphviz could not render '\(format)': \(message)"
        case .invalidDocument(let message):
            return "invalid diagram: \(message)"
        case .unavailable(let message):
            return "Graphviz is unavailable: \(message)"
        }
    }

    /// Builds a syntax error from cgraph's message, reading the line number from the
    /// "syntax error in line N near ..." wording cgraph uses.
    static func syntax(fromCGraphMessage message: String?) -> GraphvizError {
        let text = message ?? "syntax error"
        var line: Int?
        if let range = text.range(of: "in line ") {
            let digits = text[range.upperBound...].prefix(while: \.isNumber)
            line = Int(digits)
        }
        return .syntax(message: text, line: line)
    }
}
