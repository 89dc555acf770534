import Foundation
import RelationGraph
import Testing
@testable import GraphvizRenderer

/// Figures for a paper: colours fixed per graph, a legend outside the drawing on every engine,
/// clusters, dated edge labels, several paths, print resolution.
@Suite("Figures")
struct FigureTests {
    static let bundled = Result { try GraphFolder.load(from: Fixtures.bundledFolder) }

    func graph() throws -> Graph { try Self.bundled.get() }

    func svg(_ graph: Graph, around ids: [String], depth: Int = 1, options: RenderOptions = RenderOptions()) throws -> SVGStructure {
        let seeds = ids.compactMap { graph.index(ofID: $0) }
        let document = DiagramBuilder.document(for: graph, selection: .around(seeds, depth: depth, in: graph), options: options)
        return try SVGStructure(DiagramRenderer.render(document, format: .svg))
    }

    func entityNodes(_ svg: SVGStructure) -> [SVGStructure.Element] {
        svg.nodes.filter { !$0.title.hasPrefix(DiagramBuilder.legendPrefix) }
    }

    @Test("a group has the same fill in two different drawings, and no fill is a path colour")
    func groupColoursByIdentity() throws {
        let graph = try graph()
        let colors = GroupColors(graph: graph)
        var fills: [String: Set<String>] = [:]
        var groupsSeen: [Set<String>] = []
        for centre in ["vyacheslav-molotov", "hans-von-seeckt"] {
            let drawing = try svg(graph, around: [centre])
            var groups = Set<String>()
            for node in entityNodes(drawing) {
                guard let entity = graph.entity(withID: node.title), let group = entity.group, entity.kind != .place,
                    let fill = node.fills.first
                else { continue }
                fills[group, default: []].insert(fill)
                groups.insert(group)
            }
            groupsSeen.append(groups)
        }
        // Both drawings show Germany and the Soviet Union, with different other groups around them.
        #expect(groupsSeen[0].isSuperset(of: ["germany", "soviet-union"]) && groupsSeen[1].isSuperset(of: ["germany", "soviet-union"]))
        #expect(groupsSeen[0] != groupsSeen[1])
        for (group, seen) in fills {
            #expect(seen == [colors.fill(of: group)], "\(group): \(seen)")
        }
        let allFills = Set(colors.entries.map(\.fill))
        #expect(allFills.isDisjoint(with: ColorPalette.pathStrokes))
        #expect(colors.label(of: "soviet-union") == "Soviet Union")
        // The two big sides come first and take the first two palette colours.
        #expect(colors.entries.prefix(2).map(\.group) == ["soviet-union", "germany"])
        #expect(colors.entries.prefix(2).map(\.fill) == Array(ColorPalette.groupFills.prefix(2)))
        #expect(colors.fill(of: "other") == ColorPalette.neutralFill)
        let dictionary = DiagramStyle.groupColors(graph.entities.compactMap(\.group))
        #expect(dictionary == Dictionary(uniqueKeysWithValues: colors.entries.map { ($0.group, $0.fill) }))
    }

