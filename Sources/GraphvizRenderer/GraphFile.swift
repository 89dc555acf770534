import Foundation
import RelationGraph

/// Every graph input relgraph reads, DOT included, by what the path is: the one dispatch the
/// command-line tool and any other front end use.
///
/// DOT (`.dot`, `.gv`) goes through cgraph's parser (``DOTReader/readGraph(_:)``); everything
/// else through `RelationGraph`'s `GraphFormat.read(_:format:strict:)`: a graph folder,
/// GraphML, GEXF, node-link JSON, or an edge list.
///
/// ```swift
/// let graph = try GraphFile.read(at: URL(fileURLWithPath: "network.dot"))
/// ```
public enum GraphFile {
    /// Extensions read as DOT.
    public static let dotExtensions: Set<String> = ["dot", "gv"]

    /// Reads the graph at `url`.
    /// - Parameters:
    ///   - url: the folder or file.
    ///   - strict: for a graph folder, validate it strictly.
    /// - Throws: `GraphInputError`, as `GraphFormat.read(_:format:strict:)` does; a DOT file
    ///   that is not UTF-8 or that cgraph rejects is `GraphInputError.malformed`, located at
    ///   the line (and for a bad byte the column) where it goes wrong.
    /// - Complexity: O(size of the input).
    public static func read(at url: URL, strict: Bool = false) throws(GraphInputError) -> Graph {
        guard dotExtensions.contains(url.pathExtension.lowercased()) else {
            return try GraphFormat.read(url, format: nil, strict: strict, alsoReadable: [".dot"])
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            if !FileManager.default.fileExists(atPath: url.path) { throw .notFound(path: url.path) }
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        if let bad = UTF8Check.firstFailure(in: data) {
            throw .malformed(GraphFormatError(
                file: url.path, line: bad.line, column: bad.column,
                message: String(format: "byte 0x%02X is not UTF-8 (relgraph reads DOT in UTF-8 only)", bad.byte)))
        }
        do {
            return try DOTReader.readGraph(String(decoding: data, as: UTF8.self))
        } catch {
            let line = if case .syntax(_, let line?) = error { line } else { Int?.none }
            throw .malformed(GraphFormatError(file: url.path, line: line, message: error.description))
        }
    }
}
