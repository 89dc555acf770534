import Foundation

/// The graph formats relgraph reads and writes, found from a path's extension or named
/// explicitly, with one entry point to read and one to write.
///
/// | format | extension | read | write |
/// | --- | --- | --- | --- |
/// | ``folder`` | none (a folder) | yes | yes |
/// | ``graphml`` | `.graphml` | yes | yes |
/// | ``gexf`` | `.gexf` | yes | yes |
/// | ``json`` | `.json` | yes | yes |
/// | ``neo4j`` | `.neo4j` (a folder) | no | yes |
/// | ``tsv`` | `.tsv` | yes (``EdgeListFormat``) | yes |
/// | ``csv`` | `.csv` | yes (``EdgeListFormat``) | yes |
///
/// ```swift
/// let graph = try GraphFormat.read(URL(fileURLWithPath: "pact.graphml"))
/// try GraphFormat.write(graph, to: URL(fileURLWithPath: "pact.gexf"))
/// ```
///
/// Every file is written atomically and every folder through a temporary folder (see
/// ``OutputFile`` and ``OutputFolder``), so a failed write leaves no partial output.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// The native folder of CSV tables (``GraphFolder``).
    case folder
    /// GraphML with typed keys (``GraphML``).
    case graphml
    /// GEXF 1.3 with time spells (``GEXF``).
    case gexf
    /// NetworkX/d3 node-link JSON (``NodeLinkJSON``).
    case json
    /// Neo4j import CSV files and a Cypher script, in a folder (``Neo4jExport``).
    case neo4j
    /// A tab-separated edge list (``EdgeListWriter``).
    case tsv
    /// A comma-separated edge list (``EdgeListWriter``).
    case csv

    /// The format a path names by its extension (case-insensitive); a path without one, or an
    /// existing graph folder, is a ``folder``.
    /// - Returns: `nil` for an extension relgraph does not know.
    public init?(detecting url: URL) {
        if GraphFolder.isGraphFolder(url) { self = .folder; return }
        switch url.pathExtension.lowercased() {
        case "": self = .folder
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "neo4j": self = .neo4j
        case "tsv", "tab": self = .tsv
        case "csv": self = .csv
        default: return nil
        }
    }

    /// Whether relgraph can read the format.
    public var isReadable: Bool {
        switch self {
        case .folder, .graphml, .gexf, .json, .tsv, .csv: true
        case .neo4j: false
        }
    }

    /// What the format keeps of a graph, for help texts and reports.
    public var carries: String {
        switch self {
        case .folder, .graphml, .json: "everything: entities, relations, attributes, dates, citations, sources, schema"
        case .gexf: "entities, relations, attributes, dates (also as day spells for Gephi's timeline), citations; not sources or schema"
        case .neo4j: "entities, relations, attributes, dates, citations; not sources or schema"
        case .tsv, .csv: "relation endpoints and weights only"
        }
    }

    /// A format that cannot do what was asked, or a path whose format is unknown.
    public struct UnsupportedError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The path and what relgraph can do instead.
        public let description: String
    }

    /// The format of `url`, or an error listing the known extensions.
    public static func detect(_ url: URL) throws(UnsupportedError) -> GraphFormat {
        guard let format = GraphFormat(detecting: url) else {
            throw UnsupportedError(description: """
                \(url.path): unknown format '.\(url.pathExtension)'; use a folder, .graphml, .gexf, .json, .neo4j, .tsv or .csv
                """)
        }
        return format
    }

    /// Reads the graph at `url`: a graph folder, a GraphML, GEXF or node-link JSON file, or an
    /// edge list, in `format` or the one the path names (``EdgeListFormat/extensions`` other
    /// than `.tsv` and `.csv`, such as `.txt` or `.edges`, are edge lists too). DOT files are
    /// read by `GraphvizRenderer`'s `GraphFile`, which adds them to this dispatch.
    ///
    /// - Parameters:
    ///   - url: the folder or file.
    ///   - format: the format to read it in; `nil` takes it from the path.
    ///   - strict: for a graph folder, validate it strictly (``GraphFolder/load(from:strict:)``).
    /// - Throws: ``GraphInputError``: ``GraphInputError/notFound(path:)``,
    ///   ``GraphInputError/notAGraphFolder(path:)`` or ``GraphInputError/unreadable(path:reason:)``
    ///   when there is nothing to read, ``GraphInputError/unsupported(_:)`` for a format relgraph
    ///   does not read, ``GraphInputError/invalid(_:path:)`` for a folder that fails validation,
    ///   ``GraphInputError/malformed(_:)`` for a file that does not parse.
    /// - Complexity: O(size of the input).
    public static func read(_ url: URL, format: GraphFormat? = nil, strict: Bool = false) throws(GraphInputError) -> Graph {
        try read(url, format: format, strict: strict, alsoReadable: [])
    }

    /// Whether ``read(_:format:strict:)`` reads `url` as an edge list, by its name alone: `.tsv`,
    /// `.csv`, or another of ``EdgeListFormat/extensions``, and not a graph folder.
    package static func readsAsEdgeList(_ url: URL) -> Bool {
        switch GraphFormat(detecting: url) {
        case .tsv, .csv: true
        case nil: EdgeListFormat.extensions.contains(url.pathExtension.lowercased())
        default: false
        }
    }

    /// ``read(_:format:strict:)`` for a front end that reads more inputs itself (DOT), named in
    /// the message for an input nobody reads.
    package static func read(
        _ url: URL, format: GraphFormat?, strict: Bool, alsoReadable: [String]
    ) throws(GraphInputError) -> Graph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(path: url.path)
        }
        let ext = url.pathExtension.lowercased()
        if isDirectory.boolValue && (format == nil || format == .folder) {
            guard GraphFolder.isGraphFolder(url) else { throw .notAGraphFolder(path: url.path) }
            do { return try GraphFolder.load(from: url, strict: strict) } catch { throw .invalid(error, path: url.path) }
        }
        let unsupported = GraphInputError.unsupported(UnsupportedError(description: """
            \(url.path): unsupported input '.\(url.pathExtension)'; give a graph folder, .graphml, .gexf, \
            .json, \(alsoReadable.map { $0 + ", " }.joined())or an edge list (.tsv, .csv)
            """))
        do {
            switch format ?? GraphFormat(detecting: url) ?? (EdgeListFormat.extensions.contains(ext) ? .tsv : nil) {
            case .graphml: return try GraphML.read(from: url)
            case .gexf: return try GEXF.read(from: url)
            case .json: return try NodeLinkJSON.read(from: url)
            case .tsv, .csv: return try EdgeListFormat.read(from: url)
            // A file is never a folder; Neo4j import folders are written, not read.
            case .folder, .neo4j, nil: throw unsupported
            }
        } catch let error as GraphInputError {
            throw error
        } catch let error as GraphFormatError {
            throw .malformed(error)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes `graph` to `url`, in `format` or the one the path names.
    public static func write(_ graph: Graph, to url: URL, format: GraphFormat? = nil) throws {
        try write(graph, toPath: url.path, format: format ?? detect(url))
    }

    /// Writes `graph` to the file or folder at `path` in `format`, `-` being standard output
    /// (for a format that is one file, ``isSingleFile``), by the output rules of ``OutputFile``.
    /// - Throws: ``UnsupportedError`` for `-` with a folder format; ``OutputError`` when the
    ///   output cannot be written.
    public static func write(_ graph: Graph, toPath path: String, format: GraphFormat) throws {
        if let data = try format.encoded(graph) { return try OutputFile.write(data, toPath: path) }
        if path == "-" {
            throw UnsupportedError(description: """
                standard output takes one file, and \(format.rawValue) is a folder; \
                give a single-file format (graphml, gexf, json, tsv, csv)
                """)
        }
        let url = URL(fileURLWithPath: path)
        switch format {
        case .neo4j: try Neo4jExport.write(graph, to: url)
        default: try GraphFolder.save(graph, to: url)
        }
    }

    /// Whether the format is one file (so it can be written to standard output), not a folder.
    public var isSingleFile: Bool { self != .folder && self != .neo4j }

    /// The bytes of `graph` in this format when it is one file; `nil` for a folder format.
    /// - Throws: an encoding error (node-link JSON of a value JSON cannot hold).
    public func encoded(_ graph: Graph) throws -> Data? {
        switch self {
        case .folder, .neo4j: nil
        case .graphml: GraphML.encoded(graph)
        case .gexf: GEXF.encoded(graph)
        case .json: try NodeLinkJSON.encoded(graph)
        case .tsv: Data(EdgeListWriter.text(of: graph, delimiter: .tab).utf8)
        case .csv: Data(EdgeListWriter.text(of: graph, delimiter: .comma).utf8)
        }
    }
}
