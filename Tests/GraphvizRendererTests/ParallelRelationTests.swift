import RelationGraph
import Testing
@testable import GraphvizRenderer

@Suite("Parallel relations")
struct ParallelRelationTests {
    /// a supplied b three times and traded with it twice (1926..1933 overall); b opposed a once.
    func graph() throws -> Graph {
        let a = Entity(id: "a", kind: .organization, name: "A")
        let b = Entity(id: "b", kind: .organization, name: "B")
        func span(_ s: String, _ e: String?) throws -> TimeSpan {
            TimeSpan(start: try PartialDate(s), end: try e.map { try PartialDate($0) })
        }
        return try Graph(entities: [a, b], relations: [
            Relation(subject: "a", predicate: "supplied", object: "b", span: try span("1926", "1930")),
            Relation(subject: "a", predicate: "traded-with", object: "b", span: try span("1927", nil)),
            Relation(subject: "b", predicate: "opposed", object: "a"),
            Relation(subject: "a", predicate: "supplied", object: "b", span: try span("1931", "1933")),
            Relation(subject: "a", predicate: "traded-with", object: "b"),
            Relation(subject: "a", predicate: "supplied", object: "b"),
        ])
    }

    @Test("relations with the same predicate and direction become one labelled edge; other predicates stay apart")
    func bundled() throws {
        var options = RenderOptions()
        options.showsLegend = false
        let document = DiagramBuilder.document(for: try graph(), options: options)
        #expect(document.edges.map { $0.attributes[.identifier] } == ["relations-0-3-5", "relations-1-4", "relation-2"])
        // The phrase from the built-in vocabulary; the years of both dated supplies.
        #expect(document.edges[0].attributes[.label] == "supplied ×3\\n1926–1933")
        #expect(document.edges[0].attributes[.penWidth] == "2.6")
        let svg = try SVGStructure(DiagramRenderer.render(document, format: .svg))
        #expect(svg.edges.map(\.id) == ["relations-0-3-5", "relations-1-4", "relation-2"])
        #expect(svg.edges[0].texts == ["supplied ×3", "1926–1933"])
        #expect(svg.edges[1].texts == ["traded with ×2", "1927"])
        #expect(svg.edges[2].texts == ["opposed"])
        options.parallelRelationLimit = 3
        let limited = DiagramBuilder.document(for: try graph(), options: options)
        #expect(limited.edges.count == 6)
    }

    @Test("highlighted relations stay apart; no limit draws every relation")
    func unbundled() throws {
        var options = RenderOptions()
        options.showsLegend = false
        options.highlightedRelations = [3]
        let highlighted = DiagramBuilder.document(for: try graph(), options: options)
        #expect(highlighted.edges.map { $0.attributes[.identifier] } == ["relations-0-5", "relations-1-4", "relation-2", "relation-3"])
        options.highlightedRelations = []
        options.parallelRelationLimit = nil
        let all = DiagramBuilder.document(for: try graph(), options: options)
        #expect(all.edges.count == 6)
    }
}
