/// A graph of integer vertices `0..<vertexCount` in compressed sparse row form.
///
/// Every algorithm in `GraphAlgorithms` runs on this type: adjacency is two flat arrays, so a
/// traversal touches contiguous memory and never hashes. Each adjacency slot remembers which input
/// edge produced it (`outEdge`/`inEdge`), so callers can map a result back to their own relations.
///
/// An undirected graph stores each edge in both endpoints' rows (a self-loop once) and its
/// in-adjacency is its out-adjacency. A directed graph stores out-rows and in-rows separately.
///
/// ```swift
/// let g = try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2)], directed: false)
/// g.neighbors(of: 1)   // [0, 2]
/// ```
public struct CSRGraph: Sendable, Equatable {
    /// Number of vertices; vertices are `0..<vertexCount`.
    public let vertexCount: Int
    /// Number of input edges (after merging, when the graph was built with `mergeParallel`).
    public let edgeCount: Int
    /// Whether edges are followed only from source to target.
    public let isDirected: Bool

    /// Row starts of the out-adjacency: the neighbours of `v` are `outTargets[outOffsets[v]..<outOffsets[v+1]]`.
    @usableFromInline package let outOffsets: [Int]
    /// Concatenated out-neighbour lists, each sorted ascending (ties by edge index).
    @usableFromInline package let outTargets: [Int32]
    /// For each out-slot, the index of the edge that produced it.
    @usableFromInline package let outEdge: [Int32]

    /// Row starts of the in-adjacency (equal to `outOffsets` when undirected).
    @usableFromInline package let inOffsets: [Int]
    /// Concatenated in-neighbour lists (equal to `outTargets` when undirected).
    @usableFromInline package let inSources: [Int32]
    /// For each in-slot, the index of the edge that produced it.
    @usableFromInline package let inEdge: [Int32]

    /// Source vertex of each edge, by edge index.
    public let edgeSource: [Int32]
    /// Target vertex of each edge, by edge index.
    public let edgeTarget: [Int32]
    /// Weight of each edge, by edge index (all 1 when built without weights).
    public let edgeWeight: [Double]
    /// Whether the graph was built with explicit weights.
    public let isWeighted: Bool
    /// Whether every weight is positive and finite, as searches reading weights as lengths
    /// need; found once at construction so each weighted call checks it in O(1).
    public let weightsArePositive: Bool

    /// How parallel edges (same endpoints, and same direction when directed) are treated.
    public enum ParallelEdges: Sendable {
        /// Keep every edge: a multigraph.
        case keep
        /// Merge into one edge with the smallest weight (shortest-path semantics).
        case mergeMinimumWeight
        /// Merge into one edge whose weight is the sum (NetworkX's multigraph-to-graph convention for weights).
        case mergeSummingWeights
        /// Merge into one edge keeping the first weight seen.
        case mergeKeepingFirst
    }

    /// Builds a graph from an edge list.
    ///
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must be below it.
    ///   - edges: `(source, target)` pairs.
    ///   - weights: one finite weight per edge, or `nil` for unit weights.
    ///   - directed: whether edges have a direction.
    ///   - parallel: what to do with repeated edges; edge indices refer to the merged list.
    /// - Throws: ``GraphArgumentError`` when `vertexCount` is negative, an endpoint lies outside
    ///   `0..<vertexCount`, `weights` does not have one entry per edge or a weight is not finite.
    /// - Complexity: O(V + E).
    public init(
        vertexCount: Int,
        edges: [(Int, Int)],
        weights: [Double]? = nil,
        directed: Bool,
        parallel: ParallelEdges = .keep
    ) throws(GraphArgumentError) {
        try Self.check(vertexCount: vertexCount, edgeCount: edges.count, weights: weights)
        for (e, ends) in edges.enumerated() {
            try Self.check(endpoint: ends.0, of: e, vertexCount: vertexCount)
            try Self.check(endpoint: ends.1, of: e, vertexCount: vertexCount)
        }
        self.init(unchecked: vertexCount, edges: edges, weights: weights, directed: directed, parallel: parallel)
    }

