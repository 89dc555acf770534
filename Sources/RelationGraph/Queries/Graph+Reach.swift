extension Graph {
    /// Indices of the entities within `depth` hops of any seed, seeds included, ascending.
    ///
    /// - Parameter direction: `.both` walks relations either way, `.out` from subject to
    ///   object, `.in` from object to subject.
    /// - Complexity: O(V + E) breadth-first search.
    public func entities(within depth: Int, of seeds: [Int], direction: SubgraphSelection.Direction = .both) -> [Int] {
        let all = [Bool](repeating: true, count: max(entities.count, relations.count))
        let reached = SubgraphSelection.reach(self, from: seeds, depth: depth, direction: direction,
                                              entityMask: all, relationMask: all)
        return reached.indices.filter { reached[$0] }
    }
}
