import ArgumentParser
import Foundation
import RelationGraph

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the predicate vocabulary a graph uses: the built-in one and its own schema.csv.",
        discussion: """
            A graph's schema.csv extends the built-in vocabulary: its predicates are added, and a \
            predicate it defines under a built-in name replaces that one whole. --builtin prints \
            the built-in vocabulary alone; --format csv prints schema.csv text to start from.

            Example:
              $ relgraph schema --builtin
              signed          signed / signed by
                              person, organization -> agreement
                              The subject put its signature to the agreement.
              ...
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Flag(help: "The built-in vocabulary, without reading a graph.")
    var builtin = false

    @Option(help: "Output format: text, csv (schema.csv) or json.")
    var format: TableFormat = .text

    func run() throws {
        try reportingFailures {
            let schema = builtin ? Schema.default : try graphOptions.load().schema
            try format.print(schema.predicates, csv: { schema.csvText }, text: { Self.text(schema) })
        }
    }

    /// One block per predicate: name, both readings, the kinds it links, its definition.
    static func text(_ schema: Schema) -> String {
        let width = max(16, (schema.predicates.map(\.name.count).max() ?? 0) + 2)
        func kinds(_ set: Set<EntityKind>?) -> String { set.map { $0.sorted().map(\.rawValue).joined(separator: ", ") } ?? "any" }
        return schema.predicates.map { p in
            let pad = String(repeating: " ", count: width)
            let name = p.name.padding(toLength: width, withPad: " ", startingAt: 0)
            var block = "\(name)\(p.phrase) / \(p.inverse)\(p.isSymmetric ? " (symmetric)" : "")\n"
            block += "\(pad)\(kinds(p.subjectKinds)) -> \(kinds(p.objectKinds))\n"
            if !p.description.isEmpty { block += "\(pad)\(p.description)\n" }
            return block
        }.joined()
    }
}
