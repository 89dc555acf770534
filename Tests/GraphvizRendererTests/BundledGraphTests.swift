import Foundation
import RelationGraph
import Testing
@testable import GraphvizRenderer

@Suite("The bundled German-Soviet graph")
struct BundledGraphTests {
    @Test("the whole graph renders to SVG with one node per entity and one edge per relation")
    func wholeGraph() throws {
        let graph = try GraphFolder.load(from: Fixtures.bundledFolder)
        let options = RenderOptions.suggested(entityCount: graph.entities.count, relationCount: graph.relations.count)
        #expect(options.engine == .sfdp)
        let document = DiagramBuilder.document(for: graph, options: options)
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        let entityTitles = svg.nodes.map(\.title).filter { !$0.hasPrefix(DiagramBuilder.legendPrefix) }
        #expect(entityTitles.sorted() == graph.entities.map(\.id).sorted())
        // Every relation is drawn exactly once, alone or in a bundle of parallel relations.
        var drawn: [Int] = []
        for edge in svg.edges where edge.id.hasPrefix("relation") {
            drawn += edge.id.split(separator: "-").dropFirst().compactMap { Int($0) }
        }
        #expect(drawn.sorted() == Array(graph.relations.indices))
        #expect(svg.edges.contains { $0.id.hasPrefix("relations-") })
    }

    @Test("a path is drawn bold in a small neighbourhood")
    func pathPicture() throws {
        let graph = try GraphFolder.load(from: Fixtures.bundledFolder)
        func relation(_ subject: String, _ predicate: String, _ object: String) throws -> Int {
            try #require(graph.relations.firstIndex { $0.subject == subject && $0.predicate == predicate && $0.object == object })
        }
        // Seeckt opposed Poland; the Molotov-Ribbentrop pact covers Poland.
        let path = [try relation("hans-von-seeckt", "opposed", "poland"),
                    try relation("molotov-ribbentrop-pact", "covers", "poland")]
        let entities = ["hans-von-seeckt", "poland", "molotov-ribbentrop-pact"]
        let document = DiagramBuilder.highlightDocument(
            for: graph, entities: entities.compactMap(graph.handle(ofID:)), relations: path, neighbourLimit: 6)
        let entityNodes = document.nodes.filter { !$0.id.hasPrefix(DiagramBuilder.legendPrefix) }
        #expect(entityNodes.count <= 3 + 3 * 6)
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        for r in path {
            let edge = try #require(svg.edges.first { $0.id == "relation-\(r)" })
            #expect(edge.strokes.contains(DiagramStyle.highlightColor))
            #expect(edge.strokeWidths.contains("3"))
        }
        for id in entities {
            #expect(svg.node(titled: id).first?.strokes.contains(DiagramStyle.highlightColor) == true, "\(id)")
        }
        let png = try DiagramRenderer.render(document, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }
}