    @Test("beyond the palette, groups share the neutral grey and one legend line names them")
    func paletteOverflow() {
        let counts = Dictionary(uniqueKeysWithValues: (1...8).map { ("g\($0)", 10 - $0) })
        let colors = GroupColors(groupCounts: counts)
        #expect(colors.entries.map(\.group) == (1...8).map { "g\($0)" })
        #expect(colors.entries.prefix(6).map(\.fill) == ColorPalette.groupFills)
        #expect(colors.entries.suffix(2).allSatisfy { $0.isOverflow && $0.fill == ColorPalette.neutralFill })
        let entries = Legend.groupEntries(drawn: Set(counts.keys), colors: colors)
        #expect(entries.count == 7)
        #expect(entries.last?.label == "Other groups: G7, G8")
        let many = GroupColors(groupCounts: Dictionary(uniqueKeysWithValues: (1...11).map { ("g\($0)", 20 - $0) }))
        #expect(Legend.groupEntries(drawn: Set(many.entries.map(\.group)), colors: many).last?.label
            == "Other groups: G7, G8, G9 and 2 more")
    }

    @Test("groups.csv sets order, labels and colours; a bad colour names its line")
    func groupTable() throws {
        let text = "group,label,color\npoland,Second Polish Republic,#AA3377\ngermany,,\n"
        let table = try GroupTable.parse(Data(text.utf8), file: "groups.csv")
        let colors = GroupColors(groupCounts: ["germany": 5, "poland": 1, "soviet-union": 9], table: table)
        #expect(colors.entries.map(\.group) == ["poland", "germany", "soviet-union"])
        #expect(colors.fill(of: "poland") == "#aa3377")
        #expect(colors.label(of: "poland") == "Second Polish Republic")
        #expect(colors.fill(of: "germany") == ColorPalette.groupFills[0])
        #expect(colors.label(of: "germany") == "Germany")
        #expect(colors.fill(of: "soviet-union") == ColorPalette.groupFills[1])
        #expect(throws: GraphFormatError(file: "groups.csv", line: 3, message: "color 'red' is not #RRGGBB")) {
            try GroupTable.parse(Data("group,color\na,#000000\nb,red\n".utf8), file: "groups.csv")
        }
        #expect(throws: GraphFormatError.self) { try GroupTable.parse(Data("name\nx\n".utf8), file: "groups.csv") }
    }

    @Test("the legend lies outside every node, is no taller than the drawing and says the same under each engine",
          arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi])
    func legendHolds(_ engine: LayoutEngine) throws {
        let graph = try graph()
        var options = RenderOptions()
        options.engine = engine
        options.highlightedEntities = [try #require(graph.handle(ofID: "molotov-ribbentrop-pact"))]
        options.dimsOthers = false
        let drawing = try svg(graph, around: ["molotov-ribbentrop-pact"], options: options)
        let legend = try #require(drawing.clusters.first { $0.title == "cluster_legend" }?.box)
        let nodes = entityNodes(drawing)
        #expect(nodes.count >= 10)
        var diagram: SVGStructure.Box?
        for node in nodes {
            let box = try #require(node.box, "\(node.title) has a box")
            #expect(!box.intersects(legend), "\(engine): \(node.title) \(box) overlaps the legend \(legend)")
            diagram = diagram.map { $0.union(box) } ?? box
        }
        let drawn = try #require(diagram)
        #expect(legend.height <= drawn.height + 1, "\(engine): legend \(legend.height) vs drawing \(drawn.height)")
        let texts = drawing.nodes.filter { $0.title.hasPrefix(DiagramBuilder.legendPrefix) }.flatMap(\.texts)
        #expect(texts.prefix(3) == ["Entities", "Person", "Organization, state"])
        #expect(texts.contains("Groups") && texts.contains("Soviet Union") && !texts.contains("soviet-union"))
        #expect(texts.contains("Relations") && texts.contains("highlighted"))
    }

    @Test("--cluster-by group draws a box per group with no other node inside, under each engine that can",
          arguments: [LayoutEngine.dot, .neato, .fdp, .osage])
    func clustersHold(_ engine: LayoutEngine) throws {
        let graph = try graph()
        var options = RenderOptions()
        options.engine = engine
        options.clusterByGroup = true
        let drawing = try svg(graph, around: ["molotov-ribbentrop-pact"], options: options)
        let nodes = entityNodes(drawing)
        let drawnGroups = Set(nodes.compactMap { graph.entity(withID: $0.title)?.group })
        let clusters = drawing.clusters.filter { $0.title.hasPrefix("cluster_group_") }
        #expect(Set(clusters.map(\.title)) == Set(drawnGroups.map { "cluster_group_\($0)" }))
        for cluster in clusters {
            let group = String(cluster.title.dropFirst("cluster_group_".count))
            let box = try #require(cluster.box)
            for node in nodes where graph.entity(withID: node.title)?.group != group {
                let nodeBox = try #require(node.box)
                let centre = ((nodeBox.minX + nodeBox.maxX) / 2, (nodeBox.minY + nodeBox.maxY) / 2)
                let inside = box.minX < centre.0 && centre.0 < box.maxX && box.minY < centre.1 && centre.1 < box.maxY
                #expect(!inside, "\(engine): \(node.title) lies inside \(cluster.title)")
            }
        }
    }

    @Test("an engine that cannot draw clusters is replaced by one that can")
    func clusterEngines() {
        #expect(LayoutEngine.allCases.filter { !$0.drawsClusters } == [.sfdp, .circo, .twopi])
        for engine in LayoutEngine.allCases {
            #expect(engine.forClusters.drawsClusters)
            if engine.drawsClusters { #expect(engine.forClusters == engine) }
        }
    }

    @Test("edge labels use the schema's phrase; an instant shows its date, a state its years or its start")
    func datedLabels() throws {
        let graph = try graph()
        let drawing = try svg(graph, around: ["joachim-von-ribbentrop"])
        func label(_ subject: String, _ predicate: String, _ object: String) throws -> [String] {
            let r = try #require(graph.relations.firstIndex { $0.subject == subject && $0.predicate == predicate && $0.object == object })
            return try #require(drawing.edges.first { $0.id == "relation-\(r)" }, "relation-\(r)").texts
        }
        // relations.csv: signed with start 1939-08-23 and no end; led without dates.
        let signed = try label("joachim-von-ribbentrop", "signed", "molotov-ribbentrop-pact")
        #expect(signed == ["signed 1939-08-23"])
        #expect(!signed.joined().hasSuffix("–"))
        #expect(try label("joachim-von-ribbentrop", "led", "german-foreign-office") == ["led"])
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1930"), end: try PartialDate("1939")), isInstant: false) == "1930–1939")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-09-01"), openEnd: true), isInstant: false) == "from 1939")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-09-01")), isInstant: false) == "1939–?")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1923~")), isInstant: false) == "c. 1923–?")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-08-23?")), isInstant: true) == "1939-08-23?")
        #expect(DiagramStyle.isUncertain(TimeSpan(start: try PartialDate("192X"))))
        #expect(DiagramStyle.lifespan(TimeSpan(start: try PartialDate("1918"))) == "from 1918")
        #expect(DiagramStyle.dates(TimeSpan(end: try PartialDate("1940-06")), isInstant: false) == "until 1940")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-08-23"), end: try PartialDate("1939-08-24")), isInstant: true)
            == "1939-08-23–24")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-08-23"), end: try PartialDate("1939-09-28")), isInstant: true)
            == "1939-08-23–09-28")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-08"), end: try PartialDate("1940-02")), isInstant: true)
            == "1939-08 – 1940-02")
        // Ends of different precision are both written in full, a spaced dash between them, never
        // "1939–1939-08" (relations.csv: Schnurre negotiated the 1939 commercial agreement 1939..1939-08).
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939"), end: try PartialDate("1939-08")), isInstant: true)
            == "1939 – 1939-08")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1939-07"), end: try PartialDate("1939-08-19")), isInstant: true)
            == "1939-07 – 1939-08-19")
        #expect(DiagramStyle.dates(TimeSpan(start: try PartialDate("1930"), end: try PartialDate("1939")), isInstant: true)
            == "1930–1939")
        let schnurre = try svg(graph, around: ["karl-schnurre"])
        let labels = schnurre.edges.flatMap(\.texts)
        #expect(labels.contains("negotiated 1939 – 1939-08"), "\(labels)")
        #expect(!labels.contains { $0.contains("1939–1939") })
        #expect(DiagramBuilder.phrase("party-to", graph: graph) == "was party to")
    }

    @Test("edge labels: predicate-and-years keeps only highlighted ones on a large drawing; always keeps them all")
    func labelsAtEverySize() throws {
        let graph = try graph()
        var options = RenderOptions.suggested(entityCount: graph.entities.count, relationCount: graph.relations.count)
        options.highlightedRelations = [0]
        let thinned = DiagramBuilder.document(for: graph, options: options)
        #expect(thinned.edges.filter { $0.attributes[.label] != nil }.map { $0.attributes[.identifier] } == ["relation-0"])
        options.edgeLabels = .always
        let all = DiagramBuilder.document(for: graph, options: options)
        #expect(all.edges.allSatisfy { $0.attributes[.label] != nil })
    }

    @Test("three highlighted paths have three stroke colours and a legend line each")
    func severalPaths() throws {
        let graph = try graph()
        // Three one-hop "paths": the first three relations of the Molotov-Ribbentrop pact.
        let pact = "molotov-ribbentrop-pact"
        let relations = Array(graph.relations.indices.filter { graph.relations[$0].subject == pact || graph.relations[$0].object == pact }.prefix(3))
        try #require(relations.count == 3)
        let paths = relations.enumerated().map { i, r in
            HighlightedPath(label: "path \(i + 1)", entities: [graph.relationSubject[r], graph.relationObject[r]].map { graph.handles[Int($0)] }, relations: [r])
        }
        var options = RenderOptions()
        options.highlightedPaths = paths
        let document = DiagramBuilder.highlightDocument(
            for: graph, entities: paths.flatMap(\.entities), relations: paths.flatMap(\.relations), neighbourLimit: 2, options: options)
        let drawing = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        var strokes: [String] = []
        for (i, path) in paths.enumerated() {
            let edge = try #require(drawing.edges.first { $0.id == "relation-\(path.relations[0])" })
            #expect(edge.strokes.contains(ColorPalette.pathStroke(i)))
            strokes += edge.strokes
        }
        #expect(Set(strokes) == Set(ColorPalette.pathStrokes.prefix(3)))
        let legendTexts = drawing.nodes.filter { $0.title.hasPrefix(DiagramBuilder.legendPrefix) }.flatMap(\.texts)
        #expect(legendTexts.filter { $0.hasPrefix("path ") } == ["path 1", "path 2", "path 3"])
        let legendStrokes = drawing.edges.filter { $0.id.hasPrefix("legend-edge") }.flatMap(\.strokes)
        #expect(Set(legendStrokes).isSuperset(of: ColorPalette.pathStrokes.prefix(3)))
    }

    /// Width and height from a PNG's IHDR chunk.
    func pngSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("a PNG at --dpi 300 is about 300/96 times the pixels of the same drawing at 96; SVG declares the larger size")
    func printResolution() throws {
        let graph = try graph()
        let seeds = [graph.index(ofID: "hans-von-seeckt")].compactMap { $0 }
        var options = RenderOptions()
        options.dpi = 96
        let at96 = DiagramBuilder.document(for: graph, selection: .around(seeds, depth: 1, in: graph), options: options)
        options.dpi = 300
        let at300 = DiagramBuilder.document(for: graph, selection: .around(seeds, depth: 1, in: graph), options: options)
        let (w96, h96) = pngSize(try DiagramRenderer.render(at96, format: .png))
        let (w300, h300) = pngSize(try DiagramRenderer.render(at300, format: .png))
        #expect(w96 > 100 && h96 > 100)
        let ratio = 300.0 / 96
        #expect(abs(Double(w300) / Double(w96) - ratio) < 0.03 * ratio, "\(w96) -> \(w300)")
        #expect(abs(Double(h300) / Double(h96) - ratio) < 0.03 * ratio, "\(h96) -> \(h300)")
        func svgWidth(_ document: DiagramDocument) throws -> Double {
            let text = String(decoding: try DiagramRenderer.render(document, format: .svg), as: UTF8.self)
            let range = try #require(text.range(of: "<svg width=\""))
            return Double(text[range.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? 0
        }
        let (svg300, svg96) = (try svgWidth(at300), try svgWidth(at96))
        #expect(abs(svg300 / svg96 - ratio) < 0.03 * ratio)
    }

    @Test("--font and --font-size reach every label")
    func fonts() throws {
        let graph = try graph()
        var options = RenderOptions()
        options.fontName = "DejaVu Serif"
        options.fontSize = 14
        let seeds = [graph.index(ofID: "hans-von-seeckt")].compactMap { $0 }
        let document = DiagramBuilder.document(for: graph, selection: .around(seeds, depth: 1, in: graph), options: options)
        #expect(document.nodeDefaults[.fontName] == "DejaVu Serif" && document.nodeDefaults[.fontSize] == "14.0")
        #expect(document.edgeDefaults[.fontName] == "DejaVu Serif" && document.edgeDefaults[.fontSize] == "12.0")
        let text = String(decoding: try DiagramRenderer.render(document, format: .svg), as: UTF8.self)
        #expect(!text.contains("font-family=\"Helvetica"))
        #expect(text.contains("font-family=\"DejaVu Serif\""))
    }
}

@Suite("Legend placement")
struct LegendPlacementTests {
    func legend() -> Legend {
        var legend = Legend()
        legend.kinds = EntityKind.allCases
        legend.groups = Legend.groupEntries(drawn: ["a", "b", "c"], colors: GroupColors(groupCounts: ["a": 3, "b": 2, "c": 1]))
        legend.edgeStyles = [.context, .bundled, .mutual]
        return legend
    }

    @Test("beside a tall drawing, under a wide one; never taller than a drawing of 10+ entities")
    func placement() {
        let layout = LegendLayout(legend: legend(), fontName: "Helvetica", fontSize: 10)
        let tall = LegendLayout.Box(minX: 0, minY: 0, maxX: 400, maxY: 600)
        let beside = layout.place(beside: tall, entityCount: 20, widths: [:])
        #expect(beside.box.minX > tall.maxX && beside.box.maxY == tall.maxY)
        #expect(beside.box.height <= tall.height)
        let flat = LegendLayout.Box(minX: 0, minY: 0, maxX: 2000, maxY: 100)
        let under = layout.place(beside: flat, entityCount: 20, widths: [:])
        #expect(under.box.maxY < flat.minY && under.box.minX == flat.minX)
        #expect(under.box.height <= flat.height)
        // Every heading, sample and text node lies inside the frame.
        for node in under.nodes {
            let parts = (node.attributes[.position] ?? "").split(separator: ",").compactMap { Double($0) }
            #expect(parts.count == 2)
            if parts.count == 2 {
                #expect(under.box.minX <= parts[0] && parts[0] <= under.box.maxX && under.box.minY <= parts[1] && parts[1] <= under.box.maxY, "\(node.id)")
            }
        }
        // A small drawing may have a legend taller than itself, in one or two columns.
        let small = LegendLayout.Box(minX: 0, minY: 0, maxX: 200, maxY: 150)
        #expect(layout.place(beside: small, entityCount: 3, widths: [:]).box.height > small.height)
    }
}
