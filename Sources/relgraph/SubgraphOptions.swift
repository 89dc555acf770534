import ArgumentParser
import RelationGraph

/// The options that pick part of a graph, shared by `subgraph` and `render`.
struct SubgraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Take the neighbourhood of this entity (id, name or alias); repeatable.", valueName: "entity"))
    var around: [String] = []

    @Option(help: "Hops from --around.")
    var depth = 1

    @Option(help: "Which way --around grows: both, out (subject to object) or in.")
    var direction: SubgraphSelection.Direction = .both

    @Option(name: .customLong("component-of"), help: ArgumentHelp("Take the connected component of this entity.", valueName: "entity"))
    var componentOf: String?

    @Option(name: .customLong("kind"), help: ArgumentHelp("Keep only these entity kinds (comma-separated).", valueName: "kinds"))
    var kinds: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("Keep only entities of these groups (comma-separated).", valueName: "groups"))
    var groups: String?

    @Option(name: .customLong("predicate"), help: ArgumentHelp("Keep only these predicates (comma-separated).", valueName: "predicates"))
    var predicates: String?

    @Option(name: .customLong("exclude-predicate"), help: ArgumentHelp("Drop these predicates (comma-separated).", valueName: "predicates"))
    var excludedPredicates: String?

    @Option(help: ArgumentHelp("Keep relations whose span overlaps this window: 1922..1933, 1939.., ..1926.", valueName: "A..B"))
    var during: String?

    @Option(help: ArgumentHelp("Keep relations that held at this date: 1926, 1939-08.", valueName: "date"))
    var at: String?

    @Flag(name: .customLong("strict-time"), help: "With --during or --at, drop relations whose dates are unknown.")
    var strictTime = false

    /// Whether any option narrows the graph.
    var isEmpty: Bool {
        around.isEmpty && componentOf == nil && kinds == nil && groups == nil && predicates == nil
            && excludedPredicates == nil && during == nil && at == nil
    }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if during != nil && at != nil { throw ValidationError("give --during or --at, not both") }
        if strictTime && during == nil && at == nil { throw ValidationError("--strict-time needs --during or --at") }
        _ = try filter()
    }

    static func list(_ text: String?) -> Set<String>? {
        text.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
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
        filter.groups = Self.list(groups)
        filter.predicates = Self.list(predicates)
        filter.excludedPredicates = Self.list(excludedPredicates) ?? []
        do {
            if let during { filter.window = try TimeSpan(parsing: during) }
            if let at { filter.window = TimeSpan(at: try PartialDate(at)) }
        } catch {
            throw ValidationError("\(during != nil ? "--during" : "--at"): \(error)")
        }
        filter.strictTime = strictTime
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
        for name in (selection.filter.predicates ?? []).union(selection.filter.excludedPredicates)
        where graph.schema.predicate(named: name) == nil {
            let hint = graph.schema.nearestPredicate(to: name).map { "did you mean '\($0)'? " } ?? ""
            throw CommandFailure("unknown predicate '\(name)'; \(hint)(the schema has: \(graph.schema.predicates.map(\.name).joined(separator: ", ")))", status: .usage)
        }
        return selection
    }

    /// The selected part of `graph`, or the whole graph when no option narrows it.
    func apply(to graph: Graph) throws -> Graph {
        guard !isEmpty else { return graph }
        do {
            return try selection(for: graph).extract(from: graph)
        } catch let error as SubgraphSelection.SelectionError {
            throw CommandFailure(error.description, status: .notFound)
        }
    }
}

extension SubgraphSelection.Direction: ExpressibleByArgument {}
