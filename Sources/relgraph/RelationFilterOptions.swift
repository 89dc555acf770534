import ArgumentParser
import RelationGraph

/// The predicate, time and layer filters every command that filters relations shares
/// (subgraph and render, path and its kin, relations, match, gaps, project): one set of
/// options, read into one ``RelationFilter`` the same way everywhere.
struct RelationFilterOptions: ParsableArguments {
    @Option(name: .customLong("predicate"), help: ArgumentHelp("Only relations with these predicates (comma-separated).", valueName: "predicates"))
    var predicates: String?

    @Option(help: ArgumentHelp("Only relations that may have held in this window (possible span): 1922..1933, 1939.., ..1926, 192X.", valueName: "A..B"))
    var during: String?

    @Option(help: ArgumentHelp("Only relations that may have held at this date (possible span): 1926, 1939-08.", valueName: "date"))
    var at: String?

    @Flag(name: .customLong("strict-time"), help: "Read the time filters by known spans: only what a relation's own dates state.")
    var strictTime = false

    @OptionGroup var layerOptions: LayerOptions

    func validate() throws {
        if during != nil && at != nil { throw ValidationError("give --during or --at, not both") }
        do { _ = try window() } catch { throw ValidationError(error.description) }
    }

    /// Whether a time window is given (commands without --chronological require one for --strict-time).
    var hasWindow: Bool { during != nil || at != nil }

    /// Whether any of these options narrows the relations.
    var isEmpty: Bool { predicates == nil && !hasWindow }

    /// Fails when --strict-time is given with nothing for it to act on.
    func requireWindowForStrictTime(orAlso other: Bool = false, otherName: String = "") throws {
        if strictTime && !hasWindow && !other {
            throw ValidationError("--strict-time needs \(otherName.isEmpty ? "--during or --at" : "--during, --at or \(otherName)")")
        }
    }

    /// The time window of --during or --at.
    func window() throws(OptionParsing.BadWindow) -> TimeSpan? {
        try OptionParsing.window(during: during, at: at)
    }

    /// The filter, without checking predicates against a graph (see ``filter(for:)``).
    func filter() throws -> RelationFilter {
        var f = RelationFilter()
        f.predicates = OptionParsing.list(predicates)
        do { f.window = try window() } catch { throw CommandFailure(error.description, status: .usage) }
        f.strictTime = strictTime
        f.includedLayers = layerOptions.layers
        return f
    }

    /// The filter, its predicates (and `excluded`) checked against the graph's schema.
    func filter(for graph: Graph, excluding excluded: Set<String> = []) throws -> RelationFilter {
        var f = try filter()
        f.excludedPredicates = excluded
        try OptionParsing.checkPredicates((f.predicates ?? []).union(excluded), in: graph)
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
