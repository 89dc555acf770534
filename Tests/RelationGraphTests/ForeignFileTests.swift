import Foundation
import Testing
@testable import RelationGraph

/// Files NetworkX wrote (`Fixtures/foreign/make_foreign.py`, committed with its output): the
/// Florentine families graph, 15 families and 20 marriage ties, in GraphML, GEXF 1.2 and
/// node-link JSON with NetworkX's default `edges` member.
@Suite("Reading files NetworkX wrote")
struct ForeignFileTests {
    static let folder = FixturePaths.root.appendingPathComponent("foreign")

    @Test(arguments: ["florentine.graphml", "florentine.gexf", "florentine.json"])
    func readsTheFlorentineFamilies(_ name: String) throws {
        let graph = try GraphFormat.read(Self.folder.appendingPathComponent(name))
        #expect(graph.entities.count == 15)
        #expect(graph.relations.count == 20)
        // Family names are not slugs: the ids become slugs and the names stay as written.
        let medici = try #require(graph.entity(withID: "medici"))
        #expect(medici.name == "Medici")
        #expect(medici.kind == .other)
        #expect(medici.attributes["original_id"] == "Medici")
        #expect(medici.attributes["rank"] == "9")
        #expect(medici.attributes["wealthy"]?.lowercased() == "true")
        #expect(graph.entity(withID: "pazzi")?.attributes["wealthy"]?.lowercased() == "false")
        // Padgett's Medici married into six families, and the script weighted those ties 1.5.
        let index = try #require(graph.index(ofID: "medici"))
        let ties = graph.relations(touching: index)
        #expect(ties.count == 6)
        #expect(ties.allSatisfy { graph.relations[$0].weight == 1.5 })
        #expect(graph.relations.filter { $0.weight == 1.5 }.count == 6)
        #expect(graph.relations.allSatisfy { $0.predicate == "related-to" })
        // The result is a valid graph folder.
        let out = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try GraphFormat.write(graph, to: out, format: .folder)
        ExportTestSupport.expectSameGraph(graph, try GraphFolder.load(from: out))
    }
}
