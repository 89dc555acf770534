// Hop-count path searches: bidirectional BFS for one shortest path, a bounded BFS for distances
// and neighbourhoods, and the enumeration of every shortest path.
//
// Tie rule (all hop searches): among the shortest paths, the one whose vertex sequence is
// lexicographically smallest by vertex index; between parallel edges, the allowed edge of
// smallest index. The rule is a property of the answer, not of the search order, so a
// bidirectional search and a plain BFS return the same path.

/// Which adjacency a search walks.
public enum SearchDirection: Sendable {
    /// Along edges (out-neighbours; all neighbours in an undirected graph).
    case forward
    /// Against edges (in-neighbours; all neighbours in an undirected graph).
    case backward
}

extension PathSearcher {
    /// A shortest path by hop count from `source` to `target`, or `nil` when none exists.
    ///
    /// Runs a bidirectional breadth-first search that expands, one whole level at a time, the side
    /// whose frontier has the smaller total degree, and stops at the first level where the two
    /// sides meet. The path is then read off the two search balls so that it is the
    /// lexicographically smallest shortest path (see the file's tie rule).
    ///
    /// Intermediate vertices must be allowed by `mask`; the source and target always are.
    ///
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size.
    /// - Complexity: O(V + E) in the worst case; on small-world graphs typically O(√E)-ish,
    ///   the edges of two balls of half the distance. No allocation beyond the returned path.
    public func shortestPath(from source: Int, to target: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> GraphPath? {
        try graph.check(source: source, target: target, mask: mask)
        return findShortestPath(from: source, to: target, mask: mask)
    }

    /// ``shortestPath(from:to:mask:)`` for arguments already checked.
    func findShortestPath(from source: Int, to target: Int, mask: TraversalMask) -> GraphPath? {
        guard let d = meetInTheMiddle(from: source, to: target, mask: mask, completingBackwardLevel: true) else { return nil }
        if d == 0 { return GraphPath(staying: source) }
        guard let vertices = lexicographicallySmallestPath(from: source, to: target, length: d, mask: mask) else {
            return nil
        }
        return path(through: vertices, mask: mask, byWeight: false)
    }

    /// The hop distance from `source` to `target` (bidirectional BFS), or `nil` when unreachable.
    ///
    /// After it returns, the searcher's forward and backward buffers hold the two search balls of
    /// this query; ``shortestPath(from:to:mask:)`` reads the path from them.
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size.
    /// - Complexity: as ``shortestPath(from:to:mask:)``.
    public func hopDistance(from source: Int, to target: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> Int? {
        try graph.check(source: source, target: target, mask: mask)
        return meetInTheMiddle(from: source, to: target, mask: mask, completingBackwardLevel: false)
    }

    /// The bidirectional search behind ``hopDistance(from:to:mask:)``.
    ///
    /// With `completingBackwardLevel`, a meeting found while expanding the backward side lets that
    /// level finish first, so the backward ball ends on a complete level; reading the path then
    /// never has to scan the rows of forward vertices that lead nowhere.
    func meetInTheMiddle(from source: Int, to target: Int, mask: TraversalMask, completingBackwardLevel: Bool) -> Int? {
        if source == target { return 0 }
        nextGeneration()
        let gen = generation
        let out = outRows, inn = inRows
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates

        forwardStamp[source] = gen
        forwardDistance[source] = 0
        forwardQueue[0] = Int32(source)
        backwardStamp[target] = gen
        backwardDistance[target] = 0
        backwardQueue[0] = Int32(target)
        var fStart = 0, fEnd = 1, fTail = 1, fLevel: Int32 = 0
        var bStart = 0, bEnd = 1, bTail = 1, bLevel: Int32 = 0
        var fCost = out.offsets[source + 1] - out.offsets[source]
        var bCost = inn.offsets[target + 1] - inn.offsets[target]

        // Each step expands one whole level of one side. The first vertex found by both sides
        // fixes the distance: if the sides had levels 0..<a and 0...b complete when it was found
        // at forward level a, no shorter path exists (its vertex at position a - 1 would lie in
        // both balls and would have met earlier), and the meeting vertex is at backward level b.
        while fStart < fEnd && bStart < bEnd {
            if fCost <= bCost {
                fLevel += 1
                fCost = 0
                for q in fStart..<fEnd {
                    let u = Int(forwardQueue[q])
                    for k in out.offsets[u]..<out.offsets[u + 1] {
                        let y = Int(out.neighbours[k])
                        if forwardStamp[y] == gen { continue }
                        if let edgeOK, !edgeOK[Int(out.edges[k])] { continue }
                        if let vertexOK, !vertexOK[y], y != target { continue }
                        forwardStamp[y] = gen
                        forwardDistance[y] = fLevel
                        forwardQueue[fTail] = Int32(y)
                        fTail += 1
                        fCost &+= out.offsets[y + 1] - out.offsets[y]
                        if backwardStamp[y] == gen {
                            // The first meeting fixes the distance (see below); stop at once.
                            lastForwardLevel = Int(fLevel)
                            backwardLevelComplete = true
                            return Int(fLevel + backwardDistance[y])
                        }
                    }
                }
                fStart = fEnd
                fEnd = fTail
            } else {
                bLevel += 1
                bCost = 0
                var meeting: Int32? = nil
                for q in bStart..<bEnd {
                    let u = Int(backwardQueue[q])
                    for k in inn.offsets[u]..<inn.offsets[u + 1] {
                        let y = Int(inn.neighbours[k])
                        if backwardStamp[y] == gen { continue }
                        if let edgeOK, !edgeOK[Int(inn.edges[k])] { continue }
                        if let vertexOK, !vertexOK[y], y != source { continue }
                        backwardStamp[y] = gen
                        backwardDistance[y] = bLevel
                        backwardQueue[bTail] = Int32(y)
                        bTail += 1
                        bCost &+= inn.offsets[y + 1] - inn.offsets[y]
                        if forwardStamp[y] == gen && meeting == nil {
                            meeting = bLevel + forwardDistance[y]
                            if !completingBackwardLevel {
                                lastForwardLevel = Int(fLevel)
                                backwardLevelComplete = false
                                return Int(meeting!)
                            }
                        }
                    }
                }
                if let meeting {
                    lastForwardLevel = Int(fLevel)
                    backwardLevelComplete = true
                    return Int(meeting)
                }
                bStart = bEnd
                bEnd = bTail
            }
        }
        return nil
    }

    /// Reads the lexicographically smallest shortest path out of the two balls left by
    /// ``hopDistance(from:to:mask:)``.
    ///
    /// A vertex `y` can stand at position `i` of a shortest path when the backward ball knows it at
    /// distance `length - i`, or, inside the forward ball only, when it sits at forward level `i`
    /// and some neighbour continues the path; a depth-first search in ascending vertex order with
    /// dead-end marks finds the first such sequence. Every vertex of a shortest path lies in one of
    /// the balls: the search stopped inside one level of one side, and the levels before it, and
    /// all levels of the other side, are complete.
    func lexicographicallySmallestPath(from source: Int, to target: Int, length d: Int, mask: TraversalMask) -> [Int]? {
        let gen = generation
        let out = outRows
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        var stack = PathStack(from: source, along: out, capacity: d + 1)

        while let x = stack.vertices.last {
            let i = stack.depth
            if backwardStamp[x] == gen && Int(backwardDistance[x]) == d - i {
                var vertices = stack.takeVertices()
                // From here the backward ball's distances lead straight to the target.
                var current = x, remaining = d - i
                while remaining > 0 {
                    var next = -1
                    for k in out.offsets[current]..<out.offsets[current + 1] {
                        let y = Int(out.neighbours[k])
                        if stepsCloser(to: y, edge: Int(out.edges[k]), remaining: remaining, target: target,
                                       gen: gen, edgeOK: edgeOK, vertexOK: vertexOK) {
                            next = y
                            break
                        }
                    }
                    guard next >= 0 else { return nil }
                    vertices.append(next)
                    current = next
                    remaining -= 1
                }
                return vertices
            }
            let next = stack.advance { y, e in
                if let edgeOK, !edgeOK[e] { return false }
                if let vertexOK, !vertexOK[y], y != target { return false }
                if deadStamp[y] == gen { return false }
                if backwardStamp[y] == gen { return Int(backwardDistance[y]) == d - i - 1 }
                // When the backward side's last level is complete, a vertex of the last
                // forward level that the backward ball never reached is a dead end: any
                // continuation would have put it in the backward ball.
                return forwardStamp[y] == gen && Int(forwardDistance[y]) == i + 1
                    && (i + 1 < lastForwardLevel || !backwardLevelComplete)
            }
            if next == nil {
                deadStamp[x] = gen
                stack.pop()
            }
        }
        return nil
    }

    /// Breadth-first search from `root`: every vertex within `maxDepth` hops and its distance.
    ///
    /// Vertices the mask does not allow are reached (a path may end there) but not expanded (no
    /// path passes through them); the root is always expanded. Results are in BFS order, each level
    /// in discovery order. The distances stay in the searcher's backward buffers until the next
    /// query, which ``allShortestPaths(from:to:mask:limit:)`` relies on.
    ///
    /// - Parameters:
    ///   - root: the vertex to search from, at distance 0.
    ///   - maxDepth: the largest distance searched.
    ///   - mask: the edges the search may follow and the vertices it may pass through.
    ///   - direction: `.backward` follows edges against their direction (distances *to* `root`).
    ///   - stopAt: when given, the search stops as soon as this vertex is reached.
    /// - Returns: each vertex reached, the root first, with its hop distance.
    /// - Throws: ``GraphArgumentError`` when `root` or `stopAt` is not a vertex, `maxDepth` is
    ///   negative or the mask has the wrong size.
    /// - Complexity: O(V + E) in the worst case.
    public func hopDistances(
        from root: Int, maxDepth: Int = .max, mask: TraversalMask = .all,
        direction: SearchDirection = .forward, stopAt: Int? = nil
    ) throws(GraphArgumentError) -> [(vertex: Int, distance: Int)] {
        try graph.check(vertex: root, name: "root")
        if let stopAt { try graph.check(vertex: stopAt, name: "stopAt") }
        if maxDepth < 0 { throw .invalidParameter(name: "maxDepth", reason: "\(maxDepth) is negative") }
        try graph.check(mask: mask)
        return distances(from: root, maxDepth: maxDepth, mask: mask, direction: direction, stopAt: stopAt)
    }

    /// ``hopDistances(from:maxDepth:mask:direction:stopAt:)`` for arguments already checked.
    func distances(
        from root: Int, maxDepth: Int = .max, mask: TraversalMask,
        direction: SearchDirection, stopAt: Int? = nil
    ) -> [(vertex: Int, distance: Int)] {
        nextGeneration()
        let gen = generation
        let rows = direction == .forward ? outRows : inRows
        let (offsets, neighbours, edgeIDs) = (rows.offsets, rows.neighbours, rows.edges)
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        backwardStamp[root] = gen
        backwardDistance[root] = 0
        backwardQueue[0] = Int32(root)
        var head = 0, tail = 1
        var result: [(vertex: Int, distance: Int)] = [(root, 0)]
        if stopAt == root { return result }
        search: while head < tail {
            let u = Int(backwardQueue[head])
            head += 1
            let du = Int(backwardDistance[u])
            if du >= maxDepth { continue }
            if u != root, let vertexOK, !vertexOK[u] { continue }
            for k in offsets[u]..<offsets[u + 1] {
                let y = Int(neighbours[k])
                if backwardStamp[y] == gen { continue }
                if let edgeOK, !edgeOK[Int(edgeIDs[k])] { continue }
                backwardStamp[y] = gen
                backwardDistance[y] = Int32(du + 1)
                backwardQueue[tail] = Int32(y)
                tail += 1
                result.append((y, du + 1))
                if y == stopAt { break search }
            }
        }
        return result
    }

    /// Every shortest path by hop count from `source` to `target`, up to `limit` of them.
    ///
    /// A backward BFS from the target gives each vertex its distance to the target; a depth-first
    /// walk from the source then follows only edges that bring it one hop closer. Paths are
    /// distinct as vertex sequences (parallel edges do not multiply them) and come in
    /// lexicographic order of their vertex sequences.
    ///
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size,
    ///   or a negative `limit`.
    /// - Complexity: O(V + E + P·L) for P paths of length L.
    public func allShortestPaths(
        from source: Int, to target: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try graph.check(source: source, target: target, mask: mask)
        try checkLimit(limit)
        if source == target {
            return BoundedPaths(paths: [GraphPath(staying: source)], isTruncated: false)
        }
        _ = distances(from: target, mask: mask, direction: .backward, stopAt: source)
        let gen = generation
        guard backwardStamp[source] == gen else { return BoundedPaths.none }
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates
        var paths: [GraphPath] = []
        var stack = PathStack(from: source, along: outRows)
        var truncated = false
        while let x = stack.vertices.last {
            if x == target {
                if paths.count == limit { truncated = true; break }
                paths.append(path(through: stack.vertices, mask: mask, byWeight: false))
                stack.pop()
                continue
            }
            let remaining = Int(backwardDistance[x])
            let next = stack.advance { y, e in
                stepsCloser(to: y, edge: e, remaining: remaining, target: target, gen: gen, edgeOK: edgeOK, vertexOK: vertexOK)
            }
            if next == nil { stack.pop() }
        }
        return BoundedPaths(paths: paths, isTruncated: truncated)
    }
}

extension CSRGraph {
    /// A shortest path by hop count (see ``PathSearcher/shortestPath(from:to:mask:)``).
    ///
    /// Allocates a ``PathSearcher``; for many queries on one graph, keep a searcher instead.
    /// - Complexity: O(V) to allocate plus the search.
    public func shortestPath(from source: Int, to target: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> GraphPath? {
        try PathSearcher(graph: self).shortestPath(from: source, to: target, mask: mask)
    }

    /// Every shortest path by hop count, up to `limit` (see ``PathSearcher/allShortestPaths(from:to:mask:limit:)``).
    public func allShortestPaths(
        from source: Int, to target: Int, mask: TraversalMask = .all, limit: Int = 1000
    ) throws(GraphArgumentError) -> BoundedPaths {
        try PathSearcher(graph: self).allShortestPaths(from: source, to: target, mask: mask, limit: limit)
    }

    /// Hop distances from `root` within `maxDepth` (see ``PathSearcher/hopDistances(from:maxDepth:mask:direction:stopAt:)``).
    public func hopDistances(
        from root: Int, maxDepth: Int = .max, mask: TraversalMask = .all, direction: SearchDirection = .forward
    ) throws(GraphArgumentError) -> [(vertex: Int, distance: Int)] {
        try PathSearcher(graph: self).hopDistances(from: root, maxDepth: maxDepth, mask: mask, direction: direction)
    }
}
