extension CSRGraph {
    /// The core number of every vertex, as NetworkX's `core_number`.
    ///
    /// The k-core is the largest subgraph in which every vertex has degree at least k; a vertex's
    /// core number is the largest k whose k-core contains it. Directed graphs use in + out degree,
    /// as NetworkX does. Self-loops are ignored (NetworkX refuses graphs that have them);
    /// parallel edges each count.
    ///
    /// Batagelj and Zaversnik's bucket algorithm: vertices sorted by degree in bins, peeled in
    /// order, each removal lowering its neighbours' degrees in O(1).
    /// - Complexity: O(V + E) time and memory.
    ///
    /// Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of
    /// networks. arXiv:cs/0310049.
    public func coreNumbers() -> [Int] {
        let n = vertexCount
        if n == 0 { return [] }
        // Neighbour lists in both directions, self-loops dropped.
        func forEachNeighbor(_ v: Int, _ body: (Int) -> Void) {
            for w in neighbors(of: v) where Int(w) != v { body(Int(w)) }
            if isDirected { for w in inNeighbors(of: v) where Int(w) != v { body(Int(w)) } }
        }
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n { forEachNeighbor(v) { _ in degree[v] += 1 } }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var sorted = [Int](repeating: 0, count: n)
        var cursor = binStart
        for v in 0..<n {
            position[v] = cursor[degree[v]]
            sorted[position[v]] = v
            cursor[degree[v]] += 1
        }
        for i in 0..<n {
            let v = sorted[i]
            forEachNeighbor(v) { u in
                if degree[u] > degree[v] {
                    // Move u to the front of its bin, then shrink the bin: u's degree drops by one.
                    let du = degree[u]
                    let front = binStart[du]
                    let w = sorted[front]
                    if w != u {
                        sorted[position[u]] = w; position[w] = position[u]
                        sorted[front] = u; position[u] = front
                    }
                    binStart[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return degree
    }
}
