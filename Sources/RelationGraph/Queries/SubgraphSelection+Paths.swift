extension SubgraphSelection {
    /// Narrows the selection to the entities and relations on the shortest path, or the `count`
    /// shortest paths (Yen), between two entities, found under the selection's own ``filter``.
    ///
    /// The filter's kinds then restrict only the entities a path passes through (the ends may be
    /// of any kind, and stay in the selection as seeds do); only the paths' relations are kept.
    /// Several restrictions intersect.
    ///
    /// ```swift
    /// var selection = SubgraphSelection()
    /// selection.filter.kinds = [.person, .agreement]
    /// try selection.restrictToPaths(from: try graph.resolve("molotov"), to: try graph.resolve("ribbentrop"), in: graph)
    /// let route = try selection.extract(from: graph)
    /// ```
    /// - Parameters:
    ///   - source: Where the paths start, an entity of `graph`.
    ///   - target: Where they end.
    ///   - count: How many shortest paths to take (1: one shortest path).
    ///   - graph: The graph the selection is taken from.
    /// - Throws: ``SelectionError/foreignEntity(_:)`` for a handle of another graph,
    ///   ``SelectionError/pathQuery(_:)`` for a query that cannot be asked, and
    ///   ``SelectionError/noPath(from:to:)`` when no path joins them.
    /// - Complexity: that of the path search, see ``PathFinder``.
    public mutating func restrictToPaths(
        from source: EntityHandle, to target: EntityHandle, count: Int = 1, in graph: Graph
    ) throws(SelectionError) {
        for end in [source, target] {
            do throws(EntityHandleError) { try graph.check(end) } catch { throw .foreignEntity(error) }
        }
        var filters = filter
        filters.viaKinds = filters.kinds
        filters.kinds = nil
        let query = PathQuery(source: source, target: target, mode: count == 1 ? .shortest : .kShortest(count), filters: filters)
        let result: PathResult
        do throws(PathQueryError) { result = try PathFinder(graph: graph).paths(for: query) } catch {
            throw .pathQuery(error)
        }
        guard !result.paths.isEmpty else { throw .noPath(from: source, to: target) }
        let (entities, relations) = result.highlightedElements
        let onPaths = Set(entities)
        include = onPaths.intersection(include ?? onPaths)
        includeRelations = Set(relations).intersection(includeRelations ?? Set(relations))
        // The path's own ends may be of kinds the filter leaves out; they stay, as seeds do.
        filter.kinds = filter.kinds.map { $0.union([graph.entities[source.index].kind, graph.entities[target.index].kind]) }
    }
}
