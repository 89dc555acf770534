import ArgumentParser
import Foundation
import RelationGraph

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph between formats: graph folder, GraphML, GEXF, node-link JSON, Neo4j, edge lists.",
        discussion: """
            Formats come from the extensions (.graphml, .gexf, .json, .neo4j for a Neo4j import \
            folder, .tsv/.csv edge lists, no extension for a graph folder) or from --to. The \
            output is written atomically: a failed conversion leaves nothing behind.

            Examples:
              $ relgraph convert Graphs/german-soviet-1918-1941 pact.graphml
              $ relgraph convert network.graphml network --to folder
            """)

    @Argument(help: ArgumentHelp("The graph to read (folder, .graphml, .gexf, .json, .tsv, .csv).", valueName: "input"))
    var input: String

    @Argument(help: ArgumentHelp("Where to write (-: standard output, in the format --to names).", valueName: "output"))
    var output: String

    @Option(help: graphFormatHelp)
    var to: GraphFormat?

    @Flag(help: "Validate a graph folder input strictly first.")
    var strict = false

    func run() throws {
        try reportingFailures {
            let graph = try GraphOptions.read(URL(fileURLWithPath: input), strict: strict)
            try GraphOutput.write(graph, to: output, format: to)
        }
    }
}
