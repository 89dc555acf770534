import Foundation
import RelationGraph
import Testing
@testable import GraphvizRenderer

@Suite("Rendering graphs in process")
struct RenderTests {
    @Test("SVG has one node group per entity with its id as title, its name as text and its kind's shape")
    func svgNodesAndShapes() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        options.showsLegend = false
        let svg = try SVGStructure(DiagramRenderer.render(DiagramBuilder.document(for: graph, options: options), format: .svg))

        #expect(svg.nodes.count == graph.entities.count)
        // What each Graphviz shape draws in SVG: an ellipse; a path with rounded corners; a closed
        // polygon listing its corners plus the first again (house 5+1, note 5+1 and its fold as two
        // polylines, diamond 4+1, octagon 8+1); plain text draws no outline at all.
        let expectedShapes: [EntityKind: [String]] = [
            .person: ["ellipse"], .organization: ["path"], .facility: ["polygon:6"],
            .agreement: ["polygon:6", "polyline", "polyline"], .place: [], .event: ["polygon:5"], .other: ["polygon:9"],
        ]
        for entity in graph.entities {
            let groups = svg.node(titled: entity.id)
            #expect(groups.count == 1, "one node group for \(entity.id)")
            guard let node = groups.first else { continue }
            #expect(node.id == "entity-\(entity.id)")
            #expect(node.shapes == expectedShapes[entity.kind], "shape of \(entity.id) (\(entity.kind))")
            #expect(node.texts.first == entity.name, "label of \(entity.id)")
        }
        #expect(Set(svg.edges.map(\.id)) == Set(graph.relations.indices.map { "relation-\($0)" }))
    }

    @Test("clusters reach Graphviz and the SVG in document order, whatever their names' addresses")
    func clustersKeepDocumentOrder() throws {
        // cgraph 2.42 orders subgraphs by ID, by default the address of the interned name; names of
        // many lengths, created out of alphabetical order, scatter over the heap.
        let ids = (0..<40).map { i in "cluster_" + String(repeating: "x", count: (i * 7) % 23) + "_\(39 - i)" }
        var document = DiagramDocument(
            name: "g", isDirected: true,
            nodes: ids.indices.map { DiagramNode(id: "n\($0)") },
            clusters: ids.enumerated().map { i, id in DiagramCluster(id: id, attributes: [.label: "C\(i)"], nodeIDs: ["n\(i)"]) })
        for engine in [LayoutEngine.dot, .neato, .osage] {
            document.engine = engine
            let svg = String(decoding: try DiagramRenderer.render(document, format: .svg), as: UTF8.self)
            let titles = svg.components(separatedBy: "class=\"cluster\">\n<title>").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(titles == ids, "\(engine)")
        }
    }

    @Test("names with quotes, <>, &, backslashes and Cyrillic come out as written, also in tooltips")
    func awkwardLabels() throws {
        let graph = try Fixtures.styled()
        let svg = try SVGStructure(DiagramRenderer.render(DiagramBuilder.document(for: graph), format: .svg))
        #expect(svg.node(titled: "red-army").first?.texts.first == "Red Army \"RKKA\"")
        #expect(svg.node(titled: "kama").first?.texts.first == "Kama <tank> school & range")
        #expect(svg.node(titled: "chicherin").first?.texts.first == "Georgy Chicherin – Чичерин")
        #expect(svg.node(titled: "odd-one").first?.texts.first == "Path C:\\New\\")
        #expect(svg.node(titled: "odd-one").first?.tooltip == "Path C:\\New\\ (other)\nA name with backslashes")
        #expect(svg.node(titled: "seeckt").first?.texts == ["Hans von Seeckt", "1866–1936"])
    }

    @Test("edges carry predicate and years; highlighted relations and entities are bold and red")
    func edgesAndHighlight() throws {
        let graph = try Fixtures.styled()
        let document = DiagramBuilder.highlightDocument(
            for: graph, entities: ["seeckt", "reichswehr", "kama"].compactMap(graph.handle(ofID:)), relations: [0, 2], neighbourLimit: 0)
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        // No context: only the path's own entities and the relations among them.
        #expect(Set(svg.nodes.map(\.title).filter { !$0.hasPrefix("legend:") }) == ["seeckt", "reichswehr", "kama"])
        let commanded = try #require(svg.edges.first { $0.id == "relation-0" })
        #expect(commanded.texts == ["commanded 1920–1926"])
        #expect(document.legend?.legend.edgeStyles.first == .highlighted(label: "highlighted", color: DiagramStyle.highlightColor))
        #expect(commanded.strokes.contains(DiagramStyle.highlightColor))
        #expect(commanded.strokeWidths.contains("3"))
        let kama = try #require(svg.node(titled: "kama").first)
        #expect(kama.strokes.contains(DiagramStyle.highlightColor))
        #expect(svg.nodes.contains { $0.texts == ["highlighted"] && $0.title.hasPrefix(DiagramBuilder.legendPrefix) })
    }

    @Test("highlights dim the rest unless told not to")
    func dimming() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        options.highlightedEntities = [try #require(graph.handle(ofID: "kama"))]
        let dimmed = DiagramBuilder.document(for: graph, options: options)
        #expect(dimmed.nodes.first { $0.id == "seeckt" }?.attributes[.color] == DiagramStyle.fadedColor)
        #expect(dimmed.edges.first?.attributes[.color] == DiagramStyle.fadedColor)
        options.dimsOthers = false
        let plain = DiagramBuilder.document(for: graph, options: options)
        #expect(plain.nodes.first { $0.id == "seeckt" }?.attributes[.color] == nil)
        #expect(plain.edges.first?.attributes[.color] == nil)
        #expect(plain.nodes.first { $0.id == "kama" }?.attributes[.color] == DiagramStyle.highlightColor)
    }

    @Test("the legend lists the kinds and groups drawn under headings, groups by label")
    func legend() throws {
        let graph = try Fixtures.styled()
        let document = DiagramBuilder.document(for: graph)
        let sections = try #require(document.legend).legend.sections
        #expect(sections.map(\.heading) == ["Entities", "Groups", "Relations"])
        #expect(sections[0].entries.map(\.label) == EntityKind.allCases.map(Legend.label(of:)))
        // Germany and the Soviet Union have three entities each (tie by name), Other is neutral and last.
        #expect(sections[1].entries.map(\.label) == ["Germany", "Soviet Union", "Other", "no group"])
        #expect(sections[2].entries.map(\.label) == ["mutual (no direction)"])
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        let texts = svg.nodes.filter { $0.title.hasPrefix(DiagramBuilder.legendPrefix) }.flatMap(\.texts)
        #expect(texts == ["Entities"] + EntityKind.allCases.flatMap { $0 == .place ? ["Name", Legend.label(of: $0)] : [Legend.label(of: $0)] }
            + ["Groups", "Germany", "Soviet Union", "Other", "no group", "Relations", "mutual (no direction)"])
        #expect(svg.clusters.contains { $0.title == "cluster_legend" })
    }

    @Test("--cluster-by group draws one cluster per group around its members")
    func clustersByGroup() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        options.clusterByGroup = true
        let document = DiagramBuilder.document(for: graph, options: options)
        let germany = try #require(document.clusters.first { $0.id == "cluster_group_germany" })
        #expect(germany.nodeIDs == ["seeckt", "reichswehr", "kama"])
        #expect(germany.attributes[.label] == "Germany")
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        #expect(Set(svg.clusters.map(\.title)) == ["cluster_group_germany", "cluster_group_other", "cluster_group_soviet-union", "cluster_legend"])
    }

    @Test("size scores scale nodes: the top score gets the largest width")
    func sizeByScore() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        let table = ["reichswehr": 3, "kama": 1.5, "seeckt": 0]
        options.sizeScores = CentralityScores(measure: .degree, of: graph) { table[$0.id] ?? .nan }
        let document = DiagramBuilder.document(for: graph, options: options)
        #expect(document.legend?.legend.sizeMeasure == "degree")
        #expect(document.nodes.first { $0.id == "kama" }?.attributes[.tooltip]?.hasSuffix("degree: 1.5000") == true)
        let width = { (id: String) in document.nodes.first { $0.id == id }?.attributes[.width] }
        #expect(width("reichswehr") == "2.20")
        #expect(width("kama") == "1.55")
        #expect(width("seeckt") == "0.90")
        #expect(width("kazan") == nil)
    }

    @Test("PNG and PDF come out with their signatures")
    func binaryFormats() throws {
        let document = DiagramBuilder.document(for: try Fixtures.styled())
        let png = try DiagramRenderer.render(document, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try DiagramRenderer.render(document, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let tail = String(decoding: pdf.suffix(16), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(tail.hasSuffix("%%EOF"))
        let json = try DiagramRenderer.render(document, format: .json)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect((object?["objects"] as? [Any])?.isEmpty == false)
    }

    @Test("laid-out DOT reads back through cgraph with nodes, edges and attributes intact")
    func laidOutDOTRoundTrip() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        options.showsLegend = false
        let document = DiagramBuilder.document(for: graph, options: options)
        for format in [OutputFormat.dot, .canon] {
            let text = String(decoding: try DiagramRenderer.render(document, format: format), as: UTF8.self)
            let read = try DOTReader.read(text)
            // Graphviz writes cluster members first and edges grouped by tail: compare by id.
            #expect(Set(read.nodes.map(\.id)) == Set(document.nodes.map(\.id)))
            #expect(read.nodes.count == document.nodes.count)
            let readNodes = Dictionary(uniqueKeysWithValues: read.nodes.map { ($0.id, $0) })
            for original in document.nodes {
                let back = try #require(readNodes[original.id])
                for (name, value) in original.attributes {
                    #expect((back.attributes[name] ?? read.nodeDefaults[name]) == value, "\(original.id).\(name)")
                }
                if format == .dot { #expect(back.attributes["pos"] != nil, "layout position of \(original.id)") }
            }
            #expect(read.edges.count == document.edges.count)
            let visible = document.edges.filter { $0.attributes[.style] != "invis" }
            let readEdges = Dictionary(grouping: read.edges) { $0.attributes[.identifier] ?? "" }
            for original in visible {
                let back = try #require(readEdges[original.attributes[.identifier]!]?.first)
                #expect(back.tail == original.tail && back.head == original.head)
                for (name, value) in original.attributes {
                    #expect((back.attributes[name] ?? read.edgeDefaults[name]) == value, "\(original.tail)->\(original.head).\(name)")
                }
            }
            #expect(read.clusters.map(\.id) == document.clusters.map(\.id))
        }
        // DOT without layout is exactly the document.
        #expect(try DOTReader.read(document.dotSource()) == document)
    }

    @Test("every layout engine renders, and the force-directed ones repeat exactly with the fixed seed",
          arguments: LayoutEngine.allCases)
    func engines(_ engine: LayoutEngine) throws {
        var options = RenderOptions()
        options.engine = engine
        let document = DiagramBuilder.document(for: try Fixtures.styled(), options: options)
        let first = try DiagramRenderer.render(document, format: .svg)
        let second = try DiagramRenderer.render(document, format: .svg)
        #expect(first == second)
        let svg = try SVGStructure(first)
        #expect(svg.nodes.map(\.title).filter { !$0.hasPrefix(DiagramBuilder.legendPrefix) }.sorted() == document.nodes.map(\.id).sorted())
        // Patchwork draws no edges at all (a treemap).
        let drawnRelations = engine == .patchwork ? [] : document.edges.compactMap { $0.attributes[.identifier] }
        #expect(svg.edges.map(\.id).filter { $0.hasPrefix("relation-") }.sorted() == drawnRelations.sorted())
    }

    @Test("the installed Graphviz offers the formats and engines relgraph names")
    func pluginLists() {
        let formats = Set(DiagramRenderer.availableFormats)
        #expect(formats.isSuperset(of: ["dot", "canon", "svg", "png", "pdf", "json"]))
        #expect(Set(DiagramRenderer.availableEngines).isSuperset(of: LayoutEngine.allCases.map(\.rawValue)))
    }

    @Test("renders from many tasks at once all succeed and are identical")
    func concurrentRenders() async throws {
        let graph = try Fixtures.styled()
        let document = DiagramBuilder.document(for: graph)
        var neato = RenderOptions()
        neato.engine = .neato
        let neatoDocument = DiagramBuilder.document(for: graph, options: neato)
        let expected = try DiagramRenderer.render(document, format: .svg)
        let expectedNeato = try DiagramRenderer.render(neatoDocument, format: .svg)
        // DOT text carries no legend: it renders as the document without one.
        let dotText = document.dotSource()
        var plain = document
        plain.legend = nil
        let expectedPlain = try DiagramRenderer.render(plain, format: .svg)

        let results = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for i in 0..<24 {
                group.addTask {
                    switch i % 4 {
                    case 0: return (i, try DiagramRenderer.render(document, format: .svg))
                    case 1: return (i, try DiagramRenderer.render(neatoDocument, format: .svg))
                    case 2: return (i, try DiagramRenderer.render(dot: dotText, format: .svg))
                    default:
                        // Errors in between must not leak into the other renders.
                        #expect(throws: GraphvizError.self) { try DOTReader.read("digraph { a -> }") }
                        return (i, try DiagramRenderer.render(document, format: .svg))
                    }
                }
            }
            var all: [(Int, Data)] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 24)
        for (i, data) in results {
            #expect(data == [expected, expectedNeato, expectedPlain, expected][i % 4], "render \(i)")
        }
    }
}

@Suite("Label layout")
struct LabelLayoutTests {
    @Test("long names wrap at spaces within the width; short ones stay whole")
    func wrapping() {
        #expect(DiagramStyle.wrapped("Treaty of Rapallo") == ["Treaty of Rapallo"])
        #expect(DiagramStyle.wrapped("Secret supplementary protocol to the Frontier Treaty")
            == ["Secret supplementary", "protocol to the Frontier", "Treaty"])
        #expect(DiagramStyle.wrapped("Reichswehrministeriumsverwaltungsabteilung und so", width: 10)
            == ["Reichswehrministeriumsverwaltungsabteilung", "und so"])
    }

    @Test("an empty diagram still renders")
    func emptyDiagram() throws {
        let svg = try DiagramRenderer.render(DiagramDocument(name: "empty"), format: .svg)
        #expect(try SVGStructure(svg).nodes.isEmpty)
    }
}