    /// Builds a graph from parallel arrays of endpoints, the form a loader fills without
    /// making a tuple per edge; otherwise as ``init(vertexCount:edges:weights:directed:parallel:)``.
    /// - Throws: ``GraphArgumentError`` as that initializer does, and when `sources` and
    ///   `targets` differ in length.
    /// - Complexity: O(V + E).
    public init(
        vertexCount: Int,
        sources edgeSources: [Int32],
        targets edgeTargets: [Int32],
        weights: [Double]? = nil,
        directed: Bool,
        parallel: ParallelEdges = .keep
    ) throws(GraphArgumentError) {
        if edgeTargets.count != edgeSources.count {
            throw .countMismatch(name: "targets", expected: edgeSources.count, actual: edgeTargets.count)
        }
        try Self.check(vertexCount: vertexCount, edgeCount: edgeSources.count, weights: weights)
        for e in edgeSources.indices {
            try Self.check(endpoint: Int(edgeSources[e]), of: e, vertexCount: vertexCount)
            try Self.check(endpoint: Int(edgeTargets[e]), of: e, vertexCount: vertexCount)
        }
        self.init(
            unchecked: vertexCount, sources: edgeSources, targets: edgeTargets,
            weights: weights, directed: directed, parallel: parallel)
    }

    /// The checks of the public initializers that do not depend on the edge form.
    private static func check(vertexCount: Int, edgeCount: Int, weights: [Double]?) throws(GraphArgumentError) {
        if vertexCount < 0 {
            throw .invalidParameter(name: "vertexCount", reason: "\(vertexCount) is negative")
        }
        if vertexCount > Int(Int32.max) {
            throw .invalidParameter(name: "vertexCount", reason: "\(vertexCount) vertices do not fit Int32 indices")
        }
        // Two adjacency slots per undirected edge, each indexed by Int32.
        if edgeCount >= Int(Int32.max) / 2 {
            throw .invalidParameter(name: "edges", reason: "\(edgeCount) edges do not fit Int32 slot indices")
        }
        guard let weights else { return }
        if weights.count != edgeCount {
            throw .countMismatch(name: "weights", expected: edgeCount, actual: weights.count)
        }
        if let e = weights.firstIndex(where: { !$0.isFinite }) {
            throw .unusableWeight(edge: e, weight: weights[e], need: "finite")
        }
    }

    private static func check(endpoint v: Int, of edge: Int, vertexCount: Int) throws(GraphArgumentError) {
        if v < 0 || v >= vertexCount {
            throw .vertexOutOfRange(name: "endpoint of edge \(edge)", vertex: v, vertexCount: vertexCount)
        }
    }

    /// Builds a graph from an edge list a caller has already checked (see
    /// ``init(unchecked:sources:targets:weights:directed:parallel:)``).
    package init(
        unchecked vertexCount: Int, edges: [(Int, Int)], weights: [Double]? = nil,
        directed: Bool, parallel: ParallelEdges = .keep
    ) {
        self.init(
            unchecked: vertexCount, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
            weights: weights, directed: directed, parallel: parallel)
    }

    /// Builds a graph from arrays a caller has already checked: the same count of sources,
    /// targets and (when given) weights, every endpoint in `0..<vertexCount`. `RelationGraph`'s
    /// loaders validate their input and use this to skip a second pass over a million edges.
    /// - Complexity: O(V + E).
    package init(
        unchecked vertexCount: Int,
        sources edgeSources: [Int32],
        targets edgeTargets: [Int32],
        weights: [Double]? = nil,
        directed: Bool,
        parallel: ParallelEdges = .keep
    ) {
        assert(edgeSources.count == edgeTargets.count && (weights == nil || weights!.count == edgeSources.count))
        var sources: [Int32] = []
        var targets: [Int32] = []
        var edgeWeights: [Double] = []

        if case .keep = parallel {
            sources = edgeSources
            targets = edgeTargets
            edgeWeights = weights ?? [Double](repeating: 1, count: edgeSources.count)
        } else {
            (sources, targets, edgeWeights) = Self.merged(
                vertexCount, edgeSources, edgeTargets, weights, directed: directed, rule: parallel)
        }

        self.vertexCount = vertexCount
        self.edgeCount = sources.count
        self.isDirected = directed
        self.edgeSource = sources
        self.edgeTarget = targets
        self.edgeWeight = edgeWeights
        self.isWeighted = weights != nil
        self.weightsArePositive = edgeWeights.allSatisfy { $0 > 0 && $0.isFinite }

        if directed {
            (outOffsets, outTargets, outEdge) = Self.rows(vertexCount, from: sources, to: targets, bothWays: false)
            (inOffsets, inSources, inEdge) = Self.rows(vertexCount, from: targets, to: sources, bothWays: false)
        } else {
            (outOffsets, outTargets, outEdge) = Self.rows(vertexCount, from: sources, to: targets, bothWays: true)
            (inOffsets, inSources, inEdge) = (outOffsets, outTargets, outEdge)
        }
    }

