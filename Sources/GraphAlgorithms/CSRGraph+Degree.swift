extension CSRGraph {
    /// Which edges count towards a vertex's degree.
    public enum DegreeDirection: String, Sendable, CaseIterable {
        /// Incoming edges (all edges when undirected).
        case `in`
        /// Outgoing edges (all edges when undirected).
        case out
        /// In plus out on a directed graph; the degree when undirected.
        case total
    }

    /// The degree of every vertex, counted as NetworkX counts it.
    ///
    /// A self-loop adds 2 to an undirected vertex's degree (both of its ends touch the vertex) and
    /// 1 to each of in- and out-degree on a directed graph. Parallel edges each count.
    /// - Complexity: O(V + E).
    public func degrees(_ direction: DegreeDirection = .total) -> [Int] {
        var result = [Int](repeating: 0, count: vertexCount)
        if isDirected {
            for v in 0..<vertexCount {
                switch direction {
                case .in: result[v] = inDegree(v)
                case .out: result[v] = outDegree(v)
                case .total: result[v] = inDegree(v) + outDegree(v)
                }
            }
        } else {
            for v in 0..<vertexCount { result[v] = outDegree(v) }
            // The undirected rows store a self-loop once; NetworkX counts it twice.
            for e in 0..<edgeCount where edgeSource[e] == edgeTarget[e] { result[Int(edgeSource[e])] += 1 }
        }
        return result
    }

    /// Degree centrality: the degree divided by `n - 1`, NetworkX's `degree_centrality`
    /// (`in_degree_centrality`, `out_degree_centrality` for the other directions).
    ///
    /// On a directed graph the total degree is in + out, so scores can exceed 1. A graph with one
    /// vertex scores 1, as in NetworkX; with `normalized: false` the raw degrees are returned.
    /// - Complexity: O(V + E).
    public func degreeCentrality(_ direction: DegreeDirection = .total, normalized: Bool = true) -> [Double] {
        let raw = degrees(direction)
        guard normalized else { return raw.map(Double.init) }
        if vertexCount <= 1 { return [Double](repeating: 1, count: vertexCount) }
        let scale = 1.0 / Double(vertexCount - 1)
        return raw.map { Double($0) * scale }
    }
}
