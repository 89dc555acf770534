import ArgumentParser
import Foundation
import RelationGraph

struct BrokersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brokers",
        abstract: "List the brokers: entities and links whose removal splits the network.",
        discussion: """
            Articulation points are entities whose removal disconnects others that were \
            connected; each is shown with how many entities it cuts off from the largest \
            remaining part. Bridges are links that are the only connection between two parts, \
            with the size of the smaller part and the relations that form the link. Relations \
            are taken both ways (who connects to whom); --during restricts them to a period.

            Example (the Florentine families as an edge list):
              $ relgraph brokers --graph florentine.tsv --top 2
              articulation points: 4 (showing 2)
                Medici  (other, Medici)  cuts off 3
                Albizzi  (other, Albizzi)  cuts off 1
              bridges: 5 (showing 2)
                Medici -- Salviati  smaller side 2  [Medici related-to Salviati]
                Acciaiuoli -- Medici  smaller side 1  [Acciaiuoli related-to Medici]

            On the bundled graph, the persons who hold it together:
              $ relgraph brokers --kind person --top 5
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Only relations whose span overlaps this period.", valueName: "A..B"))
    var during: String?

    @Flag(name: .customLong("strict-time"), help: "With --during, only relations known to hold then (by their own dates).")
    var strictTime = false

    @OptionGroup var layerOptions: LayerOptions

    @Option(help: ArgumentHelp("List at most N articulation points and N bridges (the most separating first).", valueName: "N"))
    var top: Int?

    @Option(help: ArgumentHelp(
        "Only articulation points of these kinds, and bridges with an end of one (comma-separated).",
        valueName: "kinds"))
    var kind: String?

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if let during { do { _ = try TimeSpan(parsing: during) } catch { throw ValidationError("--during: \(error)") } }
        if strictTime && during == nil { throw ValidationError("--strict-time needs --during") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        if let kind, case .failure(let error) = EntityKind.parseList(kind) { throw ValidationError("--kind: \(error)") }
    }

    struct BrokersJSON: Encodable {
        let articulationPoints: [Brokers.Broker]
        let bridges: [BridgeJSON]
        enum CodingKeys: String, CodingKey { case articulationPoints = "articulation_points", bridges }
    }

    struct BridgeJSON: Encodable {
        let from: String, to: String, smallerSide: Int
        let relations: [RelationJSON]
        enum CodingKeys: String, CodingKey { case from, to, relations, smallerSide = "smaller_side" }
    }

    struct RelationJSON: Encodable {
        let subject: String, predicate: String, object: String
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let window = try during.map { try TimeSpan(parsing: $0) }
            let kinds = try kind.map { try EntityKind.parseList($0).get() }
            let all = Brokers(graph, filter: RelationFilter(window: window, strictTime: strictTime, includedLayers: layerOptions.layers))
            let brokers = all.limited(kinds: kinds, top: top, in: graph)
            switch format {
            case .json:
                let bridges = brokers.bridges.map { b in
                    BridgeJSON(from: b.from, to: b.to, smallerSide: b.smallerSide, relations: b.relations.map {
                        RelationJSON(subject: graph.relations[$0].subject, predicate: graph.relations[$0].predicate,
                                     object: graph.relations[$0].object)
                    })
                }
                print(try jsonText(BrokersJSON(articulationPoints: brokers.articulationPoints, bridges: bridges)))
            case .text:
                print(Self.text(brokers, of: all, graph: graph), terminator: "")
            }
        }
    }

    /// The listing of `brokers`, a cut-down of `all` (the counts say how many there are in all).
    static func text(_ brokers: Brokers, of all: Brokers, graph: Graph) -> String {
        func count(_ shown: Int, _ total: Int) -> String { shown == total ? "\(total)" : "\(total) (showing \(shown))" }
        var out = "articulation points: \(count(brokers.articulationPoints.count, all.articulationPoints.count))\n"
        for b in brokers.articulationPoints {
            out += "  \(b.name)  (\(b.kind.rawValue), \(b.id))  cuts off \(b.separated)\n"
        }
        out += "bridges: \(count(brokers.bridges.count, all.bridges.count))\n"
        for b in brokers.bridges {
            let name = { (id: String) in graph.entity(withID: id)?.name ?? id }
            let via = b.relations.map {
                let r = graph.relations[$0]
                return "\(r.subject) \(r.predicate) \(r.object)"
            }.joined(separator: "; ")
            out += "  \(name(b.from)) -- \(name(b.to))  smaller side \(b.smallerSide)  [\(via)]\n"
        }
        return out
    }
}