    /// Parallel edges merged, in order of first appearance, each kept with its first
    /// occurrence's orientation and the weight `rule` makes of the whole group (combined in input
    /// order). Two stable counting sorts by endpoint bring each group together, so merging takes
    /// O(V + E) time and 4 bytes per edge, where a hash table of pairs took ten times the memory.
    private static func merged(
        _ n: Int, _ from: [Int32], _ to: [Int32], _ weights: [Double]?, directed: Bool, rule: ParallelEdges
    ) -> ([Int32], [Int32], [Double]) {
        let m = from.count
        @inline(__always) func ends(_ e: Int) -> (Int, Int) {
            let a = Int(from[e]), b = Int(to[e])
            return !directed && a > b ? (b, a) : (a, b)
        }
        // By second endpoint, then stably by first: groups are contiguous, each in input order.
        var cursor = [Int](repeating: 0, count: n + 1)
        for e in 0..<m { cursor[ends(e).1 + 1] += 1 }
        for v in 0..<n { cursor[v + 1] += cursor[v] }
        var bySecond = [Int32](repeating: 0, count: m)
        for e in 0..<m {
            let b = ends(e).1
            bySecond[cursor[b]] = Int32(e); cursor[b] += 1
        }
        for v in 0...n { cursor[v] = 0 }
        for e in 0..<m { cursor[ends(e).0 + 1] += 1 }
        for v in 0..<n { cursor[v + 1] += cursor[v] }
        var grouped = [Int32](repeating: 0, count: m)
        for e in bySecond {
            let a = ends(Int(e)).0
            grouped[cursor[a]] = e; cursor[a] += 1
        }
        bySecond = []
        cursor = []
        // Each group's first edge leads it; `leader[e]` is the first edge of e's group.
        var leader = [Int32](repeating: 0, count: m)
        var k = 0
        while k < m {
            let first = grouped[k]
            let key = ends(Int(first))
            var j = k
            while j < m && ends(Int(grouped[j])) == key { leader[Int(grouped[j])] = first; j += 1 }
            k = j
        }
        grouped = []
        var sources: [Int32] = [], targets: [Int32] = [], merged: [Double] = []
        var count = 0
        // Merged edges are numbered by their leaders' input order; `leader` is reused to map
        // every edge to its merged index.
        for e in 0..<m where Int(leader[e]) == e { count += 1 }
        sources.reserveCapacity(count); targets.reserveCapacity(count); merged.reserveCapacity(count)
        for e in 0..<m {
            let l = Int(leader[e])
            let w = weights?[e] ?? 1
            if l == e {
                leader[e] = Int32(sources.count)
                sources.append(from[e]); targets.append(to[e]); merged.append(w)
            } else {
                let at = Int(leader[l])  // the leader came first, so it already holds its merged index
                switch rule {
                case .mergeMinimumWeight: merged[at] = min(merged[at], w)
                case .mergeSummingWeights: merged[at] += w
                case .mergeKeepingFirst, .keep: break
                }
                leader[e] = Int32(at)
            }
        }
        return (sources, targets, merged)
    }

