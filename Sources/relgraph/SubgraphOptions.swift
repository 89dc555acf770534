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

    @Option(name: .customLong("predicate"), help: ArgumentHelp("Keep only these predicates (comma-separated).", valueName: "predicates"))
    var predicates: String?

    @Option(name: .customLong("exclude-predicate"), help: ArgumentHelp("Drop these predicates (comma-separated).", valueName: "predicates"))
    var excludedPredicates: String?

    @Option(help: ArgumentHelp("Keep relations that may have held in this window (possible span): 1922..1933, 1939.., ..1926.", valueName: "A..B"))
    var during: String?

    @Option(help: ArgumentHelp("Keep relations that may have held at this date (possible span): 1926, 1939-08.", valueName: "date"))
    var at: String?

    @Flag(name: .customLong("strict-time"), help: "With --during or --at, keep only relations known to hold then (by their own dates).")
    var strictTime = false

    @OptionGroup var layerOptions: LayerOptions

    /// Whether any option narrows the graph.
    var isEmpty: Bool {
        around.isEmpty && componentOf == nil && between.isEmpty && top == nil && kinds == nil && groups == nil && predicates == nil
            && excludedPredicates == nil && during == nil && at == nil
    }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes two entities: --between FROM TO") }
        if paths < 1 { throw ValidationError("--paths must be at least 1") }
        if paths > 1 && between.isEmpty { throw ValidationError("--paths needs --between FROM TO") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if during != nil && at != nil { throw ValidationError("give --during or --at, not both") }
        if strictTime && during == nil && at == nil { throw ValidationError("--strict-time needs --during or --at") }
        _ = try filter()
    }

    /// The kind, group, predicate and time filter these options describe.
    func filter() throws -> RelationFilter {
        var filter = RelationFilter()
        if let kinds {
            switch EntityKind.parseList(kinds) {
            case .success(let set): filter.kinds = set
            case .failure(let error): throw ValidationError("--kind: \(error)")
            }
        }
        filter.groups = OptionParsing.list(groups)
        filter.predicates = OptionParsing.list(predicates)
        filter.excludedPredicates = OptionParsing.list(excludedPredicates) ?? []
        do { filter.window = try OptionParsing.window(during: during, at: at) } catch {
            throw ValidationError(error.description)
        }
        filter.strictTime = strictTime
        filter.includedLayers = layerOptions.layers
        return filter
    }

    /// The selection these options describe, checked against the graph's schema.
    func selection(for graph: Graph) throws -> SubgraphSelection {
        var selection = SubgraphSelection()
        selection.around = around
        selection.depth = depth
        selection.direction = direction
        selection.componentOf = componentOf
        selection.filter = try filter()
        // Checked before the path and ranking queries run, so a misspelt predicate is reported
        // as such rather than as a missing path.
        try OptionParsing.checkPredicates(
            (selection.filter.predicates ?? []).union(selection.filter.excludedPredicates), in: graph)
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
