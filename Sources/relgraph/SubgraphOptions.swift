import ArgumentParser
import RelationGraph

/// The options that pick part of a graph, shared by `subgraph` and `render`.
struct SubgraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Take the neighbourhood of this entity (id, name or alias); repeatable.", valueName: "entity"))
    var around: [String] = []

    @Option(help: "Hops from --around.")
    var depth = 1

    @Option(help: "Which way --around grows: both, out (subject to object) or in; symmetric predicates grow both ways.")
    var direction: TraversalDirection = .both

    @Option(name: .customLong("component-of"), help: ArgumentHelp("Take the connected component of this entity.", valueName: "entity"))
    var componentOf: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Take the entities and relations on the shortest path(s) between two entities.", valueName: "from> <to"))
    var between: [String] = []

    @Option(name: .long, help: ArgumentHelp("With --between, the k shortest paths (Yen) instead of one.", valueName: "k"))
    var paths = 1

    @Option(name: .long, help: ArgumentHelp(
        "Take the N entities ranked highest by --by (computed after the kind, predicate and time filters), with the relations among them.",
        valueName: "n"))
    var top: Int?

    @Option(name: .long, help: ArgumentHelp("The centrality for --top.", valueName: "measure"))
    var by: CentralityMeasure = .betweenness

    @Option(name: .customLong("kind"), help: ArgumentHelp("Keep only these entity kinds (comma-separated).", valueName: "kinds"))
    var kinds: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("Keep only entities of these groups (comma-separated).", valueName: "groups"))
    var groups: String?

    @OptionGroup var relationOptions: RelationFilterOptions

    @Option(name: .customLong("exclude-predicate"), help: ArgumentHelp("Drop these predicates (comma-separated).", valueName: "predicates"))
    var excludedPredicates: String?

    /// Whether any option narrows the graph.
    var isEmpty: Bool {
        around.isEmpty && componentOf == nil && between.isEmpty && top == nil && kinds == nil && groups == nil
            && excludedPredicates == nil && relationOptions.isEmpty
    }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes two entities: --between FROM TO") }
        if paths < 1 { throw ValidationError("--paths must be at least 1") }
        if paths > 1 && between.isEmpty { throw ValidationError("--paths needs --between FROM TO") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        try relationOptions.requireWindowForStrictTime()
        _ = try kindSet()
    }

    /// The kinds of --kind, named by the option when one is unknown.
    func kindSet() throws -> Set<EntityKind>? {
        guard let kinds else { return nil }
        switch EntityKind.parseList(kinds) {
        case .success(let set): return set
        case .failure(let error): throw ValidationError("--kind: \(error)")
        }
    }

    /// The kind, group, predicate and time filter these options describe, checked against the
    /// graph's schema.
    func filter(for graph: Graph) throws -> RelationFilter {
        var filter = try relationOptions.filter(for: graph, excluding: OptionParsing.list(excludedPredicates) ?? [])
        filter.kinds = try kindSet()
        filter.groups = OptionParsing.list(groups)
        return filter
    }

    /// The selection these options describe, checked against the graph's schema.
    func selection(for graph: Graph) throws -> SubgraphSelection {
        var selection = SubgraphSelection()
        selection.around = around
        selection.depth = depth
        selection.direction = direction
        selection.componentOf = componentOf
        // Predicates are checked before the path and ranking queries run, so a misspelt
        // predicate is reported as such rather than as a missing path.
        selection.filter = try filter(for: graph)
        if between.count == 2 {
            let source = try resolveEntity(between[0], in: graph), target = try resolveEntity(between[1], in: graph)
            do {
                try selection.restrictToPaths(from: source, to: target, count: paths, in: graph)
            } catch .noPath {
                throw CommandFailure("--between: no path from \(graph.entities[source.index].name) to \(graph.entities[target.index].name) under these filters; try 'relgraph path' to see which filter cuts it", status: .notFound)
            } catch {
                throw CommandFailure("--between: \(error)", status: .usage)
            }
        }
        if let top {
            do { try selection.restrictToTop(top, by: by, in: graph) } catch {
                throw CommandFailure("--top: \(error)", status: .dataError)
            }
        }
        return selection
    }

    /// The selected part of `graph`, or the whole graph when no option narrows it.
    func apply(to graph: Graph) throws -> Graph {
        // Without options the whole graph, except layers left out by default (commentators).
        let layered = graph.entities.contains { $0.layer != nil } || graph.relations.contains { $0.layer != nil }
        guard !isEmpty || layered else { return graph }
        do {
            return try selection(for: graph).extract(from: graph)
        } catch let error as SubgraphSelection.SelectionError {
            throw CommandFailure(error.description, status: .notFound)
        }
    }
}

extension TraversalDirection: ExpressibleByArgument {}
