import ArgumentParser
import Foundation
import RelationGraph

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find chains of entities by kind and predicate: 'person -signed-> agreement <-party-to- organization'.",
        discussion: """
            A node term is a kind (or kinds, comma-separated), * for any entity, or an entity in \
            brackets ([stalin], [Treaty of Rapallo]). An edge term is -P-> (subject on the left), \
            <-P- (subject on the right) or -P- (either way); P is a comma list of predicates or *. \
            Separate terms by spaces and quote the pattern for the shell.

            Each binding is one chain: one entity per node, one relation per edge (parallel \
            relations give separate bindings). Time filters apply to every hop; --chronological \
            asks each dated hop to start no earlier than the dated hops before it. An entity may \
            appear once per chain unless --no-distinct. Bindings are ordered by the first entity \
            (entities.csv order), then hop by hop by the next entity and the relation reaching it \
            (relations.csv order); counting stops at --count-bound.

            JSON (--format json): {"pattern":TEXT,"count":N,"countIsExact":BOOL,"truncated":BOOL, \
            "bindings":[{"entities":[{"id","name","kind"}...],"hops":[HOP...]}]} with HOP as in \
            'relgraph path'.
            CSV (--format csv): binding, then per node nodeI (id), per hop hopI_predicate, \
            hopI_reversed, hopI_start, hopI_end, hopI_sources.
            Exit status: 0 bindings found, 1 none, 64 the pattern does not parse (the message \
            names the column).

            Example:
              $ relgraph match 'person -signed-> agreement <-party-to- organization'
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "The pattern, e.g. 'person -signed-> agreement <-party-to- organization'.")
    var pattern: String

    @OptionGroup var filterOptions: RelationFilterOptions

    @Flag(help: "Each dated hop starts no earlier than the dated hops before it.")
    var chronological = false

    @Flag(inversion: .prefixedNo, help: "Forbid an entity twice in one chain.")
    var distinct = true

    @Option(help: ArgumentHelp("Most bindings listed.", valueName: "n"))
    var limit = 100

    @Option(name: .customLong("count-bound"), help: ArgumentHelp("Stop counting bindings here.", valueName: "n"))
    var countBound = 10_000

    @Option(help: "Output format: text, csv or json.")
    var format: TableFormat = .text

    func validate() throws {
        try filterOptions.requireWindowForStrictTime(orAlso: chronological, otherName: "--chronological")
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if countBound < 1 { throw ValidationError("--count-bound must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let parsed: ChainPattern
            do { parsed = try ChainPattern(parsing: pattern, in: graph) } catch let error as ChainPattern.ParseError {
                let pointer = String(repeating: " ", count: error.column - 1) + "^"
                throw CommandFailure("pattern \(error)\n  \(pattern)\n  \(pointer)", status: error.isLookup ? .notFound : .usage)
            }
            let options = ChainMatches.Options(filter: try filterOptions.filter(for: graph), distinct: distinct,
                                               chronological: chronological, limit: limit, countBound: countBound)
            let matches = ChainMatches(graph: graph, pattern: parsed, text: pattern, options: options)
            try format.print(matches, csv: { Self.csv(matches) }, text: { Self.text(matches, graph: graph) })
            try requireFound(matches.count > 0)
        }
    }

    static func countText(_ m: ChainMatches) -> String {
        let total = m.countIsExact ? "\(m.count)" : "more than \(m.count)"
        let noun = m.count == 1 && m.countIsExact ? "binding" : "bindings"
        return m.truncated ? "\(m.bindings.count) of \(total) \(noun)" : "\(total) \(noun)"
    }

    static func text(_ m: ChainMatches, graph: Graph) -> String {
        var explanation = PathExplanation(graph: graph)
        var out = ["\(m.pattern): \(countText(m))"]
        for (i, b) in m.bindings.enumerated() {
            out.append("")
            out.append("\(i + 1). " + b.entities.map(\.name).joined(separator: " · "))
            for hop in b.hops { out.append("   " + explanation.sentence(for: hop)) }
        }
        if !m.countIsExact {
            out.append("")
            out.append("(counting stopped at \(m.count) bindings, the --count-bound; there are more)")
        } else if m.truncated {
            out.append("")
            out.append("(\(m.count - m.bindings.count) more bindings; raise --limit to see them)")
        }
        let references = explanation.references
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }

    static func csv(_ m: ChainMatches) -> String {
        let nodes = m.bindings.first?.entities.count ?? 0
        var header = ["binding"] + (0..<nodes).map { "node\($0 + 1)" }
        for h in 0..<max(0, nodes - 1) {
            header += ["hop\(h + 1)_predicate", "hop\(h + 1)_reversed", "hop\(h + 1)_start", "hop\(h + 1)_end", "hop\(h + 1)_sources"]
        }
        let records = m.bindings.enumerated().map { i, b in
            [String(i + 1)] + b.entities.map(\.id) + b.hops.flatMap { hop in
                [hop.predicate, String(hop.reversed), hop.start?.description ?? "", hop.end?.description ?? "",
                 hop.sources.map(\.description).joined(separator: ";")]
            }
        }
        return CSVWriter.text(header: header, records: records)
    }
}
