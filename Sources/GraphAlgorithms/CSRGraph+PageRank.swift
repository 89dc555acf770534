extension CSRGraph {
    /// PageRank of every vertex, as NetworkX's `pagerank` (its SciPy power iteration).
    ///
    /// Starting from the uniform vector, it repeats
    /// `x ← α (x P + (Σ_{dangling u} x_u) d) + (1 − α) p` until `Σ |x − x_last| < n · tolerance`.
    /// `P` is the adjacency with rows divided by the (weighted) out-degree; an undirected edge is
    /// two arcs. Dangling vertices (no out-edges) hand their mass to `d`, the `dangling` vector, or
    /// the personalization `p` when none is given; `p` defaults to uniform. Both vectors are
    /// normalized to sum 1. The result is not renormalized, as in NetworkX.
    ///
    /// NetworkX's default is `weight="weight"`; here `weighted` must be asked for, and uses the
    /// weights as strengths.
    /// - Throws: ``CentralityError/didNotConverge(iterations:tolerance:)`` after `maxIterations`,
    ///   ``CentralityError/invalidVector(name:reason:)`` for a bad personalization or dangling vector.
    /// - Complexity: O(E + V) per iteration; O(V) extra memory.
    ///
    /// Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). The PageRank citation ranking:
    /// bringing order to the web. Stanford InfoLab technical report 1999-66.
    public func pageRank(
        alpha: Double = 0.85,
        personalization: [Double]? = nil,
        dangling: [Double]? = nil,
        weighted: Bool = false,
        tolerance: Double = 1e-6,
        maxIterations: Int = 100
    ) throws(CentralityError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        let p = try Self.probabilityVector(personalization, name: "personalization", n: n) ?? [Double](repeating: 1 / Double(n), count: n)
        let d = try Self.probabilityVector(dangling, name: "dangling", n: n) ?? p
        let useWeights = weighted && isWeighted

        // Out-strength, and per in-slot weight so the pull loop reads contiguous memory.
        var outStrength = [Double](repeating: 0, count: n)
        if useWeights {
            for v in 0..<n {
                var s = 0.0
                for slot in outOffsets[v]..<outOffsets[v + 1] { s += edgeWeight[Int(outEdge[slot])] }
                outStrength[v] = s
            }
        } else {
            for v in 0..<n { outStrength[v] = Double(outDegree(v)) }
        }
        let inWeight: [Double] = useWeights ? inEdge.map { edgeWeight[Int($0)] } : []
        let danglingVertices = (0..<n).filter { outStrength[$0] == 0 }
        let inverseStrength = outStrength.map { $0 == 0 ? 0 : 1 / $0 }

        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for u in danglingVertices { danglingMass += x[u] }
            for u in 0..<n { share[u] = x[u] * inverseStrength[u] }
            var error = 0.0
            inOffsets.withUnsafeBufferPointer { offsets in
            inSources.withUnsafeBufferPointer { sources in
            inWeight.withUnsafeBufferPointer { weights in
            share.withUnsafeBufferPointer { share in
            x.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
                for v in 0..<n {
                    var sum = 0.0
                    if useWeights {
                        for slot in offsets[v]..<offsets[v + 1] { sum += share[Int(sources[slot])] * weights[slot] }
                    } else {
                        for slot in offsets[v]..<offsets[v + 1] { sum += share[Int(sources[slot])] }
                    }
                    let value = alpha * (sum + danglingMass * d[v]) + (1 - alpha) * p[v]
                    next[v] = value
                    error += abs(value - x[v])
                }
            }}}}}}
            swap(&x, &next)
            if error < Double(n) * tolerance { return x }
        }
        throw .didNotConverge(iterations: maxIterations, tolerance: tolerance)
    }

    /// Checks a per-vertex vector and scales it to sum 1; `nil` passes through.
    static func probabilityVector(_ vector: [Double]?, name: String, n: Int) throws(CentralityError) -> [Double]? {
        guard let vector else { return nil }
        guard vector.count == n else {
            throw .invalidVector(name: name, reason: "has \(vector.count) entries for \(n) vertices")
        }
        guard vector.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw .invalidVector(name: name, reason: "entries must be finite and non-negative")
        }
        let total = vector.reduce(0, +)
        guard total > 0 else { throw .invalidVector(name: name, reason: "sums to zero") }
        return vector.map { $0 / total }
    }
}
