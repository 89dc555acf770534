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
            agreement note, place plain text, event diamond), fill colours tell groups apart (one \
            colour per group for the whole graph; a groups.csv beside entities.csv can name and \
            colour them), and edges carry the schema's phrase and dates ("signed 1939-08-23", \
            "led 1930–1939"). A legend beside the drawing explains shapes, colours and edge styles.

            --format dot writes DOT without layout; svg, png, pdf, json, canon, xdot and any other \
            format the installed Graphviz offers that writes a file are laid out and rendered by \
            libgvc (window devices such as x11 and gtk are refused). --format html (or -o \
            FILE.html) writes the explorer: one self-contained page to pan, search, filter by kind, \
            group, predicate, layer and years, read cards with citations and find paths. Output is \
            the same for the same input and options. Files are written by the output rules (README, \
            "Output rules"): a regular file is replaced atomically, a device, FIFO or -o - is \
            written directly.

            Examples:
              $ relgraph render -o graph.svg
              $ relgraph render --around seeckt --depth 1 --format png -o seeckt.png
              $ relgraph render --during 1939..1941 \\
                  --kind person,organization,agreement -o pact.svg
              $ relgraph render --engine neato --cluster-by group --size-by degree -o g.pdf
              $ relgraph render --around seeckt --dpi 300 --font "DejaVu Serif" -o fig1.png
              $ relgraph render --top 40 --by betweenness -o overview.png
            """)

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Part of the graph") var subgraphOptions: SubgraphOptions

    @Option(help: ArgumentHelp(
        "Output format: svg, png, pdf, dot (no layout), html (the explorer page), json, canon...",
        discussion: "Any format the installed Graphviz writes to a file (ps, eps, gif, jpg, xdot, plain...); "
            + "window devices (x11, xlib, gtk) are refused.",
        valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp(
        "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).",
        discussion: "Default: dot up to 60 entities and 120 relations, sfdp beyond.", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically); the format defaults to its extension.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp(
        "Draw clusters by this field (group).",
        discussion: "dot, neato, fdp and osage draw them; with sfdp, circo or twopi relgraph warns and uses fdp.",
        valueName: "field"))
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
        "Edge labels: none, predicate (the schema's phrase), predicate-and-years (phrase and dates), always.",
        discussion: """
            predicate-and-years (default) reads "signed 1939-08-23" for a dated act, "led 1930–1939" \
            or "led from 1939" for a state; above 60 entities or 120 relations only highlighted edges keep their \
            label. always labels every edge at every size.
            """, valueName: "what"))
    var edgeLabels: RenderOptions.EdgeLabels?

    @OptionGroup(title: "Print") var printOptions: PrintOptions

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
            if options.clusterByGroup && !options.engine.drawsClusters {
                printError("warning: \(options.engine.rawValue) does not draw clusters; drawing --cluster-by group with \(options.engine.forClusters.rawValue) instead")
                options.engine = options.engine.forClusters
            }
            // Colours come from the whole graph, so every drawing of it colours a group alike.
            options.groupColors = try Self.groupColors(of: graph, at: graphOptions.graphURL())
            printOptions.apply(to: &options)
            options.showsLegend = !noLegend
            options.dimsOthers = false
            var centres: [String] = []
            for query in subgraphOptions.around {
                if let entity = try? graph.resolve(query) {
                    options.highlightedEntities.insert(entity)
                    centres.append(graph.entities[entity.index].name)
                }
            }
            if !centres.isEmpty { options.highlightLabel = "asked about: " + centres.joined(separator: ", ") }
            if let sizeBy {
                do { options.sizeScores = try graph.centrality(CentralityOptions(measure: sizeBy)) } catch {
                    throw CommandFailure("--size-by \(sizeBy.rawValue): \(error)", status: .dataError)
                }
            }
            if ExplorerOutput.isRequested(format: format, output: output) {
                return try ExplorerOutput.write(drawn, options: options, graphURL: graphOptions.graphURL(), to: output)
            }
            let document = DiagramBuilder.document(for: drawn, options: options)
            try Self.emit(document, format: format, output: output)
        }
    }

    /// Draws highlighted entities and relations (a path, say) with a few neighbours each, and
    /// writes it to `output` atomically in the format its extension names (`.svg`, `.png`,
    /// `.pdf`, `.dot`...). The seam for `relgraph path ... --render FILE`:
    ///
    ///     let (entities, relations) = result.highlightedElements   // a PathResult
    ///     try RenderCommand.renderHighlighted(graph, entities: entities, relations: relations, to: file)
    static func renderHighlighted(
        _ graph: Graph, entities: [EntityHandle], relations: [Int], paths: [HighlightedPath] = [], to output: String,
        title: String? = nil, neighbourLimit: Int = 6, graphURL: URL? = nil, printOptions: PrintOptions? = nil
    ) throws {
        var options = RenderOptions()
        options.title = title
        options.highlightedPaths = paths
        if let graphURL { options.groupColors = try groupColors(of: graph, at: graphURL) }
        printOptions?.apply(to: &options)
        let document = DiagramBuilder.highlightDocument(
            for: graph, entities: entities, relations: relations,
            neighbourLimit: neighbourLimit, options: options)
        try emit(document, format: nil, output: output)
    }

    /// The group colours of the whole graph, following its folder's `groups.csv` when it has one.
    static func groupColors(of graph: Graph, at url: URL) throws -> GroupColors {
        do {
            return GroupColors(graph: graph, table: try GroupTable.load(fromGraphFolder: url))
        } catch {
            throw CommandFailure("\(error)", status: .dataError)
        }
    }

    /// Renders and writes to `output` (atomically) or standard output; shared with other
    /// commands that draw (`path --render`).
    static func emit(_ document: DiagramDocument, format: String?, output: String?) throws {
        let chosen = format.map(OutputFormat.init(rawValue:))
            ?? output.map { OutputFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .svg
        guard chosen.writesFile else {
            throw CommandFailure("--format \(chosen): draws in a window instead of writing a file; "
                + "use one of \(DiagramRenderer.availableFormats.joined(separator: ", "))", status: .usage)
        }
        let data: Data
        do {
            data = try DiagramRenderer.output(document, format: chosen)
        } catch {
            // A format Graphviz does not know is a usage error; anything else, the drawing's fault.
            let isUsage = if case .unknownFormat = error { true } else { false }
            throw CommandFailure("\(error)", status: isUsage ? .usage : .dataError)
        }
        if output == nil || output == "-", !chosen.isText, isatty(STDOUT_FILENO) != 0 {
            throw CommandFailure("\(chosen) is binary; give -o FILE or redirect standard output", status: .usage)
        }
        try GraphOutput.writeFile(data, to: output ?? "-")
    }
}

/// `--dpi`, `--font` and `--font-size`, shared by `render` and `path --render`.
struct PrintOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Output resolution in dots per inch (PNG is 96 by default; 300 for print).",
        discussion: "PNG pixel sizes scale with it; SVG and PDF declare their size at it.", valueName: "n"))
    var dpi: Double?

    @Option(help: ArgumentHelp("The font of every label (a fontconfig name, such as Helvetica or \"DejaVu Serif\").", valueName: "name"))
    var font: String?

    @Option(name: .customLong("font-size"), help: ArgumentHelp(
        "Entity label size in points (default 11); edge labels are 2 points smaller.", valueName: "pt"))
    var fontSize: Double?

    func validate() throws {
        if let dpi, !(10...2400).contains(dpi) { throw ValidationError("--dpi must be between 10 and 2400") }
        if let fontSize, !(4...72).contains(fontSize) { throw ValidationError("--font-size must be between 4 and 72") }
        if let font, font.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--font needs a font name") }
    }

    func apply(to options: inout RenderOptions) {
        if let dpi { options.dpi = dpi }
        if let font { options.fontName = font }
        if let fontSize { options.fontSize = fontSize }
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

