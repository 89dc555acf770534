/// Reusable working memory for path queries on one ``CSRGraph``.
///
/// A search needs per-vertex distances, "visited" marks and queues. Allocating and clearing them
/// for every query costs O(V) each time, which dominates when a bidirectional search touches only
/// a few hundred vertices of a 100,000-vertex graph. A `PathSearcher` allocates them once and
/// marks vertices with a *generation stamp*: a vertex counts as visited in the current query only
/// when its stamp equals the current generation, so starting a new query is one increment.
///
/// A searcher is not thread-safe; give each thread its own (they are cheap next to the graph).
///
/// ```swift
/// let searcher = PathSearcher(graph: g)
/// for (s, t) in pairs { _ = searcher.shortestPath(from: s, to: t) }
/// ```
public final class PathSearcher {
    /// The graph every query of this searcher runs on.
    public let graph: CSRGraph

    /// One direction of the graph's adjacency, held apart so a query copies three array
    /// references instead of the whole graph value (whose dozen arrays each cost a retain).
    @usableFromInline struct Rows: Sendable {
        @usableFromInline let offsets: [Int]
        @usableFromInline let neighbours: [Int32]
        @usableFromInline let edges: [Int32]
    }
    @usableFromInline let outRows: Rows
    @usableFromInline let inRows: Rows

    @usableFromInline let n: Int
    @usableFromInline var generation: UInt32 = 0

    // Forward side (from the source): stamp, hop distance.
    @usableFromInline let forwardStamp: UnsafeMutablePointer<UInt32>
    @usableFromInline let forwardDistance: UnsafeMutablePointer<Int32>
    @usableFromInline let forwardQueue: UnsafeMutablePointer<Int32>
    // Backward side (towards the target).
    @usableFromInline let backwardStamp: UnsafeMutablePointer<UInt32>
    @usableFromInline let backwardDistance: UnsafeMutablePointer<Int32>
    @usableFromInline let backwardQueue: UnsafeMutablePointer<Int32>
    // Vertices proved useless while reconstructing or enumerating paths.
    @usableFromInline let deadStamp: UnsafeMutablePointer<UInt32>
    // Weighted searches.
    @usableFromInline let weightedDistance: UnsafeMutablePointer<Double>
    @usableFromInline let settledStamp: UnsafeMutablePointer<UInt32>
    @usableFromInline var heap = PathHeap()
    // The forward level at which the last bidirectional search met the backward side.
    @usableFromInline var lastForwardLevel = 0
    // Whether the backward side's last level was complete when the two sides met.
    @usableFromInline var backwardLevelComplete = true

    /// Creates a searcher for `graph`.
    /// - Complexity: O(V) to allocate the buffers.
    public init(graph: CSRGraph) {
        self.graph = graph
        outRows = Rows(offsets: graph.outOffsets, neighbours: graph.outTargets, edges: graph.outEdge)
        inRows = Rows(offsets: graph.inOffsets, neighbours: graph.inSources, edges: graph.inEdge)
        let n = Swift.max(graph.vertexCount, 1)
        self.n = n
        func buffer<T>(_ value: T) -> UnsafeMutablePointer<T> { .workspace(count: n, filledWith: value) }
        forwardStamp = buffer(0)
        forwardDistance = buffer(0)
        forwardQueue = buffer(0)
        backwardStamp = buffer(0)
        backwardDistance = buffer(0)
        backwardQueue = buffer(0)
        deadStamp = buffer(0)
        weightedDistance = buffer(0)
        settledStamp = buffer(0)
    }

    deinit {
        for p in [forwardStamp, backwardStamp, deadStamp, settledStamp] { p.deallocate() }
        for p in [forwardDistance, forwardQueue, backwardDistance, backwardQueue] { p.deallocate() }
        weightedDistance.deallocate()
    }

    /// Throws for a negative bound on how many paths an enumeration returns.
    func checkLimit(_ limit: Int) throws(GraphArgumentError) {
        if limit < 0 { throw .invalidParameter(name: "limit", reason: "\(limit) is negative") }
    }

    /// Starts a new query: every stamp from earlier queries becomes stale.
    @usableFromInline
    func nextGeneration() {
        if generation == UInt32.max {
            for p in [forwardStamp, backwardStamp, deadStamp, settledStamp] {
                p.update(repeating: 0, count: n)
            }
            generation = 0
        }
        generation &+= 1
    }


    /// The edge used for the hop `x -> y`: the allowed edge of smallest weight (when `byWeight`),
    /// then smallest index, among the parallel edges from `x` to `y`; `nil` when none is allowed.
    /// - Throws: ``GraphArgumentError`` when `x` or `y` is not a vertex or the mask has the wrong size.
    /// - Complexity: O(log d + p) for out-degree d and p parallel edges.
    public func bestEdge(
        from x: Int, to y: Int, mask: TraversalMask = .all, byWeight: Bool = false
    ) throws(GraphArgumentError) -> Int? {
        try graph.check(source: x, target: y, mask: mask)
        return edge(from: x, to: y, mask: mask, byWeight: byWeight)
    }

    /// ``bestEdge(from:to:mask:byWeight:)`` for arguments already checked.
    @usableFromInline
    func edge(from x: Int, to y: Int, mask: TraversalMask, byWeight: Bool) -> Int? {
        let rows = outRows
        var lo = rows.offsets[x], hi = rows.offsets[x + 1]
        let end = hi
        let target = Int32(y)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if rows.neighbours[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        var best: Int? = nil
        var k = lo
        while k < end && rows.neighbours[k] == target {
            let e = Int(rows.edges[k])
            if mask.allows(edge: e) {
                if let b = best {
                    if byWeight && graph.edgeWeight[e] < graph.edgeWeight[b] { best = e }
                } else {
                    best = e
                    if !byWeight { break }
                }
            }
            k += 1
        }
        return best
    }

    /// Whether a hop to `y` along edge `e` stays on a shortest path to `target`, read from the
    /// last backward search (stamp `gen`): `y` is one hop closer than the `remaining` distance,
    /// the edge is allowed, and `y` may stand in the middle of a path (or is the target).
    @inlinable @inline(__always)
    func stepsCloser(
        to y: Int, edge e: Int, remaining: Int, target: Int, gen: UInt32, edgeOK: [Bool]?, vertexOK: [Bool]?
    ) -> Bool {
        if backwardStamp[y] != gen || Int(backwardDistance[y]) != remaining - 1 { return false }
        if let edgeOK, !edgeOK[e] { return false }
        if let vertexOK, !vertexOK[y], y != target { return false }
        return true
    }

    /// Builds a ``GraphPath`` from a vertex sequence, choosing each hop's edge with ``bestEdge(from:to:mask:byWeight:)``.
    @usableFromInline
    func path(through vertices: [Int], mask: TraversalMask, byWeight: Bool) -> GraphPath {
        var edges: [Int] = []
        edges.reserveCapacity(vertices.count)
        var weight = 0.0
        let weights = graph.edgeWeight
        for i in 0..<(vertices.count - 1) {
            // Every hop of a path a search found is an allowed edge, so one exists.
            guard let e = edge(from: vertices[i], to: vertices[i + 1], mask: mask, byWeight: byWeight) else {
                preconditionFailure("a found path hops along allowed edges")
            }
            edges.append(e)
            weight += weights[e]
        }
        return GraphPath(found: vertices, edges: edges, weight: weight)
    }
}
