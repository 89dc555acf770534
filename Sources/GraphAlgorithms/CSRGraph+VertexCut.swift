extension CSRGraph {
    /// A smallest set of vertices whose removal leaves no path from `s` to `t` (a minimum s-t
    /// vertex cut), by maximum flow on the graph with every vertex split into an arc of
    /// capacity one (Menger's theorem: the cut's size is the number of vertex-disjoint paths).
    ///
    /// Edges joining `s` and `t` directly are left out, as no vertex removal can cut them: the
    /// answer is the cut of every longer route. Vertices the mask does not allow as
    /// intermediates are treated as removed already, masked edges as absent; on a directed
    /// graph only out-edges are followed. Among minimum cuts this returns the one closest to `s`
    /// (the vertices whose inner arc leaves the set reachable from `s` in the final residual graph),
    /// ascending. An empty cut means no route other than a direct edge joins them.
    ///
    /// - Throws: ``GraphArgumentError`` when `s` or `t` is not a vertex, they are the same vertex,
    ///   or the mask has the wrong size.
    /// - Complexity: O(k · (V + E)) where k is the cut's size (Edmonds-Karp with unit vertex capacities).
    public func minimumVertexCut(from s: Int, to t: Int, mask: TraversalMask = .all) throws(GraphArgumentError) -> [Int] {
        try check(source: s, target: t, mask: mask)
        if s == t { throw .invalidParameter(name: "t", reason: "the two ends are the same vertex \(s)") }
        let n = vertexCount
        let unbounded = Int32(n + 1)
        // Arc lists: arc a and a ^ 1 are each other's reverse.
        var arcHead: [Int32] = [], arcCapacity: [Int32] = []
        var first = [Int32](repeating: -1, count: 2 * n), nextArc: [Int32] = []
        func addArc(_ u: Int, _ v: Int, _ capacity: Int32) {
            for (from, to, cap) in [(u, v, capacity), (v, u, Int32(0))] {
                arcHead.append(Int32(to))
                arcCapacity.append(cap)
                nextArc.append(first[from])
                first[from] = Int32(arcHead.count - 1)
            }
        }
        func usable(_ v: Int) -> Bool { v == s || v == t || mask.allows(vertex: v) }
        for v in 0..<n where usable(v) { addArc(2 * v, 2 * v + 1, v == s || v == t ? unbounded : 1) }
        for u in 0..<n where usable(u) {
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[slot])
                guard v != u, usable(v), mask.allows(edge: Int(outEdge[slot])) else { continue }
                if (u == s && v == t) || (u == t && v == s) { continue }
                addArc(2 * u + 1, 2 * v, unbounded)
            }
        }
        let source = 2 * s + 1, sink = 2 * t
        var parentArc = [Int32](repeating: -1, count: 2 * n)
        var seen = [Bool](repeating: false, count: 2 * n)
        func search() -> Bool {
            for i in seen.indices { seen[i] = false }
            seen[source] = true
            var queue = [source], head = 0
            while head < queue.count {
                let x = queue[head]
                head += 1
                var a = first[x]
                while a >= 0 {
                    let y = Int(arcHead[Int(a)])
                    if !seen[y] && arcCapacity[Int(a)] > 0 {
                        seen[y] = true
                        parentArc[y] = a
                        if y == sink { return true }
                        queue.append(y)
                    }
                    a = nextArc[Int(a)]
                }
            }
            return false
        }
        // Each augmenting path carries one unit: every path crosses a split vertex of capacity 1.
        while search() {
            var y = sink
            while y != source {
                let a = Int(parentArc[y])
                arcCapacity[a] -= 1
                arcCapacity[a ^ 1] += 1
                y = Int(arcHead[a ^ 1])
            }
        }
        _ = search()
        return (0..<n).filter { v in v != s && v != t && seen[2 * v] && !seen[2 * v + 1] }
    }
}
