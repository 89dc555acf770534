extension CSRGraph {
    /// An upper bound on the vertex diameter: the most vertices any shortest path holds.
    ///
    /// Sampling bounds for betweenness (Riondato & Kornaropoulos; KADABRA) need it. A shortest
    /// path visits strongly connected components in the order of their condensation, each in
    /// one stretch, and inside component `c` it is a shortest path of `c`. Through a root `r`
    /// of `c`, no two vertices of `c` are further apart than `ecc_in(r) + ecc_out(r)`, so the
    /// stretch holds at most `min(|c|, ecc_in(r) + ecc_out(r) + 1)` vertices; the bound is the
    /// heaviest chain of the condensation under those weights. On an undirected graph it is
    /// `min(|c|, 2·ecc(r) + 1)` over the components.
    /// - Complexity: O(V + E): one search each way per component, restricted to it.
    func vertexDiameterBound() -> Int {
        let n = vertexCount
        guard n > 0 else { return 0 }
        let labels = stronglyConnectedComponents()
        let component = labels.componentOf
        let sizes = labels.sizes
        // Eccentricities of each component's smallest vertex, inside the component.
        var depth = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        func eccentricity(from root: Int, offsets: [Int], targets: [Int32]) -> Int {
            let c = component[root]
            depth[root] = 0
            queue[0] = Int32(root)
            var head = 0, tail = 1, far: Int32 = 0
            while head < tail {
                let v = Int(queue[head]); head += 1
                far = depth[v]
                for slot in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[slot])
                    if depth[w] < 0 && component[w] == c {
                        depth[w] = depth[v] + 1
                        queue[tail] = Int32(w); tail += 1
                    }
                }
            }
            for k in 0..<tail { depth[Int(queue[k])] = -1 }
            return Int(far)
        }
        var weight = [Int](repeating: 0, count: labels.count)
        var rooted = [Bool](repeating: false, count: labels.count)
        for v in 0..<n where !rooted[Int(component[v])] {
            let c = Int(component[v])
            rooted[c] = true
            let out = eccentricity(from: v, offsets: outOffsets, targets: outTargets)
            let back = isDirected ? eccentricity(from: v, offsets: inOffsets, targets: inSources) : out
            weight[c] = min(sizes[c], out + back + 1)
        }
        guard isDirected else { return weight.max() ?? 0 }

        // Heaviest chain of the condensation, in topological order (Kahn).
        var indegree = [Int](repeating: 0, count: labels.count)
        for e in 0..<edgeCount where component[Int(edgeSource[e])] != component[Int(edgeTarget[e])] {
            indegree[Int(component[Int(edgeTarget[e])])] += 1
        }
        var members = [[Int32]](repeating: [], count: labels.count)
        for v in 0..<n { members[Int(component[v])].append(Int32(v)) }
        var chain = weight
        var ready = (0..<labels.count).filter { indegree[$0] == 0 }
        while let c = ready.popLast() {
            for v in members[c] {
                for slot in outOffsets[Int(v)]..<outOffsets[Int(v) + 1] {
                    let d = Int(component[Int(outTargets[slot])])
                    if d == c { continue }
                    chain[d] = max(chain[d], chain[c] + weight[d])
                    indegree[d] -= 1
                    if indegree[d] == 0 { ready.append(d) }
                }
            }
        }
        return chain.max() ?? 0
    }
}
