import ArgumentParser
import Foundation
import RelationGraph

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a graph folder and list every problem as FILE:LINE: message.",
        discussion: """
            Reports every problem, not just the first: malformed CSV, missing or misspelled \
            columns, duplicate ids, unknown entity ids (with the nearest known id), predicates the \
            schema does not define or whose kinds do not fit, impossible dates, end before start. \
            Exits 0 when the graph is valid, 1 when it is not. Did-you-mean suggestions are given \
            for the first 1000 unknown names (ids, predicates, sources), each up to 64 characters \
            long; every problem is reported either way.

            Example:
              $ relgraph validate --strict --graph Graphs/german-soviet-1918-1941
              ok: 344 entities, 788 relations, 5 sources (strict)
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Flag(help: "Also require a citation on every relation and a known source for every citation.")
    var strict = false

    @Flag(help: "Print only the problems, not the summary line.")
    var quiet = false

    @Flag(name: .customLong("list-disputes"), help: "List the disputed facts: each fact whose claims differ in dates, with every claim and its citations.")
    var listDisputes = false

    func run() throws {
        try reportingFailures {
            let url = try graphOptions.graphURL()
            guard GraphFolder.isGraphFolder(url) else {
                _ = try GraphOptions.read(url)
                if !quiet { print("ok: \(url.path) reads as a graph") }
                return
            }
            // A folder without one of the two required tables is missing input (66), not invalid data.
            for table in [GraphFolder.entitiesFile, GraphFolder.relationsFile]
            where !FileManager.default.fileExists(atPath: url.appendingPathComponent(table).path) {
                throw CommandFailure("\(url.path): no \(table) in this folder (a graph folder needs entities.csv and relations.csv)",
                                     status: .noInput)
            }
            let (graph, report) = GraphFolder.validate(at: url, strict: strict)
            for diagnostic in report.diagnostics {
                print("\(url.path)/\(diagnostic)")
            }
            guard let graph, !report.hasErrors else {
                let count = report.errors.count
                printError("\(count) error\(count == 1 ? "" : "s") in \(url.path)")
                throw ExitCode(1)
            }
            if listDisputes {
                for claims in graph.disputedFacts {
                    let first = graph.relations[claims[0]]
                    let hop = try PathHop(graph: graph, relation: claims[0], from: graph.handles[Int(graph.relationSubject[claims[0]])])
                    print("fact \(first.fact ?? ""): \(first.subject) \(first.predicate) \(first.object)")
                    for line in PathExplanation(graph: graph).evidenceLines(for: hop, indent: "  ")
                    where line.hasPrefix("  disputed:") { print(line) }
                }
            }
            if !quiet {
                let warnings = report.warnings.count
                print("ok: \(graph.entities.count) entities, \(graph.relations.count) relations, \(graph.sources.count) sources"
                      + (strict ? " (strict)" : "") + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
            }
        }
    }
}
