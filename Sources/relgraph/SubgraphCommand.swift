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
              relgraph subgraph --around lipetsk --depth 2 -o lipetsk
              relgraph subgraph --during 1939..1941 --kind person,organization,agreement -o pact-years
            """)

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var subgraphOptions: SubgraphOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the subgraph (a graph folder).", valueName: "path"))
    var output: String

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let sub = try subgraphOptions.apply(to: graph)
            let url = URL(fileURLWithPath: output)
            do {
                try GraphFolder.save(sub, to: url)
            } catch {
                throw CommandFailure("cannot write \(url.path): \(error.localizedDescription)", status: .cannotWrite)
            }
            printError("wrote \(sub.entities.count) entities and \(sub.relations.count) relations to \(url.path)")
        }
    }
}
