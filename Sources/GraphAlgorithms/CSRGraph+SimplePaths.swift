// All simple paths up to a hop limit, shortest first, with a bound on how many are returned.

extension PathSearcher {
    /// Simple paths from `source` to `target` with at most `maxHops` hops, up to `limit` of them.
    ///
    /// The number of simple paths grows exponentially with the hop limit, so the enumeration is
    /// bounded: it stops after `limit` paths and reports ``BoundedPaths/isTruncated``. Paths come
    /// shortest first, and within one length in lexicographic order of their vertex sequences, so
    /// a truncated answer keeps the shortest paths. Paths are distinct as vertex sequences.
    ///
    /// A backward BFS from the target first gives every vertex its hop distance to the target;
    /// the depth-first enumeration (one pass per length) never enters a vertex from which the
    /// target is out of reach in the hops left, which prunes most dead branches.
    ///
    /// - Complexity: O(maxHops · (V + E)) per path found in the worst case; output-sensitive in
    ///   practice thanks to the distance pruning.
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph, a mask of the wrong size,
    ///   or a negative `maxHops` or `limit`.
    public func simplePaths(
        from source: Int, to target: Int, maxHops: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try graph.check(source: source, target: target, mask: mask)
        if maxHops < 0 { throw .invalidParameter(name: "maxHops", reason: "\(maxHops) is negative") }
        try checkLimit(limit)
        if source == target {
            return BoundedPaths(paths: [GraphPath(staying: source)], isTruncated: false)
        }
        _ = distances(from: target, maxDepth: maxHops, mask: mask, direction: .backward)
        let gen = generation
        guard backwardStamp[source] == gen else { return BoundedPaths.none }
        let g = graph
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        var onPath = [Bool](repeating: false, count: g.vertexCount)
        var paths: [GraphPath] = []

        for length in Int(backwardDistance[source])...maxHops {
            var stack = PathStack(from: source, along: outRows, capacity: length + 1)
            onPath[source] = true
            while let x = stack.vertices.last {
                let i = stack.depth
                if x == target {
                    if i == length {
                        if paths.count == limit {
                            return BoundedPaths(paths: paths, isTruncated: true)
                        }
                        paths.append(path(through: stack.vertices, mask: mask, byWeight: false))
                    }
                    onPath[x] = false
                    stack.pop()
                    continue
                }
                let hopsLeft = length - i
                let next = stack.advance { y, e in
                    if onPath[y] { return false }
                    if backwardStamp[y] != gen || Int(backwardDistance[y]) > hopsLeft - 1 { return false }
                    if let edgeOK, !edgeOK[e] { return false }
                    if let vertexOK, !vertexOK[y], y != target { return false }
                    return true
                }
                if let next {
                    onPath[next] = true
                } else {
                    onPath[x] = false
                    stack.pop()
                }
            }
        }
        return BoundedPaths(paths: paths, isTruncated: false)
    }
}

extension CSRGraph {
    /// Simple paths up to `maxHops` hops, shortest first (see ``PathSearcher/simplePaths(from:to:maxHops:mask:limit:)``).
    public func simplePaths(
        from source: Int, to target: Int, maxHops: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try PathSearcher(graph: self).simplePaths(from: source, to: target, maxHops: maxHops, mask: mask, limit: limit)
    }
}
