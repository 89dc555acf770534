import ArgumentParser
import Foundation
import RelationGraph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an entity card: its attributes, then every relation read from its side, with dates and citations.",
        discussion: """
            ENTITY is an id, a name or an alias; case and accents do not matter, and one word of \
            a name is enough when it is unambiguous ("seeckt", "tukhachevsky"). Relations of \
            every layer are shown, those of a layer such as historiography marked.

            JSON (--format json): {"entity":{"id","name","kind","aliases", \
            "lifespan":{"start","end"},"group","description","attributes","layer", \
            "sources"},"relations":[HOP...]}, each HOP as in 'relgraph path', walked from \
            ENTITY, with "phrase", "toName", "toKind" and "layer" added.

            Examples:
              $ relgraph show seeckt
              Hans von Seeckt  [person]  id: hans-von-seeckt
                also:        Johannes Friedrich Leopold von Seeckt; von Seeckt; Seeckt
                when:        1866-04-22..1936-12-27
                ...
              relations (10):
                commanded Reichswehr (1920..1926) [1][6]
                ...
              $ relgraph show seeckt --format json
              {
                "entity" : {
                  "aliases" : [
                    "Johannes Friedrich Leopold von Seeckt",
                ...
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "The entity: id, name or alias.")
    var entity: String

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let card = try EntityCard(graph: graph, entity: try resolveEntity(entity, in: graph))
            switch format {
            case .json: print(try jsonText(card))
            case .text: print(Self.text(card, graph: graph), terminator: "")
            }
        }
    }

    static func text(_ card: EntityCard, graph: Graph) -> String {
        let e = card.entity
        var out = "\(e.name)  [\(e.kind.rawValue)]  id: \(e.id)\n"
        if let layer = e.layer { out += "  layer:       \(layer) (left out of analyses unless --include-layer \(layer))\n" }
        if !e.aliases.isEmpty { out += "  also:        \(e.aliases.joined(separator: "; "))\n" }
        if !e.span.isUnknown { out += "  when:        \(e.span)\n" }
        if let g = e.group { out += "  group:       \(g)\n" }
        if let d = e.description { out += "  description: \(d)\n" }
        for (key, value) in e.attributes.sorted(by: { $0.key < $1.key }) { out += "  \(key): \(value)\n" }
        if !card.entityCitationNumbers.isEmpty {
            out += "  sources:     " + card.entityCitationNumbers.map { "[\($0)]" }.joined() + "\n"
        }
        out += "\nrelations (\(card.lines.count)):\n"
        for line in card.lines {
            var text = "  " + (line.layer.map { "[\($0)] " } ?? "") + "\(line.wording) \(line.other.name)"
            if let dates = line.dates { text += " (\(dates))" }
            if !line.citationNumbers.isEmpty { text += " " + line.citationNumbers.map { "[\($0)]" }.joined() }
            out += text + "\n"
            let predicate = graph.relations[line.relationIndex].predicate
            for extra in PathExplanation.evidenceLines(line.evidence, predicate: predicate, graph: graph, indent: "      ") {
                out += extra + "\n"
            }
        }
        if !card.references.isEmpty {
            out += "\nsources:\n" + card.references.map { "  \($0)\n" }.joined()
        }
        return out
    }
}
