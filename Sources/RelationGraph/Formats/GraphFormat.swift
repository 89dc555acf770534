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

    /// Reads a graph, in `format` or the one the path names.
    /// - Throws: ``ValidationReport`` for a folder, ``GraphFormatError`` for a malformed file,
    ///   ``UnsupportedError`` for a format relgraph only writes.
    public static func read(_ url: URL, format: GraphFormat? = nil) throws -> Graph {
        let format = try format ?? detect(url)
        switch format {
        case .folder: return try GraphFolder.load(from: url)
        case .graphml: return try GraphML.read(from: url)
        case .gexf: return try GEXF.read(from: url)
        case .json: return try NodeLinkJSON.read(from: url)
        case .tsv, .csv: return try EdgeListFormat.read(from: url)
        case .neo4j:
            throw UnsupportedError(description: "\(url.path): relgraph writes \(format.rawValue) but does not read it here")
        }
    }

    /// Writes `graph` to `url`, in `format` or the one the path names.
    public static func write(_ graph: Graph, to url: URL, format: GraphFormat? = nil) throws {
        switch try format ?? detect(url) {
        case .folder:
            try GraphFolder.save(graph, to: url)
        case .graphml: try GraphML.write(graph, to: url)
        case .gexf: try GEXF.write(graph, to: url)
        case .json: try NodeLinkJSON.write(graph, to: url)
        case .neo4j: try Neo4jExport.write(graph, to: url)
        case .tsv: try EdgeListWriter.write(graph, to: url, delimiter: .tab)
        case .csv: try EdgeListWriter.write(graph, to: url, delimiter: .comma)
        }
    }
}
