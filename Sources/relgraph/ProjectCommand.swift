import ArgumentParser
import Foundation
import RelationGraph

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Co-affiliation networks: tie entities of one kind that share entities of others (who sat together, who co-signed).",
        discussion: """
            Example: relgraph project --via organization,agreement --kind person -o coaffiliation.graphml

            Any relation between a member (--kind) and a shared entity (--via) is an affiliation; \
            --predicate limits which. A tie's weight counts the shared entities (NetworkX's \
            bipartite.weighted_projected_graph); each tie keeps its shared entities and the \
            affiliations' citations. With --during/--at, a shared entity counts only where the two \
            affiliations overlap within the window (possible spans; known spans with --strict-time), \
            and the tie's span is that overlap.

            -o FILE saves the network as a graph every command reads (a folder, .graphml, .gexf, \
            .json, ...): the members, and one co-affiliated relation per tie whose weight is the \
            shared count (a length to 'path --weighted', a strength to 'rank --measure pagerank --weighted').

            JSON (--format json): {"kinds":[KIND...],"via":[KIND...],"members":N,"ties":[{"a":ID, \
            "aName":NAME,"b":ID,"bName":NAME,"weight":N,"start":DAY|null,"end":DAY|null, \
            "shared":[{"id","name","start","end","citations":[CITATION...]}]}]}.
            CSV (--format csv) columns: a, a_name, b, b_name, weight, start, end, shared, citations.
            Exit status: 0 ties found, 1 none.

            Example:
              $ relgraph project --via organization,agreement --kind person -o copeople
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Kinds of the shared entities (comma-separated).", valueName: "kinds"))
    var via: String

    @Option(help: ArgumentHelp("Kinds of the members to tie (comma-separated).", valueName: "kinds"))
    var kind = "person"

    @OptionGroup var filterOptions: RelationFilterOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Save the network to this file or folder (-: standard output, in the format --to names, in place of the listing).", valueName: "path"))
    var output: String?

    @Option(name: .customLong("to"), help: graphFormatHelp)
    var outputFormat: GraphFormat?

    @Option(help: ArgumentHelp("Most ties printed (all are saved with -o).", valueName: "n"))
    var limit = 50

    @Option(help: "Output format: text, csv or json.")
    var format: TableFormat = .text

    func validate() throws {
        try filterOptions.requireWindowForStrictTime()
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if outputFormat != nil && output == nil { throw ValidationError("--to needs -o") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            guard let members = try OptionParsing.kinds(kind, option: "--kind"), !members.isEmpty,
                  let shared = try OptionParsing.kinds(via, option: "--via"), !shared.isEmpty else {
                throw CommandFailure("--kind and --via each need at least one kind", status: .usage)
            }
            if !members.isDisjoint(with: shared) {
                throw CommandFailure("--kind and --via share \(members.intersection(shared).map(\.rawValue).sorted().joined(separator: ", ")); a co-affiliation network ties one set of kinds through another", status: .usage)
            }
            let network = CoAffiliation(graph: graph, kinds: members, via: shared, filter: try filterOptions.filter(for: graph))
            if let output { try GraphOutput.write(network.graph(from: graph), to: output, format: outputFormat) }
            // With -o -, standard output holds the network itself: no listing after it.
            if output != "-" {
                try format.print(network, csv: { Self.csv(network) }, text: { Self.text(network, graph: graph, limit: limit) })
            }
            try requireFound(!network.ties.isEmpty)
        }
    }

    static func csv(_ network: CoAffiliation) -> String {
        CSVWriter.text(header: ["a", "a_name", "b", "b_name", "weight", "start", "end", "shared", "citations"],
                       records: network.ties.map { t in
                           var seen = Set<Citation>()
                           return [t.a, t.aName, t.b, t.bName, String(t.weight), t.start ?? "", t.end ?? "",
                                   t.shared.map(\.id).joined(separator: ";"),
                                   t.shared.flatMap(\.citations).filter { seen.insert($0).inserted }.map(\.description).joined(separator: ";")]
                       })
    }

    static func text(_ network: CoAffiliation, graph: Graph, limit: Int) -> String {
        var numbering = CitationNumbering()
        let kinds = network.kinds.map(\.rawValue).joined(separator: ", "), via = network.via.map(\.rawValue).joined(separator: ", ")
        let tied = Set(network.ties.flatMap { [$0.a, $0.b] }).count
        var out = ["\(network.ties.count) tie\(network.ties.count == 1 ? "" : "s") among \(tied) of \(network.members) (\(kinds)) through shared \(via)"]
        for t in network.ties.prefix(limit) {
            let span = [t.start, t.end].contains(where: { $0 != nil }) ? " (\(t.start ?? "")..\(t.end ?? ""))" : ""
            out.append("  \(t.aName) and \(t.bName): \(t.weight) shared\(span)")
            for s in t.shared {
                let marks = numbering.marks(for: s.citations)
                out.append("    \(s.name)\(marks.isEmpty ? "" : " " + marks)")
            }
        }
        if network.ties.count > limit { out.append("(\(network.ties.count - limit) more ties; raise --limit, or save them all with -o)") }
        let references = numbering.references(in: graph)
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }
}
