import Foundation
import Testing
import RelationGraph
@testable import GraphvizRenderer

/// Highlights and sizes given as entity handles and scores, read back from the SVG.
@Suite("Highlights and sizes by handle")
struct HandleHighlightTests {
    /// Seeckt commanded the Reichswehr (relation 0), which trained at Kama (relation 2).
    @Test("a found path draws bold exactly its relations and outlines exactly its entities")
    func foundPathHighlight() throws {
        let graph = try Fixtures.styled()
        let query = PathQuery(source: try graph.resolve("seeckt"), target: try graph.resolve("kama"))
        let path = try #require(try PathFinder(graph: graph).paths(for: query).paths.first)
        #expect(path.entities.map(\.id) == ["seeckt", "reichswehr", "kama"] && path.relationIndices == [0, 2])
        let byPath = try DiagramRenderer.render(DiagramBuilder.highlightDocument(for: graph, path: path, neighbourLimit: 1))
        let byParts = try DiagramRenderer.render(DiagramBuilder.highlightDocument(
            for: graph, entities: path.entities, relations: path.relationIndices, neighbourLimit: 1))
        #expect(byPath == byParts)
        let svg = try SVGStructure(byPath)
        let bold = svg.edges.filter { $0.strokeWidths.contains("3") && !$0.id.hasPrefix("legend") }.map(\.id)
        #expect(Set(bold) == ["relation-0", "relation-2"])
        let outlined = svg.nodes.filter { $0.strokes.contains(DiagramStyle.highlightColor) && !$0.title.hasPrefix("legend") }
        #expect(Set(outlined.map(\.title)) == ["seeckt", "reichswehr", "kama"])
        // One neighbour of context each: more entities are drawn than are highlighted.
        #expect(svg.nodes.filter { !$0.title.hasPrefix("legend") }.count > 3)
    }

    @Test("handles and scores of the whole graph mark and size a drawing of a part by id")
    func wholeGraphHandlesOnAPart() throws {
        let graph = try Fixtures.styled()
        var selection = SubgraphSelection()
        selection.around = ["kama"]
        let part = try selection.extract(from: graph)   // kama, reichswehr, kazan, in another order
        let kama = try graph.resolve("kama"), ownKama = try #require(part.handle(ofID: "kama"))
        #expect(kama.index != ownKama.index)
        let table = ["reichswehr": 4.0, "kama": 2, "seeckt": 8]   // Seeckt is not drawn
        var whole = RenderOptions()
        whole.highlightedEntities = [kama]
        whole.sizeScores = CentralityScores(measure: .degree, of: graph) { table[$0.id] ?? .nan }
        var own = RenderOptions()
        own.highlightedEntities = [ownKama]
        own.sizeScores = CentralityScores(measure: .degree, of: part) { table[$0.id] ?? .nan }
        let drawn = DiagramBuilder.document(for: part, options: whole)
        #expect(drawn.dotSource() == DiagramBuilder.document(for: part, options: own).dotSource())
        let svg = try SVGStructure(DiagramRenderer.render(drawn))
        #expect(svg.node(titled: "kama").first?.strokes.contains(DiagramStyle.highlightColor) == true)
        #expect(svg.node(titled: "reichswehr").first?.strokes.contains(DiagramStyle.highlightColor) == false)
        // Shares of the largest score drawn (the Reichswehr's 4): Kama 0.5, Kazan (NaN) unsized.
        let width = { (id: String) in drawn.nodes.first { $0.id == id }?.attributes[.width] }
        #expect(width("reichswehr") == "2.20" && width("kama") == "1.55" && width("kazan") == nil)
        #expect(svg.node(titled: "kama").first?.tooltip?.hasSuffix("degree: 2.0000") == true)
    }
}
