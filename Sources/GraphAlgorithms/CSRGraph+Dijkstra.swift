// Minimum-weight paths (Dijkstra 1959, "A note on two problems in connexion with graphs").
//
// Tie rule: among the minimum-weight paths, the one whose vertex sequence is lexicographically
// smallest by vertex index; between parallel edges, the allowed edge of smallest weight, then of
// smallest index. Weights must be positive and finite. Two path weights closer than a relative
// 1e-9 count as equal, so sums such as 0.1 + 0.2 and 0.3 tie as a person would expect.

extension PathSearcher {
    /// Runs Dijkstra's algorithm *towards* `target` (against edge direction) until `source` is
    /// settled, leaving each settled vertex's distance to the target in the weighted buffer.
    /// Returns whether `source` was reached.
    ///
    /// Vertices the mask does not allow are reached but not expanded.
    func settleDistancesToTarget(_ target: Int, from source: Int, mask: TraversalMask) -> Bool {
        nextGeneration()
        let gen = generation
        let g = graph
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        heap.removeAll()
        backwardStamp[target] = gen
        weightedDistance[target] = 0
        heap.push(key: 0, vertex: target)
        while let (d, u) = heap.popMin() {
            if settledStamp[u] == gen || d > weightedDistance[u] { continue }
            settledStamp[u] = gen
            if u == source { return true }
            if u != target, let vertexOK, !vertexOK[u] { continue }
            for k in g.inOffsets[u]..<g.inOffsets[u + 1] {
                let e = Int(g.inEdge[k])
                if let edgeOK, !edgeOK[e] { continue }
                let y = Int(g.inSources[k])
                if settledStamp[y] == gen { continue }
                let nd = d + g.edgeWeight[e]
                if backwardStamp[y] != gen || nd < weightedDistance[y] {
                    backwardStamp[y] = gen
                    weightedDistance[y] = nd
                    heap.push(key: nd, vertex: y)
                }
            }
        }
        return false
    }

    /// Whether the hop `x -> y` over edge `e` lies on a minimum-weight path to the target, given
    /// the settled distances.
    @inline(__always)
    func continuesMinimumPath(from x: Int, to y: Int, edge e: Int) -> Bool {
        guard settledStamp[y] == generation else { return false }
        let total = weightedDistance[x]
        // Strictly closer to the target: true for positive weights, and it keeps the walk from
        // looping should a caller pass zero weights against the documented requirement.
        guard weightedDistance[y] < total else { return false }
        let viaY = graph.edgeWeight[e] + weightedDistance[y]
        return abs(viaY - total) <= 1e-9 * Swift.max(1, total)
    }

    /// A minimum-weight path from `source` to `target` by Dijkstra's algorithm, or `nil`.
    ///
    /// Dijkstra runs from the target against edge direction and stops once the source is settled;
    /// the path is then read forwards from the source, taking at each step the smallest vertex
    /// that stays on a minimum-weight path (see the file's tie rule).
    ///
    /// - Complexity: O((V + E) log V) in the worst case, usually far less since the search stops
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size,
    ///   or a weight that is not positive and finite.
    /// - Complexity: O((V + E) log V) in the worst case, usually far less since the search stops
    ///   at the source.
    public func minimumWeightPath(from source: Int, to target: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> GraphPath? {
        try graph.check(source: source, target: target, mask: mask)
        try graph.checkLengths()
        return findMinimumWeightPath(from: source, to: target, mask: mask)
    }

    /// ``minimumWeightPath(from:to:mask:)`` for arguments already checked.
    func findMinimumWeightPath(from source: Int, to target: Int, mask: TraversalMask) -> GraphPath? {
        if source == target { return GraphPath(staying: source) }
        guard settleDistancesToTarget(target, from: source, mask: mask) else { return nil }
        return enumerateMinimumWeightPaths(from: source, to: target, mask: mask, limit: 1).paths.first
    }

    /// Every minimum-weight path from `source` to `target`, up to `limit`, in lexicographic order
    /// of their vertex sequences (distinct as vertex sequences).
    /// - Complexity: O((V + E) log V + P·L·d) for P paths of length L.
    /// - Throws: as ``minimumWeightPath(from:to:mask:)``, and for a negative `limit`.
    public func allMinimumWeightPaths(
        from source: Int, to target: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try graph.check(source: source, target: target, mask: mask)
        try graph.checkLengths()
        try checkLimit(limit)
        if source == target {
            return BoundedPaths(paths: [GraphPath(staying: source)], isTruncated: false)
        }
        guard settleDistancesToTarget(target, from: source, mask: mask) else {
            return BoundedPaths.none
        }
        return enumerateMinimumWeightPaths(from: source, to: target, mask: mask, limit: limit)
    }

    /// Depth-first walk from the source over hops that stay on minimum-weight paths.
    /// Dead ends (possible only through rounding at the tolerance) are marked and skipped.
    private func enumerateMinimumWeightPaths(
        from source: Int, to target: Int, mask: TraversalMask, limit: Int
    ) -> BoundedPaths {
        let gen = generation
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        var paths: [GraphPath] = []
        var truncated = false
        var stack = PathStack(from: source, along: outRows)
        var completedBelow = [0]   // paths completed below each stack entry, for dead-end marks
        while let x = stack.vertices.last {
            let i = stack.depth
            if x == target {
                if paths.count == limit { truncated = true; break }
                paths.append(path(through: stack.vertices, mask: mask, byWeight: true))
                stack.pop()
                completedBelow.removeLast()
                completedBelow[i - 1] += 1
                continue
            }
            let next = stack.advance { y, e in
                if let edgeOK, !edgeOK[e] { return false }
                if let vertexOK, !vertexOK[y], y != target { return false }
                if deadStamp[y] == gen { return false }
                return continuesMinimumPath(from: x, to: y, edge: e)
            }
            if next != nil {
                completedBelow.append(0)
                continue
            }
            let found = completedBelow[i]
            if found == 0 { deadStamp[x] = gen }
            stack.pop()
            completedBelow.removeLast()
            if i > 0 { completedBelow[i - 1] += found }
        }
        return BoundedPaths(paths: paths, isTruncated: truncated)
    }
}

extension CSRGraph {
    /// A minimum-weight path (see ``PathSearcher/minimumWeightPath(from:to:mask:)``).
    ///
    /// Allocates a ``PathSearcher``; for many queries on one graph, keep a searcher instead.
    public func minimumWeightPath(from source: Int, to target: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> GraphPath? {
        try PathSearcher(graph: self).minimumWeightPath(from: source, to: target, mask: mask)
    }

    /// Every minimum-weight path, up to `limit` (see ``PathSearcher/allMinimumWeightPaths(from:to:mask:limit:)``).
    public func allMinimumWeightPaths(
        from source: Int, to target: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try PathSearcher(graph: self).allMinimumWeightPaths(from: source, to: target, mask: mask, limit: limit)
    }
}
