// The k shortest simple paths: Yen, J. Y. (1971). "Finding the k shortest loopless paths in a
// network". Management Science 17(11): 712-716.
//
// Order: by cost (hop count, or total weight for weighted searches), ties by the vertex sequence
// in lexicographic order. Paths are distinct as vertex sequences.

/// What a path search minimises.
public enum PathCost: Sendable {
    /// The number of hops.
    case hops
    /// The sum of edge weights (positive, finite).
    case weight
}

extension PathSearcher {
    /// One shortest path under `cost`.
    @usableFromInline
    func bestPath(from source: Int, to target: Int, mask: TraversalMask, cost: PathCost) -> GraphPath? {
        switch cost {
        case .hops: findShortestPath(from: source, to: target, mask: mask)
        case .weight: findMinimumWeightPath(from: source, to: target, mask: mask)
        }
    }

    /// The first `k` shortest simple paths from `source` to `target` (Yen's algorithm).
    ///
    /// Each new path deviates from an earlier one at a *spur* vertex: the part before the spur is
    /// kept, the edges earlier paths took out of the spur along the same prefix are forbidden, the
    /// prefix's vertices are blocked, and a shortest path from the spur completes the candidate.
    /// The cheapest candidate (ties: lexicographically smallest vertex sequence) becomes the next
    /// path. The forbidden edges and vertices are written into one working copy of `mask`, so the
    /// graph itself is never copied.
    ///
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size,
    ///   a negative `k`, or (with `cost: .weight`) a weight that is not positive and finite.
    /// - Complexity: O(k·L) shortest-path searches for paths of up to L hops.
    public func kShortestPaths(
        from source: Int, to target: Int, k: Int, mask: TraversalMask = .all, cost: PathCost = .hops
    ) throws(GraphArgumentError) -> [GraphPath] {
        try graph.check(source: source, target: target, mask: mask)
        if k < 0 { throw .invalidParameter(name: "k", reason: "\(k) paths; the count must not be negative") }
        if case .weight = cost { try graph.checkLengths() }
        guard k > 0, let first = bestPath(from: source, to: target, mask: mask, cost: cost) else { return [] }
        if source == target { return [first] }
        let g = graph
        var working = mask
        if working.allowedEdges == nil { working.allowedEdges = [Bool](repeating: true, count: g.edgeCount) }
        if working.allowedIntermediates == nil { working.allowedIntermediates = [Bool](repeating: true, count: g.vertexCount) }

        func costOf(_ p: GraphPath) -> Double { cost == .hops ? Double(p.length) : p.weight }
        func precedes(_ a: GraphPath, _ b: GraphPath) -> Bool {
            let ca = costOf(a), cb = costOf(b)
            if ca != cb { return ca < cb }
            return a.vertices.lexicographicallyPrecedes(b.vertices)
        }

        var accepted = [first]
        var seen: Set<[Int]> = [first.vertices]
        var candidates: [GraphPath] = []
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for i in 0..<(previous.vertices.count - 1) {
                let spur = previous.vertices[i]
                let root = previous.vertices[0...i]
                var forbiddenEdges: [Int] = []
                for p in accepted where p.vertices.count > i + 1 && p.vertices[0...i] == root {
                    let next = p.vertices[i + 1]
                    // Forbid every parallel edge spur -> next: paths differ by vertices, not edges.
                    for slot in g.outOffsets[spur]..<g.outOffsets[spur + 1] where Int(g.outTargets[slot]) == next {
                        let e = Int(g.outEdge[slot])
                        if working.allowedEdges![e] {
                            working.allowedEdges![e] = false
                            forbiddenEdges.append(e)
                        }
                    }
                }
                var blocked: [Int] = []
                for v in root.dropLast() where working.allowedIntermediates![v] {
                    working.allowedIntermediates![v] = false
                    blocked.append(v)
                }
                // The root's vertices are blocked, so root + spur path is simple.
                if let spurPath = bestPath(from: spur, to: target, mask: working, cost: cost) {
                    let vertices = Array(root) + spurPath.vertices.dropFirst()
                    if !seen.contains(vertices) {
                        let edges = Array(previous.edges[0..<i]) + spurPath.edges
                        let weight = edges.reduce(0.0) { $0 + g.edgeWeight[$1] }
                        candidates.append(GraphPath(found: vertices, edges: edges, weight: weight))
                        seen.insert(vertices)
                    }
                }
                for e in forbiddenEdges { working.allowedEdges![e] = true }
                for v in blocked { working.allowedIntermediates![v] = true }
            }
            guard !candidates.isEmpty else { break }
            var best = 0
            for j in 1..<candidates.count where precedes(candidates[j], candidates[best]) { best = j }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }
}

extension CSRGraph {
    /// The first `k` shortest simple paths (see ``PathSearcher/kShortestPaths(from:to:k:mask:cost:)``).
    public func kShortestPaths(
        from source: Int, to target: Int, k: Int, mask: TraversalMask = .all, cost: PathCost = .hops
    ) throws(GraphArgumentError) -> [GraphPath] {
        try PathSearcher(graph: self).kShortestPaths(from: source, to: target, k: k, mask: mask, cost: cost)
    }
}
