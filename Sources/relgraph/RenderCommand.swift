import ArgumentParser
import Foundation
import GraphvizRenderer
import RelationGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph, or part of it, with Graphviz (in process).",
        discussion: """
            Shapes tell kinds apart (person ellipse, organization rounded box, facility house, \
            agreement note, place plain text, event diamond), fill colours tell groups apart, and \
            edges carry their predicate and years. A legend explains both.

            --format dot writes DOT without layout; svg, png, pdf, json, canon, xdot and any other \
            format the installed Graphviz offers are laid out and rendered by libgvc. Output is \
            the same for the same input and options. Files are written atomically.

            Examples:
              $ relgraph render -o graph.svg
              $ relgraph render --around seeckt --depth 1 --format png -o seeckt.png
              $ relgraph render --during 1939..1941 \\
                  --kind person,organization,agreement -o pact.svg
              $ relgraph render --engine neato --cluster-by group --size-by degree -o g.pdf
            """)

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Part of the graph") var subgraphOptions: SubgraphOptions

    @Option(help: ArgumentHelp("Output format: svg, png, pdf, dot (no layout), json, canon...", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp(
        "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).",
        discussion: "Default: dot up to 60 entities and 120 relations, sfdp beyond.", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically); the format defaults to its extension.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Draw clusters by this field (group).", valueName: "field"))
    var clusterBy: ClusterField?

    @Option(name: .customLong("size-by"), help: ArgumentHelp(
        "Size nodes by a centrality: degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, core.",
        discussion: "Computed on the whole graph (as `relgraph rank` computes it), then drawn for the part shown.",
        valueName: "measure"))
    var sizeBy: CentralityMeasure?

    @Option(help: ArgumentHelp("Rank direction for dot: TB, LR, BT, RL.", valueName: "dir"))
    var rankdir: RankDirection = .leftToRight

    @Option(help: ArgumentHelp("A title above the diagram.", valueName: "text"))
    var title: String?

    @Option(name: .customLong("edge-labels"), help: ArgumentHelp(
        "Edge labels: none, predicate, predicate-and-years.",
        discussion: "Default: predicate-and-years up to 60 entities and 120 relations, none beyond.", valueName: "what"))
    var edgeLabels: RenderOptions.EdgeLabels?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            // --around, --kind, --during... pick the part drawn; the --around entities are highlighted.
            let drawn = try subgraphOptions.apply(to: graph)
            var options = RenderOptions.suggested(entityCount: drawn.entities.count, relationCount: drawn.relations.count)
            if let engine { options.engine = engine }
            if let edgeLabels { options.edgeLabels = edgeLabels }
            options.rankDirection = rankdir
            options.title = title
            options.clusterByGroup = clusterBy == .group
            options.showsLegend = !noLegend
            options.dimsOthers = false
            for query in subgraphOptions.around {
                if let index = try? graph.resolve(query) { options.highlightedEntities.insert(graph.entities[index].id) }
            }
            if let sizeBy {
                let scores: [Double]
                do { scores = try graph.centrality(CentralityOptions(measure: sizeBy)) } catch {
                    throw CommandFailure("--size-by \(sizeBy.rawValue): \(error)", status: .dataError)
                }
                options.sizeScores = Dictionary(uniqueKeysWithValues: zip(graph.entities.map(\.id), scores))
                options.sizeLabel = sizeBy.rawValue
            }
            let document = DiagramBuilder.document(for: drawn, options: options)
            try Self.emit(document, engine: options.engine, format: format, output: output)
        }
    }

    /// Draws highlighted entities and relations (a path, say) with a few neighbours each, and
    /// writes it to `output` atomically in the format its extension names (`.svg`, `.png`,
    /// `.pdf`, `.dot`...). The seam for `relgraph path ... --render FILE`:
    ///
    ///     let (entities, relations) = result.highlightedElements   // a PathResult
    ///     try RenderCommand.renderHighlighted(graph, entities: entities, relations: relations, to: file)
    static func renderHighlighted(
        _ graph: Graph, entities: [Int], relations: [Int], to output: String, title: String? = nil,
        neighbourLimit: Int = 6
    ) throws {
        var options = RenderOptions()
        options.title = title
        let document = DiagramBuilder.highlightDocument(
            for: graph, entityIDs: entities.map { graph.entities[$0].id }, relations: relations,
            neighbourLimit: neighbourLimit, options: options)
        try emit(document, engine: options.engine, format: nil, output: output)
    }

    /// Renders and writes to `output` (atomically) or standard output; shared with other
    /// commands that draw (`path --render`).
    static func emit(_ document: DiagramDocument, engine: LayoutEngine, format: String?, output: String?) throws {
        let chosen = format.map(OutputFormat.init(rawValue:))
            ?? output.map { OutputFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .svg
        let data: Data
        do {
            data = try DiagramRenderer.output(document, engine: engine, format: chosen)
        } catch {
            throw CommandFailure("\(error)", status: .dataError)
        }
        if let output {
            do {
                try AtomicFileWriter.write(data, to: URL(fileURLWithPath: output))
            } catch {
                throw CommandFailure("cannot write \(output): \(error.localizedDescription)", status: .cannotWrite)
            }
        } else {
            if !chosen.isText && isatty(STDOUT_FILENO) != 0 {
                throw CommandFailure("\(chosen) is binary; give -o FILE or redirect standard output", status: .usage)
            }
            FileHandle.standardOutput.write(data)
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
extension RankDirection: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }
}
extension RenderOptions.EdgeLabels: ExpressibleByArgument {}

/// Fields entities can be clustered by.
enum ClusterField: String, ExpressibleByArgument, CaseIterable {
    case group
}

