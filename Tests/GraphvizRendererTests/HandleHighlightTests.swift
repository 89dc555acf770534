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

/// Drawings made through the handle API against DOT recorded before it existed, by
/// `relgraph path seeckt kama --render` and `relgraph render --around kama --size-by degree` on
/// the styled fixture at commit 0232396, when highlights were id strings and sizes a dictionary
/// (since then, only the `layout` graph attribute that names the engine was added).
@Suite("Drawings by handle match the drawings by id")
struct HandleGoldenTests {
    static let golden = Fixtures.root.appendingPathComponent("golden")

    func expectGolden(_ document: DiagramDocument, _ name: String) throws {
        let expected = try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
        #expect(document.dotSource() == expected, "\(name) differs from the DOT recorded before handles")
    }

    @Test func pathDrawingMatches() throws {
        let graph = try Fixtures.styled()
        let query = PathQuery(source: try graph.resolve("seeckt"), target: try graph.resolve("kama"))
        let path = try #require(try PathFinder(graph: graph).paths(for: query).paths.first)
        var options = RenderOptions()
        options.title = "Hans von Seeckt to Kama <tank> school & range"
        options.highlightedPaths = [HighlightedPath(label: "the path (2 hops) via Reichswehr", path: path)]
        options.groupColors = GroupColors(graph: graph)
        try expectGolden(DiagramBuilder.highlightDocument(for: graph, path: path, options: options), "path-seeckt-kama.dot")
    }

    @Test func sizedPartMatches() throws {
        let graph = try Fixtures.styled()
        var selection = SubgraphSelection()
        selection.around = ["kama"]
        let part = try selection.extract(from: graph)
        var options = RenderOptions.suggested(entityCount: part.entities.count, relationCount: part.relations.count)
        options.groupColors = GroupColors(graph: graph)
        options.dimsOthers = false
        options.highlightedEntities = [try graph.resolve("kama")]          // a handle of the whole graph
        options.highlightLabel = "asked about: Kama <tank> school & range"
        options.sizeScores = try graph.centrality(CentralityOptions(measure: .degree))   // whole-graph scores
        try expectGolden(DiagramBuilder.document(for: part, options: options), "around-kama-sized-by-degree.dot")
    }
}
