import ArgumentParser
import Foundation
import GraphvizRenderer
import RelationGraph

/// `--graph PATH`, shared by every subcommand, and how a graph is found without it.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The graph to read: a folder of CSV tables, a .graphml, .gexf, node-link .json or .dot file, or an edge list (.tsv/.csv: source, target[, weight]).",
            discussion: """
                Without --graph, relgraph uses $RELGRAPH_GRAPH if set, else the bundled \
                German-Soviet graph: a Graphs/german-soviet-1918-1941 folder above the current \
                directory (a checkout, whose edits count at once), else the copy SwiftPM installs \
                beside the relgraph executable as a resource.
                """,
            valueName: "path"))
    var graph: String?

    /// Where the graph is, following the documented search order.
    func graphURL() throws -> URL {
        if let graph { return URL(fileURLWithPath: graph) }
        if let env = ProcessInfo.processInfo.environment["RELGRAPH_GRAPH"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let bundled = BundledGraph.locate() { return bundled }
        throw CommandFailure("""
            no --graph given and the bundled graph was not found.
            hint: build relgraph with SwiftPM (the graph ships as a resource), set RELGRAPH_GRAPH, or pass --graph PATH \
            (a folder with entities.csv and relations.csv)
            """, status: .noInput)
    }

    /// Loads the graph, turning validation problems into a printed report.
    func load(strict: Bool = false) throws -> Graph {
        try Self.read(try graphURL(), strict: strict)
    }

    /// Reads any graph input (``GraphFile``), with the exit status each failure calls for:
    /// nothing to read 66, an input format relgraph does not read 64, bad data 65.
    static func read(_ url: URL, strict: Bool = false) throws -> Graph {
        do {
            return try GraphFile.read(at: url, strict: strict)
        } catch {
            switch error {
            case .notFound, .notAGraphFolder, .unreadable:
                throw CommandFailure(error.description, status: .noInput)
            case .unsupported:
                throw CommandFailure(error.description, status: .usage)
            case .malformed:
                throw CommandFailure(error.description, status: .dataError)
            case .invalid:
                throw ValidationReportFailure(text: error.description + "; run 'relgraph validate' for the full report")
            }
        }
    }
}
