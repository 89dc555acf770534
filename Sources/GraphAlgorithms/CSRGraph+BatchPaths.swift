import Dispatch

// Many independent shortest-path queries at once, spread over threads.

extension CSRGraph {
    /// A shortest path by hop count for each `(source, target)` pair, computed on `threads`
    /// threads, each with its own ``PathSearcher``.
    ///
    /// Each answer is the one ``PathSearcher/shortestPath(from:to:mask:)`` gives (the same tie
    /// rule), in the order of `pairs`. Threads take pairs in an interleaved order, so expensive
    /// and cheap queries spread evenly.
    ///
    /// - Parameters:
    ///   - pairs: the `(source, target)` vertex pairs, each a valid vertex index.
    ///   - mask: the edges and intermediate vertices the paths may use, for every pair.
    ///   - threads: how many threads to use (at least 1); each allocates O(V) buffers.
    /// - Returns: one path per pair, in the order of `pairs`; `nil` where the target cannot be reached.
    /// - Throws: ``GraphArgumentError`` when a pair holds a vertex outside the graph or the mask
    ///   has the wrong size; all pairs are checked before any search starts.
    /// - Complexity: the sum of the single queries, divided among the threads.
    public func shortestPaths(
        between pairs: [(Int, Int)], mask: TraversalMask = .all, threads: Int = 2
    ) throws(GraphArgumentError) -> [GraphPath?] {
        try check(mask: mask)
        for (s, t) in pairs { try check(source: s, target: t, mask: .all) }
        let workers = Swift.max(1, Swift.min(threads, pairs.count))
        if workers == 1 {
            let searcher = PathSearcher(graph: self)
            return pairs.map { searcher.findShortestPath(from: $0.0, to: $0.1, mask: mask) }
        }
        let results = ResultSlots<GraphPath?>(count: pairs.count, initial: nil)
        let graph = self
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let searcher = PathSearcher(graph: graph)
            var i = worker
            while i < pairs.count {
                results.store(searcher.findShortestPath(from: pairs[i].0, to: pairs[i].1, mask: mask), at: i)
                i += workers
            }
        }
        return results.values
    }
}

/// Fixed slots that several threads fill, each thread writing only its own indices.
final class ResultSlots<Value>: @unchecked Sendable {
    // Unchecked: concurrent writers never share an index, and `values` is read only after
    // `concurrentPerform` has returned, which orders every write before the read.
    private let slots: UnsafeMutableBufferPointer<Value>

    init(count: Int, initial: Value) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.baseAddress?.deinitialize(count: slots.count)
        slots.deallocate()
    }

    func store(_ value: Value, at i: Int) { slots[i] = value }

    var values: [Value] { Array(slots) }
}
