import GraphAlgorithms

extension Graph {
    /// Indices of the entities within `depth` hops of any seed, seeds included, ascending.
    ///
    /// - Parameters:
    ///   - depth: the largest number of hops from a seed.
    ///   - seeds: entity indices to start from.
    ///   - direction: which way relations are walked (see ``TraversalDirection``:
    ///     symmetric predicates are walked both ways in every direction).
    /// - Returns: entity indices, ascending.
    /// - Complexity: O(V + E) breadth-first search.
    public func entities(within depth: Int, of seeds: [Int], direction: TraversalDirection = .both) -> [Int] {
        let distance = Traversal(graph: self, direction: direction).distances(from: seeds, depth: depth, mask: .all)
        return distance.indices.filter { distance[$0] >= 0 }
    }
}
