extension CSRGraph {
    /// Weakly connected components: vertices joined by a path when direction is ignored (the
    /// connected components of an undirected graph). NetworkX's `connected_components` and
    /// `weakly_connected_components`; an isolated vertex is a component of its own.
    /// - Complexity: O(V + E) time, O(V) memory.
    public func weaklyConnectedComponents() -> ComponentLabeling {
        let n = vertexCount
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var next: Int32 = 0
        for start in 0..<n where label[start] < 0 {
            label[start] = next
            queue[0] = Int32(start)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = next; queue[tail] = w; tail += 1
                }
                if isDirected {
                    for w in inNeighbors(of: v) where label[Int(w)] < 0 {
                        label[Int(w)] = next; queue[tail] = w; tail += 1
                    }
                }
            }
            next += 1
        }
        return ComponentLabeling(rawLabels: label)
    }

    /// Strongly connected components: maximal sets in which every vertex reaches every other along
    /// edge directions (NetworkX's `strongly_connected_components`). On an undirected graph they
    /// are the connected components.
    ///
    /// Tarjan's algorithm with an explicit stack, so deep graphs cannot overflow the call stack.
    /// - Complexity: O(V + E) time, O(V) memory.
    ///
    /// Tarjan, R. E. (1972). Depth-first search and linear graph algorithms. *SIAM Journal on
    /// Computing* 1(2), 146–160.
    public func stronglyConnectedComponents() -> ComponentLabeling {
        guard isDirected else { return weaklyConnectedComponents() }
        let n = vertexCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        // Call stack of (vertex, next out-slot to scan).
        var frames: [(vertex: Int, slot: Int)] = []
        var counter: Int32 = 0
        var components: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            frames.append((root, outOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let top = frames.last {
                let v = top.vertex
                if top.slot < outOffsets[v + 1] {
                    frames[frames.count - 1].slot += 1
                    let w = Int(outTargets[top.slot])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    frames.removeLast()
                    if let parent = frames.last { low[parent.vertex] = min(low[parent.vertex], low[v]) }
                    if low[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[Int(w)] = false
                            label[Int(w)] = components
                            if Int(w) == v { break }
                        }
                        components += 1
                    }
                }
            }
        }
        return ComponentLabeling(rawLabels: label)
    }
}