    /// Rows sorted by (neighbour, edge index). One counting sort places every slot in its row as
    /// a packed key, `neighbour << 32 | edge`, read from the edge arrays in order; each row is then
    /// sorted on its own keys, which lie together in cache. Sorted rows make every traversal
    /// order, and so every tie-break, deterministic. Two counting sorts over slot arrays (the
    /// previous build) waited on five cache misses per slot; this one scatters once.
    private static func rows(
        _ n: Int, from: [Int32], to: [Int32], bothWays: Bool
    ) -> ([Int], [Int32], [Int32]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        from.withUnsafeBufferPointer { a in
            to.withUnsafeBufferPointer { b in
                offsets.withUnsafeMutableBufferPointer { count in
                    for i in 0..<a.count {
                        count[Int(a[i]) + 1] += 1
                        if bothWays && a[i] != b[i] { count[Int(b[i]) + 1] += 1 }
                    }
                    for v in 0..<n { count[v + 1] += count[v] }
                }
            }
        }
        let total = offsets[n]
        let keys = [UInt64](unsafeUninitializedCapacity: total) { key, initialized in
            var cursor = offsets
            from.withUnsafeBufferPointer { a in
                to.withUnsafeBufferPointer { b in
                    cursor.withUnsafeMutableBufferPointer { next in
                        for i in 0..<a.count {
                            let (u, v) = (Int(a[i]), Int(b[i]))
                            key[next[u]] = UInt64(UInt32(v)) << 32 | UInt64(UInt32(i))
                            next[u] += 1
                            if bothWays && u != v {
                                key[next[v]] = UInt64(UInt32(u)) << 32 | UInt64(UInt32(i))
                                next[v] += 1
                            }
                        }
                    }
                }
            }
            for v in 0..<n { sortRow(UnsafeMutableBufferPointer(rebasing: key[offsets[v]..<offsets[v + 1]])) }
            initialized = total
        }
        let adj = [Int32](unsafeUninitializedCapacity: total) { out, initialized in
            for k in 0..<total { out[k] = Int32(truncatingIfNeeded: keys[k] >> 32) }
            initialized = total
        }
        let eid = [Int32](unsafeUninitializedCapacity: total) { out, initialized in
            for k in 0..<total { out[k] = Int32(truncatingIfNeeded: keys[k] & 0xFFFF_FFFF) }
            initialized = total
        }
        return (offsets, adj, eid)
    }

    /// Sorts one row's keys: insertion sort for the short rows that most vertices have (already
    /// nearly in order when edges were listed by endpoint), the standard sort for hubs.
    private static func sortRow(_ row: UnsafeMutableBufferPointer<UInt64>) {
        guard row.count > 32 else {
            for i in row.indices.dropFirst() {
                let x = row[i]
                var j = i
                while j > 0 && row[j - 1] > x { row[j] = row[j - 1]; j -= 1 }
                row[j] = x
            }
            return
        }
        var hub = row
        hub.sort()
    }

    /// The out-neighbours of `v` (all neighbours when undirected), ascending.
    /// - Complexity: O(1) to form the slice.
    @inlinable
    public func neighbors(of v: Int) -> ArraySlice<Int32> {
        outTargets[outOffsets[v]..<outOffsets[v + 1]]
    }

    /// The in-neighbours of `v` (all neighbours when undirected), ascending.
    /// - Complexity: O(1) to form the slice.
    @inlinable
    public func inNeighbors(of v: Int) -> ArraySlice<Int32> {
        inSources[inOffsets[v]..<inOffsets[v + 1]]
    }

    /// Out-degree of `v` (degree when undirected; a self-loop counts once here).
    @inlinable
    public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }

    /// In-degree of `v` (degree when undirected).
    @inlinable
    public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }

    /// The same edges with direction forgotten.
    /// - Complexity: O(V + E log d).
    public func undirected(parallel: ParallelEdges = .keep) -> CSRGraph {
        CSRGraph(
            unchecked: vertexCount, sources: edgeSource, targets: edgeTarget,
            weights: isWeighted ? edgeWeight : nil,
            directed: false,
            parallel: parallel
        )
    }

    public static func == (a: CSRGraph, b: CSRGraph) -> Bool {
        a.vertexCount == b.vertexCount && a.isDirected == b.isDirected
            && a.edgeSource == b.edgeSource && a.edgeTarget == b.edgeTarget
            && a.edgeWeight == b.edgeWeight
    }
}
