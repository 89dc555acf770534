import ArgumentParser
import Foundation
import RelationGraph

struct SeparateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "separate",
        abstract: "The fewest entities whose removal disconnects two entities, and the route left without each.",
        discussion: """
            A minimum vertex cut by maximum flow: its size is the number of routes between the two \
            that share no entity. For each member, the shortest route that remains when it alone \
            is removed (none when the cut has one member). Relations joining the two directly \
            cannot be cut by removing entities: they are listed first and set aside. The filters \
            of 'relgraph path' apply (except --max-hops and --chronological).

            JSON (--format json): {"a":ID,"b":ID,"direct":[HOP...],"connected":BOOL, \
            "cut":[{"id":ID,"name":NAME,"kind":KIND,"route":PATH|null}]} with HOP and PATH as in \
            'relgraph path'.
            Exit status: 0 connected (by direct relations or routes), 1 not connected at all.

            Example:
              $ relgraph separate rathenau molotov
            """)

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var entities: EntityPairArguments<TwoEntities>

    @OptionGroup var filterOptions: PathFilterOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if filterOptions.maxHops != nil || filterOptions.chronological {
            throw ValidationError("--max-hops and --chronological are for 'relgraph path'")
        }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let (ia, ib) = try entities.resolve(in: graph)
            let separation: Separation
            do { separation = try Separation(graph: graph, a: ia, b: ib, filters: try filterOptions.filters(for: graph)) } catch let error as PathQueryError {
                throw CommandFailure("\(error)", status: .usage)
            }
            try format.print(separation) { Self.text(separation, graph: graph) }
            try requireFound(!separation.direct.isEmpty || separation.connected)
        }
    }

    static func text(_ s: Separation, graph: Graph) -> String {
        var explanation = PathExplanation(graph: graph)
        let na = graph.entity(withID: s.a)?.name ?? s.a, nb = graph.entity(withID: s.b)?.name ?? s.b
        var out: [String] = []
        if !s.direct.isEmpty {
            out.append("\(na) and \(nb) are linked directly by \(s.direct.count) relation\(s.direct.count == 1 ? "" : "s"); no removal of entities cuts \(s.direct.count == 1 ? "it" : "them"):")
            out += s.direct.map { "  " + explanation.sentence(for: $0) }
            out.append("")
        }
        let lead = s.direct.isEmpty ? "Removing" : "Besides the direct relations, removing"
        if !s.connected {
            out.append(s.direct.isEmpty ? "\(na) and \(nb) are not connected at all." : "Besides the direct relations, no route joins them.")
        } else {
            let k = s.cut.count
            out.append("\(lead) \(k) entit\(k == 1 ? "y" : "ies") separates \(na) from \(nb) (\(k) route\(k == 1 ? "" : "s") share no entity):")
            for m in s.cut {
                out.append("")
                out.append("\(m.name) [\(m.kind.rawValue)]")
                if let route = m.route {
                    out.append("  without it: \(route.length) hop\(route.length == 1 ? "" : "s"), \(explanation.route(route))")
                    out += explanation.lines(for: route, indent: "    ")
                } else {
                    out.append("  without it: no route remains")
                }
            }
        }
        let references = explanation.references
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }
}
