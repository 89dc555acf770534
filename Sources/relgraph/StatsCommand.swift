import ArgumentParser
import Foundation
import RelationGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarize a graph: counts by kind and predicate, time covered, components, best-connected entities.",
        discussion: """
            "degree" here counts an entity's relations (parallel relations each count); \
            'relgraph rank --measure degree' counts distinct neighbours, as NetworkX does.

            Example:
              $ relgraph stats --top 3
              entities   344  (organization 101, person 86, place 51, ...)
              relations  788  (788 cited, 603 dated)
              ...
              top by relations:
                 1. Soviet Union         139  organization
                 2. Nazi Germany          99  organization
                 3. Weimar Germany        36  organization
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @Option(help: "How many entities to list by number of relations.")
    var top = 10

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let stats = GraphStatistics(graph, top: top)
            switch format {
            case .json: print(try jsonText(stats))
            case .text: print(Self.text(stats), terminator: "")
            }
            KeptUntilExit.keep(graph)
        }
    }

    static func text(_ s: GraphStatistics) -> String {
        func breakdown(_ counts: [String: Int]) -> String {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        var out = ""
        out += "entities   \(s.entityCount)  (\(breakdown(s.entitiesByKind)))\n"
        out += "relations  \(s.relationCount)  (\(s.citedRelationCount) cited, \(s.datedRelationCount) dated)\n"
        out += "disputed facts  \(s.disputedFactCount)\n"
        out += "predicates \(breakdown(s.relationsByPredicate))\n"
        out += "sources    \(s.sourceCount)\n"
        if let a = s.earliest, let b = s.latest { out += "time       \(a) .. \(b)\n" }
        let sizes = s.componentSizes.prefix(8).map(String.init).joined(separator: ", ")
        out += "components \(s.componentCount)  (sizes \(sizes)\(s.componentSizes.count > 8 ? ", …" : ""))\n"
        if !s.topByRelations.isEmpty {
            out += "top by relations:\n"
            let width = s.topByRelations.map(\.name.count).max() ?? 0
            for (i, e) in s.topByRelations.enumerated() {
                let name = e.name.padding(toLength: width, withPad: " ", startingAt: 0)
                out += "  \(String(i + 1).leftPadded(to: 2)). \(name)  \(String(e.relationCount).leftPadded(to: 4))  \(e.kind.rawValue)\n"
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
