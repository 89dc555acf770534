extension CSRGraph {
    /// Katz centrality of every vertex, as NetworkX's `katz_centrality`.
    ///
    /// The solution of `x = α Aᵀ x + β`, found by iterating `x_v ← α Σ_{u → v} w(u, v) x_u + β_v`
    /// from zero until `Σ |x − x_last| < n · tolerance`; it converges when `α < 1 / λ_max`.
    /// Importance flows along in-edges on a directed graph, as for eigenvector centrality.
    /// `beta` is one value for all vertices or one per vertex; `normalized` scales the result to
    /// unit Euclidean norm. NetworkX's defaults: `α = 0.1`, `β = 1`, tolerance `1e-6`,
    /// 1000 iterations.
    /// - Throws: ``CentralityError/didNotConverge(iterations:tolerance:)``;
    ///   ``CentralityError/invalidVector(name:reason:)`` for a per-vertex `beta` of the wrong length.
    /// - Complexity: O(E + V) per iteration; O(V) extra memory.
    ///
    /// Katz, L. (1953). A new status index derived from sociometric analysis. *Psychometrika*
    /// 18(1), 39–43.
    public func katzCentrality(
        alpha: Double = 0.1,
        beta: [Double]? = nil,
        uniformBeta: Double = 1,
        normalized: Bool = true,
        weighted: Bool = false,
        tolerance: Double = 1e-6,
        maxIterations: Int = 1000
    ) throws(CentralityError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        if let beta, beta.count != n {
            throw .invalidVector(name: "beta", reason: "has \(beta.count) entries for \(n) vertices")
        }
        let b = beta ?? [Double](repeating: uniformBeta, count: n)
        let useWeights = weighted && isWeighted
        let inWeight: [Double] = useWeights ? inEdge.map { edgeWeight[Int($0)] } : []
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for iteration in 0..<maxIterations {
            var error = 0.0
            for v in 0..<n {
                var sum = 0.0
                if useWeights {
                    for slot in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[slot])] * inWeight[slot] }
                } else {
                    for slot in inOffsets[v]..<inOffsets[v + 1] { sum += x[Int(inSources[slot])] }
                }
                next[v] = alpha * sum + b[v]
                error += abs(next[v] - x[v])
            }
            swap(&x, &next)
            // alpha above 1/lambda_max makes x grow geometrically: stop once it overflows.
            if !error.isFinite { throw .didNotConverge(iterations: iteration + 1, tolerance: tolerance) }
            if error < Double(n) * tolerance {
                guard normalized else { return x }
                let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return norm > 0 ? x.map { $0 / norm } : x
            }
        }
        throw .didNotConverge(iterations: maxIterations, tolerance: tolerance)
    }
}
