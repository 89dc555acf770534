// The argument checks every public entry point runs once, before its search loops, so that no
// bad argument reaches an array index or a heap invariant inside a kernel.

extension CSRGraph {
    /// Throws unless `v` is a vertex of this graph; `name` says which argument it was.
    @inlinable
    func check(vertex v: Int, name: String) throws(GraphArgumentError) {
        if v < 0 || v >= vertexCount {
            throw .vertexOutOfRange(name: name, vertex: v, vertexCount: vertexCount)
        }
    }

    /// Throws unless every listed vertex belongs to this graph. O(k) for k vertices.
    func check(vertices: [Int], name: String) throws(GraphArgumentError) {
        if let bad = vertices.first(where: { $0 < 0 || $0 >= vertexCount }) {
            throw .vertexOutOfRange(name: name, vertex: bad, vertexCount: vertexCount)
        }
    }

    /// Throws when a search reading weights as lengths cannot use them: they must be positive
    /// and finite (a zero-length cycle makes betweenness's path counts infinite, and Dijkstra's
    /// tie rule walks only strictly closer vertices). Unweighted graphs (all weights 1) always
    /// pass. O(1) unless it throws, thanks to the flag found at construction.
    func checkLengths() throws(GraphArgumentError) {
        guard isWeighted, !weightsArePositive else { return }
        let bad = edgeWeight.firstIndex { !($0 > 0 && $0.isFinite) } ?? 0
        throw .unusableWeight(edge: bad, weight: edgeWeight[bad], need: "positive and finite")
    }

    /// Throws unless the mask's arrays, when present, have one entry per edge and per vertex.
    func check(mask: TraversalMask) throws(GraphArgumentError) {
        if let edges = mask.allowedEdges, edges.count != edgeCount {
            throw .countMismatch(name: "mask.allowedEdges", expected: edgeCount, actual: edges.count)
        }
        if let vertices = mask.allowedIntermediates, vertices.count != vertexCount {
            throw .countMismatch(name: "mask.allowedIntermediates", expected: vertexCount, actual: vertices.count)
        }
    }

    /// The checks of a query between two vertices under a mask.
    func check(source: Int, target: Int, mask: TraversalMask) throws(GraphArgumentError) {
        try check(vertex: source, name: "source")
        try check(vertex: target, name: "target")
        try check(mask: mask)
    }
}
