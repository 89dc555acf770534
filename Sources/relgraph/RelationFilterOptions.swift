import ArgumentParser
import RelationGraph

/// The relation filters of the question commands (relations, match, gaps, project): predicates,
/// time and layers, read into one ``RelationFilter``.
struct RelationFilterOptions: ParsableArguments {
    @Option(name: .customLong("predicate"), help: ArgumentHelp("Only relations with these predicates (comma-separated).", valueName: "predicates"))
    var predicates: String?

    @Option(help: ArgumentHelp("Only relations that may have held during this window: 1922..1933, 1939.., ..1926.", valueName: "A..B"))
    var during: String?

    @Option(help: ArgumentHelp("Only relations that may have held at this date: 1926, 1939-08.", valueName: "date"))
    var at: String?

    @Flag(name: .customLong("strict-time"), help: "With --during/--at: only relations whose own dates show they held then.")
    var strictTime = false

    @Option(name: .customLong("include-layer"), help: ArgumentHelp("Also use entities and relations of this layer (e.g. historiography); repeatable.", valueName: "layer"))
    var includeLayer: [String] = []

    func validate() throws {
        if during != nil && at != nil { throw ValidationError("give --during or --at, not both") }
    }

    /// Whether a time window is given (commands without --chronological require one for --strict-time).
    var hasWindow: Bool { during != nil || at != nil }

    /// Fails when --strict-time is given with nothing for it to act on.
    func requireWindowForStrictTime(orAlso other: Bool = false, otherName: String = "") throws {
        if strictTime && !hasWindow && !other {
            throw ValidationError("--strict-time needs --during or --at\(otherName.isEmpty ? "" : " or \(otherName)")")
        }
    }

    /// The filter, predicates checked against the graph's schema.
    func filter(for graph: Graph) throws -> RelationFilter {
        var f = RelationFilter()
        f.predicates = OptionParsing.list(predicates)
        try OptionParsing.checkPredicates(f.predicates ?? [], in: graph)
        do { f.window = try OptionParsing.window(during: during, at: at) } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        f.strictTime = strictTime
        f.includedLayers = Set(includeLayer)
        return f
    }
}

extension OptionParsing {
    /// `--kind`-style kinds, named by their option when one is unknown.
    static func kinds(_ text: String?, option: String) throws -> Set<EntityKind>? {
        guard let text else { return nil }
        switch EntityKind.parseList(text) {
        case .success(let kinds): return kinds
        case .failure(let error): throw CommandFailure("\(option): \(error)", status: .usage)
        }
    }
}
