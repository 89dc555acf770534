import ArgumentParser
import Foundation
import RelationGraph

struct CommonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "common",
        abstract: "List the entities linked directly to both of two entities, with the linking relations.",
        discussion: """
            A relation in either direction counts as a link. --via limits the kind of the shared \
            entity; --predicate, --exclude-predicate, --at, --during and --strict-time limit the \
            linking relations; --avoid leaves entities out. The relations between the two \
            entities themselves are listed first; --depth 2 adds the entities within two hops of \
            both (chains that do not pass through the other end), with their chains.

            JSON (--format json): {"a":ID,"b":ID,"common":[{"id":ID,"name":NAME,"kind":KIND, \
            "fromA":[HOP...],"fromB":[HOP...]}], "depth":N, "direct":[HOP...], "withinTwo":[{"id","name", \
            "kind","distanceFromA","distanceFromB","fromA":[HOP...],"fromB":[HOP...]}]} with HOP \
            as in 'relgraph path'.
            Exit status: 0 shared entities or direct relations found, 1 none.

            Example:
              $ relgraph common molotov ribbentrop --via agreement
            """)

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var entities: EntityPairArguments<TwoEntities>

    @OptionGroup var filterOptions: PathFilterOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @Option(help: ArgumentHelp("1: shared neighbours; 2: also entities within two hops of both.", valueName: "n"))
    var depth = 1

    func validate() throws {
        if filterOptions.maxHops != nil || filterOptions.chronological || filterOptions.directed {
            throw ValidationError("--max-hops, --chronological and --directed are for 'relgraph path'")
        }
        if !(1...2).contains(depth) { throw ValidationError("--depth must be 1 or 2") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let (ia, ib) = try entities.resolve(in: graph)
            let filters = try filterOptions.filters(for: graph)
            let common: CommonNeighbors, ground: CommonGround
            do {
                common = try CommonNeighbors(graph: graph, a: ia, b: ib, filters: filters)
                ground = try CommonGround(graph: graph, a: ia, b: ib, depth: depth, filters: filters)
            } catch {
                throw CommandFailure("\(error)", status: .usage)
            }
            try format.print(Answer(neighbors: common, ground: ground)) { Self.text(common, graph: graph, ground: ground) }
            try requireFound(!(common.common.isEmpty && ground.direct.isEmpty && ground.withinTwo.isEmpty))
        }
    }

    static func text(_ common: CommonNeighbors, graph: Graph, ground: CommonGround? = nil) -> String {
        var explanation = PathExplanation(graph: graph)
        let na = graph.entity(withID: common.a)?.name ?? common.a
        let nb = graph.entity(withID: common.b)?.name ?? common.b
        var out = ["\(na) and \(nb): \(common.common.count) shared entit\(common.common.count == 1 ? "y" : "ies")"]
        if let ground { out += directLines(ground, explanation: &explanation) }
        for entry in common.common {
            out.append("")
            out.append("\(entry.name) [\(entry.kind.rawValue)]")
            for hop in entry.fromA + entry.fromB {
                out.append("  " + explanation.sentence(for: hop))
                out += explanation.evidenceLines(for: hop, indent: "      ")
            }
        }
        if let ground, ground.depth >= 2 { out += withinTwoLines(ground, explanation: &explanation) }
        let references = explanation.references
        if !references.isEmpty {
            out += ["", "Sources:"] + references.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
