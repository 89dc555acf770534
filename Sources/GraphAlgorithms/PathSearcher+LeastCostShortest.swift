extension PathSearcher {
    /// Among the shortest paths by hop count, the one whose intermediate vertices cost least in
    /// total; remaining ties go to the lexicographically smallest vertex sequence.
    ///
    /// With `vertexCost[v] = log(1 + degree(v))` this prefers paths through specific, weakly
    /// connected intermediates over paths through hubs, which link almost everything and so
    /// explain little (the degree-penalised path ranking used in knowledge-graph exploration).
    ///
    /// A backward breadth-first search from the target gives every vertex's hop distance to it;
    /// the shortest paths from the source are exactly the walks that lower that distance by one
    /// per hop. Dynamic programming over that layered graph, from the target's side outwards,
    /// gives each vertex the cheapest cost to finish, and a greedy walk from the source reads the
    /// path out, taking the first (smallest) vertex among equally cheap continuations.
    ///
    /// - Parameters:
    ///   - source: the vertex the path starts from.
    ///   - target: the vertex it ends at.
    ///   - mask: the edges the path may use and the vertices it may pass through.
    ///   - vertexCost: one finite, non-negative cost per vertex; the endpoints' costs are ignored.
    /// - Returns: `nil` when the target cannot be reached.
    /// - Throws: ``GraphArgumentError`` for a vertex outside the graph, a mask of the wrong size,
    ///   or `vertexCost` without one finite, non-negative entry per vertex.
    /// - Complexity: O(V + E).
    public func leastCostShortestPath(
        from source: Int, to target: Int, mask: TraversalMask = .all, vertexCost: [Double]
    ) throws(GraphArgumentError) -> GraphPath? {
        try graph.check(source: source, target: target, mask: mask)
        if vertexCost.count != graph.vertexCount {
            throw .countMismatch(name: "vertexCost", expected: graph.vertexCount, actual: vertexCost.count)
        }
        if let v = vertexCost.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw .invalidParameter(name: "vertexCost", reason: "vertex \(v) costs \(vertexCost[v]); costs must be non-negative and finite")
        }
        if source == target { return GraphPath(staying: source) }
        _ = distances(from: target, mask: mask, direction: .backward, stopAt: source)
        let gen = generation
        guard backwardStamp[source] == gen else { return nil }
        let out = outRows
        let edgeOK = mask.allowedEdges
        let vertexOK = mask.allowedIntermediates

        /// The vertices that can follow `x` on a shortest path, in row order.
        func successors(_ x: Int, _ body: (Int) -> Void) {
            let remaining = Int(backwardDistance[x])
            for k in out.offsets[x]..<out.offsets[x + 1] {
                let y = Int(out.neighbours[k])
                if stepsCloser(to: y, edge: Int(out.edges[k]), remaining: remaining, target: target, gen: gen,
                               edgeOK: edgeOK, vertexOK: vertexOK) {
                    body(y)
                }
            }
        }

        // The layered graph of shortest paths reachable from the source, layer by layer.
        let length = Int(backwardDistance[source])
        var layers: [[Int]] = [[source]]
        var inLayers: Set<Int> = [source]
        for _ in 0..<length {
            var next: [Int] = []
            for x in layers[layers.count - 1] {
                successors(x) { y in if inLayers.insert(y).inserted { next.append(y) } }
            }
            layers.append(next)
        }

        // Cheapest cost from each vertex to the target, target side first.
        var finish: [Int: Double] = [target: 0]
        for layer in layers.dropLast().reversed() {
            for x in layer {
                var best = Double.infinity
                successors(x) { y in
                    let c = (y == target ? 0 : vertexCost[y]) + (finish[y] ?? .infinity)
                    if c < best { best = c }
                }
                finish[x] = best
            }
        }

        // Read the path out: the first continuation that keeps the cheapest cost.
        var vertices = [source]
        var current = source
        while current != target {
            let goal = finish[current]!
            var chosen = -1
            successors(current) { y in
                guard chosen < 0 else { return }
                let c = (y == target ? 0 : vertexCost[y]) + (finish[y] ?? .infinity)
                // Sums in a different order can differ in the last bits; equal within 1e-9 is a tie.
                if c <= goal + 1e-9 * max(1, abs(goal)) { chosen = y }
            }
            precondition(chosen >= 0, "the layered graph always continues towards the target")
            vertices.append(chosen)
            current = chosen
        }
        return path(through: vertices, mask: mask, byWeight: false)
    }
}
