import RelationGraph
import Testing
@testable import GraphvizRenderer

@Suite("Reading DOT into a relation graph")
struct DOTGraphImportTests {
    let text = """
        digraph "Rapallo" {
            node [group=germany];
            seeckt [kind=person, label="Hans von Seeckt", start="1866-04-22", end=1936, wikidata=Q60120];
            reichswehr [kind=Organization, description="German armed forces"];
            chicherin [kind=person, label="Georgy Chicherin – Чичерин", group="soviet-union"];
            lonely;
            seeckt -> reichswehr [predicate=commanded, start=1920, end=1926, weight=2.5, color=red];
            chicherin -> seeckt [label=met];
            chicherin -> seeckt;
        }
        """

    @Test("kind, label, group, description and dates map to the model; other attributes are kept")
    func entities() throws {
        let graph = try DOTReader.readGraph(text)
        #expect(graph.entities.map(\.id) == ["seeckt", "reichswehr", "chicherin", "lonely"])
        #expect(graph.entities.map(\.kind) == [.person, .organization, .person, .other])
        #expect(graph.entities.map(\.name) == ["Hans von Seeckt", "reichswehr", "Georgy Chicherin – Чичерин", "lonely"])
        #expect(graph.entities.map(\.group) == ["germany", "germany", "soviet-union", "germany"])
        #expect(graph.entities[1].description == "German armed forces")
        #expect(graph.entities[0].span.start == (try PartialDate("1866-04-22")))
        #expect(graph.entities[0].span.end == (try PartialDate("1936")))
        #expect(graph.entities[0].attributes == ["wikidata": "Q60120"])
    }

    @Test("edges become relations in the order written, parallel ones kept")
    func relations() throws {
        let graph = try DOTReader.readGraph(text)
        #expect(graph.relations.map(\.predicate) == ["commanded", "met", "related-to"])
        #expect(graph.relations.map(\.subject) == ["seeckt", "chicherin", "chicherin"])
        #expect(graph.relations[0].weight == 2.5)
        #expect(graph.relations[0].span == TimeSpan(start: try PartialDate("1920"), end: try PartialDate("1926")))
        #expect(graph.relations[0].attributes == ["color": "red"])
        #expect(graph.relationSubject == [0, 2, 2])
    }

    @Test("an unknown kind becomes other, kept as original_kind; a bad date names the edge")
    func badValues() throws {
        let graph = try DOTReader.readGraph("digraph { a [kind=spaceship] }")
        #expect(graph.entities[0].kind == .other)
        #expect(graph.entities[0].attributes["original_kind"] == "spaceship")
        do {
            _ = try DOTReader.readGraph("digraph { a; b; a -> b [start=\"1922-13\"] }")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("edge 'a' -> 'b'"))
        }
    }

    @Test("ids that are not slugs become slugs; labels are read as plain text")
    func slugsAndLabels() throws {
        let graph = try DOTReader.readGraph(#"""
            graph { "Георгий Чичерин" [label="Chicherin\nPeople's Commissar"]; "C:\x" [label="\N"]; "Георгий Чичерин" -- "C:\x" [label="Met in"] }
            """#)
        #expect(graph.entities.map(\.id) == ["georgij-cicerin", "c-x"])
        #expect(graph.entities[0].attributes["original_id"] == "Георгий Чичерин")
        #expect(graph.entities[0].name == "Chicherin\nPeople's Commissar")
        #expect(graph.entities[1].name == "C:\\x")
        #expect(graph.relations[0].predicate == "met-in")
        #expect(graph.schema.predicate(named: "met-in") != nil)
    }

    @Test("a rendered graph reads back with its entities and relations")
    func renderedGraphRoundTrip() throws {
        let graph = try Fixtures.styled()
        var options = RenderOptions()
        options.showsLegend = false
        let text = DiagramBuilder.document(for: graph, options: options).dotSource()
        let read = try DOTReader.readGraph(text)
        #expect(read.entities.map(\.id) == graph.entities.map(\.id))
        #expect(read.relations.map(\.subject) == graph.relations.map(\.subject))
        #expect(read.relations.map(\.object) == graph.relations.map(\.object))
    }
}
