import ArgumentParser
import Foundation
import RelationGraph

struct SubgraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subgraph",
        abstract: "Take out part of a graph: an ego network, a component, a period, some kinds or predicates.",
        discussion: """
            Options compose: filters (--kind, --group, --predicate, --exclude-predicate, --during, \
            --at) decide what exists; --around and --component-of pick entities within that; \
            several picks intersect. Kind and group filters keep every matching entity; predicate \
            and time filters drop entities left without relations.

            Examples:
              $ relgraph subgraph --around "lipetsk fighter school" --depth 2 \\
                  -o lipetsk.graphml
              $ relgraph subgraph --during 1939..1941 \\
                  --kind person,organization,agreement -o pact-years
            """)

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var subgraphOptions: SubgraphOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the subgraph; the extension picks the format (-: standard output, in the format --to names).", valueName: "path"))
    var output: String

    @Option(help: graphFormatHelp)
    var to: GraphFormat?

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let sub = try subgraphOptions.apply(to: graph)
            try GraphOutput.write(sub, to: output, format: to)
        }
    }
}
