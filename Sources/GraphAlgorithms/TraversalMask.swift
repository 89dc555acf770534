/// Which edges a path may use and which vertices it may pass through.
///
/// A mask lets callers restrict a search (by relation type, time window, kinds of entity...)
/// without building a filtered copy of the graph: the search consults two flat `[Bool]` arrays.
/// Masks compose with ``intersection(_:)``, so independent filters can be built separately and
/// combined. `nil` means "everything allowed" and costs nothing during the search.
///
/// The vertex rule applies to *intermediate* vertices only: the source and target of a query are
/// always allowed, so "paths through people only" still connects an organization to a treaty.
///
/// ```swift
/// var mask = TraversalMask.all
/// try mask.forbid(vertex: 4, vertexCount: g.vertexCount)   // route around vertex 4
/// ```
public struct TraversalMask: Sendable, Equatable {
    /// Per edge index, whether the edge may be used; `nil` allows every edge.
    public var allowedEdges: [Bool]?
    /// Per vertex, whether a path may pass through it; `nil` allows every vertex.
    public var allowedIntermediates: [Bool]?

    /// Creates a mask from explicit arrays (`nil` allows everything of that sort).
    public init(allowedEdges: [Bool]? = nil, allowedIntermediates: [Bool]? = nil) {
        self.allowedEdges = allowedEdges
        self.allowedIntermediates = allowedIntermediates
    }

    /// The mask that allows every edge and vertex.
    public static let all = TraversalMask()

    /// Whether the mask restricts nothing.
    public var isUnrestricted: Bool { allowedEdges == nil && allowedIntermediates == nil }

    /// Whether edge `e` may be used.
    /// - Complexity: O(1).
    @inlinable
    public func allows(edge e: Int) -> Bool { allowedEdges?[e] ?? true }

    /// Whether a path may pass through vertex `v`.
    /// - Complexity: O(1).
    @inlinable
    public func allows(vertex v: Int) -> Bool { allowedIntermediates?[v] ?? true }

    /// Forbids one edge, materialising the edge array if needed.
    /// - Throws: ``GraphArgumentError`` when `e` is not in `0..<edgeCount` or the mask already
    ///   holds an edge array of another size.
    /// - Complexity: O(E) the first time, O(1) after.
    public mutating func forbid(edge e: Int, edgeCount: Int) throws(GraphArgumentError) {
        try Self.check(e, in: allowedEdges, named: "allowedEdges", count: edgeCount, name: "edge")
        if allowedEdges == nil { allowedEdges = [Bool](repeating: true, count: edgeCount) }
        allowedEdges![e] = false
    }

    /// Forbids passing through one vertex, materialising the vertex array if needed.
    /// - Throws: ``GraphArgumentError`` when `v` is not in `0..<vertexCount` or the mask already
    ///   holds a vertex array of another size.
    /// - Complexity: O(V) the first time, O(1) after.
    public mutating func forbid(vertex v: Int, vertexCount: Int) throws(GraphArgumentError) {
        try Self.check(v, in: allowedIntermediates, named: "allowedIntermediates", count: vertexCount, name: "vertex")
        if allowedIntermediates == nil { allowedIntermediates = [Bool](repeating: true, count: vertexCount) }
        allowedIntermediates![v] = false
    }

    /// The mask allowing what both masks allow.
    /// - Throws: ``GraphArgumentError/countMismatch(name:expected:actual:)`` when both restrict
    ///   the same sort with arrays of different sizes (masks made for different graphs).
    /// - Complexity: O(V + E) when both restrict the same sort, O(1) otherwise.
    public func intersection(_ other: TraversalMask) throws(GraphArgumentError) -> TraversalMask {
        TraversalMask(
            allowedEdges: try Self.and(allowedEdges, other.allowedEdges, name: "allowedEdges"),
            allowedIntermediates: try Self.and(allowedIntermediates, other.allowedIntermediates, name: "allowedIntermediates")
        )
    }

    private static func and(_ a: [Bool]?, _ b: [Bool]?, name: String) throws(GraphArgumentError) -> [Bool]? {
        guard let a else { return b }
        guard let b else { return a }
        if a.count != b.count { throw .countMismatch(name: name, expected: a.count, actual: b.count) }
        return zip(a, b).map { $0 && $1 }
    }

    private static func check(
        _ i: Int, in array: [Bool]?, named arrayName: String, count: Int, name: String
    ) throws(GraphArgumentError) {
        if let array, array.count != count {
            throw .countMismatch(name: arrayName, expected: count, actual: array.count)
        }
        if i < 0 || i >= count {
            throw .invalidParameter(name: name, reason: "\(i) is not in 0..<\(count)")
        }
    }
}
