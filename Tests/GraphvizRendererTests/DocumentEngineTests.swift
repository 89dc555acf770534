import Foundation
import RelationGraph
import Testing
import GraphvizRenderer

@Suite("A document is laid out by the engine of the options it was built with")
struct DocumentEngineTests {
    func document(engine: LayoutEngine, legend: Bool) throws -> DiagramDocument {
        var options = RenderOptions()
        options.engine = engine
        options.showsLegend = legend
        return DiagramBuilder.document(for: try Fixtures.styled(), options: options)
    }

    @Test("the document records RenderOptions.engine as DOT's layout attribute")
    func documentCarriesTheEngine() throws {
        let neato = try document(engine: .neato, legend: false)
        #expect(neato.engine == .neato)
        #expect(neato.graphAttributes[.layout] == "neato")
        #expect(neato.dotSource().contains("layout=neato"))
        // DOT read back keeps it, so the engine survives a round trip through a .dot file.
        #expect(try DOTReader.read(neato.dotSource()).engine == .neato)
    }

    @Test("render, output and write lay out with the document's engine, not dot")
    func renderUsesTheDocumentsEngine() throws {
        let neato = try document(engine: .neato, legend: false)
        var asDot = neato
        asDot.engine = .dot
        let rendered = try DiagramRenderer.render(neato, format: .svg)
        // The same DOT laid out by neato from text (as `dot -Kneato` would): the same bytes.
        #expect(rendered == (try DiagramRenderer.render(dot: neato.dotSource(), engine: .neato, format: .svg)))
        #expect(rendered != (try DiagramRenderer.render(asDot, format: .svg)))
        #expect(try DiagramRenderer.output(neato, format: .svg) == rendered)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("engine-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        try DiagramRenderer.write(neato, to: file)
        #expect(try Data(contentsOf: file) == rendered)
    }

    @Test("with a legend too, the drawing is laid out by the document's engine")
    func legendCompositionUsesTheDocumentsEngine() throws {
        let neato = try document(engine: .neato, legend: true)
        var asDot = neato
        asDot.engine = .dot
        let a = try DiagramRenderer.render(neato, format: .svg), b = try DiagramRenderer.render(asDot, format: .svg)
        #expect(a != b)
        #expect(try DiagramRenderer.render(neato, format: .svg) == a)
    }
}
