import Foundation
import ArgumentParser
import RelationGraph

/// The filters shared by `path`, `neighbors` and `common`.
struct PathFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Kinds allowed for entities in the middle of a path (comma-separated): person, organization, facility, agreement, place, event, other.", valueName: "kinds"))
    var via: String?

    @OptionGroup var relationOptions: RelationFilterOptions

    @Option(name: .customLong("exclude-predicate"), help: ArgumentHelp("Never use relations with these predicates (comma-separated).", valueName: "predicates"))
    var excludedPredicates: String?

    @Option(help: ArgumentHelp("Route around this entity (id, name or alias); repeatable, or comma-separated ids.", valueName: "entity"))
    var avoid: [String] = []

    @Flag(help: "Follow relations only from subject to object.")
    var directed = false

    /// Options some commands do not take; each command says which of them it accepts.
    @Option(name: .customLong("max-hops"), help: ArgumentHelp("Longest path accepted, in hops (path only; with --weighted, the lightest of the 200 lightest paths that fits).", valueName: "n"))
    var maxHops: Int?

    @Flag(help: "Time-respecting paths: each relation starts no earlier than the one before (path only).")
    var chronological = false

    func validate() throws {
        try relationOptions.requireWindowForStrictTime(orAlso: chronological, otherName: "--chronological")
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
    }

    /// The filters, with entities resolved and predicates checked against the graph's schema.
    func filters(for graph: Graph) throws -> RelationFilter {
        var f = try relationOptions.filter(for: graph, excluding: OptionParsing.list(excludedPredicates) ?? [])
        if let via {
            switch EntityKind.parseList(via) {
            case .success(let kinds): f.viaKinds = kinds
            case .failure(let error):
                throw CommandFailure("--via: \(error) (kinds: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))", status: .usage)
            }
        }
        for item in avoid {
            // An exact id may contain no comma, so a comma always separates several entities.
            for name in item.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                f.avoid.insert(try resolveEntity(name, in: graph, option: "--avoid"))
            }
        }
        f.directed = directed
        f.maxHops = maxHops
        f.chronological = chronological
        return f
    }
}

/// Resolves an entity by id, name or alias, or fails with the lookup's candidates; when other
/// entities' names contain an exact match, says so on standard error ("also: ...").
func resolveEntity(_ query: String, in graph: Graph, option: String? = nil) throws -> EntityHandle {
    let prefix = option.map { "\($0): " } ?? ""
    // Swift's arguments carry bytes that are not UTF-8 as U+FFFD, which the lookup's folding
    // would drop or match to an unrelated entity: refuse the argument as typed instead.
    if isInvalidUTF8Argument(query) {
        throw CommandFailure(prefix + "'\(query)' is not valid UTF-8; give the entity's id, name or alias in UTF-8",
                             status: .usage)
    }
    do {
        let resolution = try graph.resolveNoting(query)
        if let also = resolution.alsoLine { printError(also) }
        return resolution.entity
    } catch {
        throw CommandFailure(prefix + "\(error)", status: .notFound)
    }
}

/// Whether `text` came from a command-line argument whose bytes are not valid UTF-8.
func isInvalidUTF8Argument(_ text: String) -> Bool {
    guard text.unicodeScalars.contains("\u{FFFD}") else { return false }
    for i in 0..<Int(CommandLine.argc) {
        guard let raw = CommandLine.unsafeArgv[i] else { continue }
        if String(validatingCString: raw) == nil && String(cString: raw).contains(text) { return true }
    }
    return false
}
