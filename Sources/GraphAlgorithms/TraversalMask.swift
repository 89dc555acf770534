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
/// mask.forbid(vertex: 4, vertexCount: g.vertexCount)   // route around vertex 4
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
    /// - Complexity: O(E) the first time, O(1) after.
    public mutating func forbid(edge e: Int, edgeCount: Int) {
        if allowedEdges == nil { allowedEdges = [Bool](repeating: true, count: edgeCount) }
        allowedEdges![e] = false
    }

    /// Forbids passing through one vertex, materialising the vertex array if needed.
    /// - Complexity: O(V) the first time, O(1) after.
    public mutating func forbid(vertex v: Int, vertexCount: Int) {
        if allowedIntermediates == nil { allowedIntermediates = [Bool](repeating: true, count: vertexCount) }
        allowedIntermediates![v] = false
    }

    /// The mask allowing what both masks allow.
    /// - Complexity: O(V + E) when both restrict the same sort, O(1) otherwise.
    public func intersection(_ other: TraversalMask) -> TraversalMask {
        TraversalMask(
            allowedEdges: Self.and(allowedEdges, other.allowedEdges),
            allowedIntermediates: Self.and(allowedIntermediates, other.allowedIntermediates)
        )
    }

    private static func and(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
        guard let a else { return b }
        guard let b else { return a }
        precondition(a.count == b.count, "masks of different sizes")
        return zip(a, b).map { $0 && $1 }
    }
}
