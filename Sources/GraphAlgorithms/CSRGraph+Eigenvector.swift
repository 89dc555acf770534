extension CSRGraph {
    /// Eigenvector centrality of every vertex, as NetworkX's `eigenvector_centrality`.
    ///
    /// The principal eigenvector of the adjacency matrix, found by power iteration on `Aᵀ + I`
    /// from the uniform vector `1/n`: each step sets `x_v ← x_v + Σ_{u → v} w(u, v) x_u` and
    /// divides by the Euclidean norm, until `Σ |x − x_last| < n · tolerance`. The shift by `I` has
    /// the same eigenvectors but converges on bipartite graphs. On a directed graph this is the
    /// *left* eigenvector: importance flows in along in-edges, so on a graph that is not strongly
    /// connected the scores drain into sink components, exactly as NetworkX returns them. The
    /// result has unit Euclidean norm. `weighted` multiplies by the edge weights.
    /// - Throws: ``CentralityError/didNotConverge(iterations:tolerance:)``,
    ///   ``CentralityError/emptyGraph``.
    /// - Complexity: O(E + V) per iteration; O(V) extra memory.
    ///
    /// Bonacich, P. (1987). Power and centrality: a family of measures. *American Journal of
    /// Sociology* 92(5), 1170–1182. Newman, M. E. J. (2010). *Networks: An Introduction*, §7.2.
    public func eigenvectorCentrality(
        weighted: Bool = false, tolerance: Double = 1e-6, maxIterations: Int = 100
    ) throws(CentralityError) -> [Double] {
        let n = vertexCount
        guard n > 0 else { throw .emptyGraph }
        let useWeights = weighted && isWeighted
        let inWeight: [Double] = useWeights ? inEdge.map { edgeWeight[Int($0)] } : []
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var squares = 0.0
            for v in 0..<n {
                var sum = x[v]
                if useWeights {
                    for slot in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[slot])] * inWeight[slot] }
                } else {
                    for slot in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[slot])] }
                }
                next[v] = sum
                squares += sum * sum
            }
            let norm = squares.squareRoot()
            let scale = norm > 0 ? 1 / norm : 1
            var error = 0.0
            for v in 0..<n {
                next[v] *= scale
                error += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if error < Double(n) * tolerance { return x }
        }
        throw .didNotConverge(iterations: maxIterations, tolerance: tolerance)
    }
}
