import ArgumentParser
import Foundation
import RelationGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities within a few hops of an entity, each with the relation that reaches it.",
        discussion: """
            Undirected by default; --directed follows relations from subject to object. The \
            filters of 'relgraph path' apply (except --max-hops and --chronological): entities \
            that --via or --avoid keep out of the middle are listed but not passed through.

            JSON (--format json): {"center":ID,"depth":N,"members":[{"id":ID,"name":NAME, \
            "kind":KIND,"distance":N,"hop":HOP}]} with HOP as in 'relgraph path'.
            Exit status: 0 entities found, 1 none.

            Example:
              $ relgraph neighbors kama
              Kama tank school: 12 entities within 1 hop

              at 1 hop:
                Kazan [place]: Kama tank school was located in Kazan [5][1][6][7][2]
                ...
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "The entity: id, name or alias.")
    var entity: String

    @Option(help: "How many hops out.")
    var depth = 1

    @OptionGroup var filterOptions: PathFilterOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        if filterOptions.maxHops != nil { throw ValidationError("--max-hops is for 'relgraph path'; use --depth") }
        if filterOptions.chronological { throw ValidationError("--chronological is for 'relgraph path'") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let center = try resolveEntity(entity, in: graph)
            let filters = try filterOptions.filters(for: graph)
            let hood: Neighborhood
            do { hood = try Neighborhood(graph: graph, center: center, depth: depth, filters: filters) } catch {
                throw CommandFailure("\(error)", status: .usage)
            }
            try format.print(hood) { Self.text(hood, graph: graph) }
            try requireFound(!hood.members.isEmpty)
        }
    }

    static func text(_ hood: Neighborhood, graph: Graph) -> String {
        var explanation = PathExplanation(graph: graph)
        let name = graph.entity(withID: hood.center)?.name ?? hood.center
        var out = ["\(name): \(hood.members.count) entit\(hood.members.count == 1 ? "y" : "ies") within \(hood.depth) hop\(hood.depth == 1 ? "" : "s")"]
        var distance = 0
        for m in hood.members {
            if m.distance != distance {
                distance = m.distance
                out.append("")
                out.append("at \(distance) hop\(distance == 1 ? "" : "s"):")
            }
            out.append("  \(m.name) [\(m.kind.rawValue)]: \(explanation.sentence(for: m.hop))")
            out += explanation.evidenceLines(for: m.hop, indent: "      ")
        }
        let references = explanation.references
        if !references.isEmpty {
            out += ["", "Sources:"] + references.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
