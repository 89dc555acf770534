import Foundation

/// A single-file interchange format: bytes from a graph and a graph from bytes. Reading and
/// writing files is the same for every such format, so it lives here once.
public protocol GraphFileCodec {
    /// The file's bytes for `graph`.
    static func encoded(_ graph: Graph) throws -> Data
    /// The graph the bytes describe.
    static func graph(from data: Data) throws(GraphFormatError) -> Graph
}

extension GraphFileCodec {
    /// Writes `graph` to `url` by the output rules of ``OutputFile``.
    public static func write(_ graph: Graph, to url: URL) throws {
        try OutputFile.write(encoded(graph), to: url)
    }

    /// Reads a file of this format.
    /// - Throws: ``GraphFormatError`` naming the file and, where the parser knows it, the line.
    public static func read(from url: URL) throws -> Graph {
        let data = try Data(contentsOf: url)
        do { return try graph(from: data) } catch { throw error.inFile(url.path) }
    }
}

extension GraphML: GraphFileCodec {
    public static func encoded(_ graph: Graph) -> Data { Data(text(of: graph).utf8) }
}

extension GEXF: GraphFileCodec {
    public static func encoded(_ graph: Graph) -> Data { Data(text(of: graph).utf8) }
}

extension NodeLinkJSON: GraphFileCodec {
    public static func encoded(_ graph: Graph) throws -> Data { try data(of: graph) }
}
