/// A walk through a ``CSRGraph``: its vertices, the edges between them, and its total weight.
///
/// `edges[i]` is the index of the edge used between `vertices[i]` and `vertices[i + 1]`, so a
/// caller that built the graph from its own records (relations) maps each hop back to its record.
/// A path from a vertex to itself has one vertex and no edges.
public struct GraphPath: Hashable, Sendable {
    /// The vertices in walking order, source first.
    public var vertices: [Int]
    /// The edge index of each hop; one fewer than `vertices`.
    public var edges: [Int]
    /// The sum of the edge weights (equal to the hop count for unit weights), whatever the search minimised.
    public var weight: Double

    /// Creates a path.
    /// - Throws: ``GraphArgumentError/countMismatch(name:expected:actual:)`` unless there is
    ///   at least one vertex and `edges.count` is `vertices.count - 1`.
    public init(vertices: [Int], edges: [Int], weight: Double) throws(GraphArgumentError) {
        if vertices.isEmpty { throw .countMismatch(name: "vertices", expected: 1, actual: 0) }
        if edges.count + 1 != vertices.count {
            throw .countMismatch(name: "edges", expected: vertices.count - 1, actual: edges.count)
        }
        self.init(found: vertices, edges: edges, weight: weight)
    }

    /// A path a search found, whose shape holds by construction.
    init(found vertices: [Int], edges: [Int], weight: Double) {
        assert(edges.count + 1 == vertices.count, "a path has one edge fewer than vertices")
        self.vertices = vertices
        self.edges = edges
        self.weight = weight
    }

    /// The path from a vertex to itself: one vertex, no edges, weight 0.
    init(staying v: Int) {
        self.init(found: [v], edges: [], weight: 0)
    }

    /// Number of hops.
    public var length: Int { edges.count }

    /// The first vertex.
    public var source: Int { vertices[0] }

    /// The last vertex.
    public var target: Int { vertices[vertices.count - 1] }
}

/// Paths found by a bounded enumeration, and whether the bound stopped it early.
public struct BoundedPaths: Sendable, Equatable {
    /// The paths, in the order the enumeration documents.
    public var paths: [GraphPath]
    /// True when more paths existed than the limit allowed.
    public var isTruncated: Bool

    /// Creates a result.
    public init(paths: [GraphPath], isTruncated: Bool) {
        self.paths = paths
        self.isTruncated = isTruncated
    }

    /// No path, and none left out.
    static let none = BoundedPaths(paths: [], isTruncated: false)
}
