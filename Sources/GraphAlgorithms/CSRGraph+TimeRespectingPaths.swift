// Time-respecting ("chronological") paths: each hop starts no earlier than the hop before it.
// The question they answer is "could something have flowed from A to B along these links in
// the order they happened", after Kempe, Kleinberg & Kumar (2002), "Connectivity and inference
// problems for temporal networks", J. Comput. Syst. Sci. 64(4): 820-842.

extension PathSearcher {
    /// A time-respecting path with the fewest hops from `source` to `target`, or `nil`.
    ///
    /// `edgeStart[e]` is the time edge `e` begins (any increasing integer scale, e.g. day
    /// numbers). Along the path the start times never decrease. An edge with unknown start
    /// (`nil`) fits anywhere and leaves the clock where it was; callers that want unknown times
    /// excluded forbid those edges in `mask`.
    ///
    /// Among the paths with fewest hops the search returns one whose last timed hop is earliest.
    /// It works level by level: at hop count h each vertex keeps the earliest clock reachable in at
    /// most h hops, and a vertex joins the next level only when it improves its clock, since a
    /// later clock reached with more hops can never do better. Ties go to the smallest
    /// predecessor vertex, then the smallest edge index (each level is scanned in vertex order).
    /// Such paths are simple: coming back to a vertex would need a strictly earlier clock.
    ///
    /// - Parameters:
    ///   - source: the vertex the path starts from.
    ///   - target: the vertex it ends at.
    ///   - edgeStart: one start time per edge, `nil` where unknown.
    ///   - mask: the edges the path may use and the vertices it may pass through.
    ///   - maxHops: stop after this many hops.
    /// - Returns: the path, or `nil` when no time-respecting path within `maxHops` exists.
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph or a mask of the wrong size,
    ///   `edgeStart` without one entry per edge, or a negative `maxHops`.
    /// - Complexity: O(h · E) for a path of h hops in the worst case.
    public func chronologicalPath(
        from source: Int, to target: Int, edgeStart: [Int?], mask: TraversalMask = .all, maxHops: Int = .max
    ) throws(GraphArgumentError) -> GraphPath? {
        try graph.check(source: source, target: target, mask: mask)
        if edgeStart.count != graph.edgeCount {
            throw .countMismatch(name: "edgeStart", expected: graph.edgeCount, actual: edgeStart.count)
        }
        if maxHops < 0 { throw .invalidParameter(name: "maxHops", reason: "\(maxHops) is negative") }
        if source == target { return GraphPath(staying: source) }
        let g = graph
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates

        // A label is "at this vertex, with this clock, after this hop from that label".
        struct Label { var vertex: Int; var clock: Int; var edge: Int; var parent: Int }
        var labels: [Label] = [Label(vertex: source, clock: Int.min, edge: -1, parent: -1)]
        // Best clock per vertex over all levels so far, and the label a vertex got at the level
        // being built. Dictionaries: chronological queries run on relation graphs, not on the
        // 100,000-vertex benchmark, and touch few vertices.
        var bestClock = [Int: Int]()
        bestClock[source] = Int.min
        var labelAtLevel = [Int: Int]()
        var frontier = [0]
        var level = 0
        while !frontier.isEmpty && level < maxHops {
            level += 1
            labelAtLevel.removeAll(keepingCapacity: true)
            var next: [Int] = []
            for li in frontier {
                let from = labels[li]
                let u = from.vertex
                if u != source, let vertexOK, !vertexOK[u] { continue }
                if u == target { continue }
                for k in g.outOffsets[u]..<g.outOffsets[u + 1] {
                    let e = Int(g.outEdge[k])
                    if let edgeOK, !edgeOK[e] { continue }
                    let clock: Int
                    if let start = edgeStart[e] {
                        if start < from.clock { continue }
                        clock = start
                    } else {
                        clock = from.clock
                    }
                    let y = Int(g.outTargets[k])
                    if y == source { continue }
                    if let best = bestClock[y], best <= clock { continue }
                    bestClock[y] = clock
                    if let at = labelAtLevel[y] {
                        labels[at] = Label(vertex: y, clock: clock, edge: e, parent: li)
                    } else {
                        labelAtLevel[y] = labels.count
                        next.append(labels.count)
                        labels.append(Label(vertex: y, clock: clock, edge: e, parent: li))
                    }
                }
            }
            if let reached = labelAtLevel[target] {
                var vertices: [Int] = []
                var edges: [Int] = []
                var at = reached
                while at >= 0 {
                    vertices.append(labels[at].vertex)
                    if labels[at].edge >= 0 { edges.append(labels[at].edge) }
                    at = labels[at].parent
                }
                vertices.reverse()
                edges.reverse()
                let weight = edges.reduce(0.0) { $0 + g.edgeWeight[$1] }
                return GraphPath(found: vertices, edges: edges, weight: weight)
            }
            next.sort { labels[$0].vertex < labels[$1].vertex }
            frontier = next
        }
        return nil
    }
}

extension CSRGraph {
    /// A time-respecting path with the fewest hops (see ``PathSearcher/chronologicalPath(from:to:edgeStart:mask:maxHops:)``).
    public func chronologicalPath(
        from source: Int, to target: Int, edgeStart: [Int?], mask: TraversalMask = .all, maxHops: Int = .max
    ) throws(GraphArgumentError) -> GraphPath? {
        try PathSearcher(graph: self).chronologicalPath(
            from: source, to: target, edgeStart: edgeStart, mask: mask, maxHops: maxHops)
    }
}
