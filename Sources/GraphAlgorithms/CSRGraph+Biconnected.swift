extension CSRGraph {
    /// The brokers of the graph: cut vertices and cut edges, with direction ignored.
    public struct CutStructure: Sendable, Equatable {
        /// Vertices whose removal disconnects their component (NetworkX's `articulation_points`), ascending.
        public let articulationPoints: [Int]
        /// Edge indices whose removal disconnects their component (NetworkX's `bridges`), ascending.
        /// An edge with a parallel twin is never a bridge; self-loops never are.
        public let bridges: [Int]
    }

    /// Articulation points and bridges, found together by one depth-first search with low-points.
    ///
    /// A non-root vertex `v` is an articulation point when some DFS child `c` has
    /// `low(c) ≥ disc(v)`; the root is one when it has two or more DFS children. Tree edge
    /// `(v, c)` is a bridge when `low(c) > disc(v)`. The search skips the *edge* it arrived by,
    /// not the parent vertex, so parallel edges protect each other as they should. A directed
    /// graph is treated as undirected (NetworkX only accepts undirected graphs here).
    /// The DFS keeps an explicit stack.
    /// - Complexity: O(V + E) time, O(V) memory.
    ///
    /// Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
    /// manipulation. *Communications of the ACM* 16(6), 372–378. Tarjan, R. E. (1974). A note on
    /// finding the bridges of a graph. *Information Processing Letters* 2(6), 160–161.
    public func cutStructure() -> CutStructure {
        let graph = isDirected ? undirected() : self
        let n = graph.vertexCount
        var discovery = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Int] = []
        var frames: [(vertex: Int, viaEdge: Int32, slot: Int)] = []
        var counter: Int32 = 0
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = counter; low[root] = counter; counter += 1
            frames.append((root, -1, graph.outOffsets[root]))
            var rootChildren = 0
            while let top = frames.last {
                let v = top.vertex
                if top.slot < graph.outOffsets[v + 1] {
                    frames[frames.count - 1].slot += 1
                    let w = Int(graph.outTargets[top.slot])
                    let edge = graph.outEdge[top.slot]
                    if edge == top.viaEdge || w == v { continue }
                    if discovery[w] < 0 {
                        discovery[w] = counter; low[w] = counter; counter += 1
                        if v == root { rootChildren += 1 }
                        frames.append((w, edge, graph.outOffsets[w]))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    frames.removeLast()
                    guard let parent = frames.last?.vertex else { continue }
                    low[parent] = min(low[parent], low[v])
                    if low[v] >= discovery[parent] && parent != root { isCut[parent] = true }
                    if low[v] > discovery[parent] { bridges.append(Int(top.viaEdge)) }
                }
            }
            if rootChildren >= 2 { isCut[root] = true }
        }
        return CutStructure(
            articulationPoints: (0..<n).filter { isCut[$0] },
            bridges: bridges.sorted())
    }
}

extension CSRGraph {
    /// Cut vertices, ascending: ``cutStructure()``'s `articulationPoints`.
    /// - Complexity: O(V + E).
    public func articulationPoints() -> [Int] { cutStructure().articulationPoints }

    /// Cut edges by edge index, ascending: ``cutStructure()``'s `bridges`.
    /// - Complexity: O(V + E).
    public func bridges() -> [Int] { cutStructure().bridges }
}
