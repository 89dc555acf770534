import Foundation
import Testing
@testable import RelationGraph

@Suite("GEXF")
struct GEXFTests {
    @Test(arguments: ExportTestSupport.roundTripFolders)
    func entitiesAndRelationsSurviveTheRoundTrip(_ folder: String) throws {
        let graph = try ExportTestSupport.load(folder)
        let text = GEXF.text(of: graph)
        let back = try GEXF.graph(from: Data(text.utf8))
        #expect(back.entities == graph.entities)
        #expect(back.relations == graph.relations)
        // GEXF has no graph-level data: no sources, and the default schema plus what is used.
        #expect(back.sources.isEmpty)
        for name in Set(graph.relations.map(\.predicate)) { #expect(back.schema.predicate(named: name) != nil) }
        // The spells are possible spans, which follow the schema's time shapes: with the same
        // schema the text reads back identically.
        let again = try Graph(entities: back.entities, relations: back.relations, sources: [], schema: graph.schema)
        #expect(GEXF.text(of: again) == text)
    }

    @Test func declaresADynamicDirectedGraphWithDates() throws {
        let text = GEXF.text(of: try ExportTestSupport.load("valid-small"))
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("version=\"1.3\""))
        #expect(text.contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\">"))
        #expect(text.contains("<attributes class=\"node\" mode=\"static\">"))
        #expect(text.contains("<attribute id=\"a0\" title=\"wikidata\" type=\"string\"/>"))
        #expect(text.contains("<attributes class=\"edge\" mode=\"static\">"))
        #expect(text.contains("<attribute id=\"a0\" title=\"goods\" type=\"string\"/>"))
    }

    /// The spells are the spans widened to whole days: a start to the first day it covers, an
    /// end to the last; unknown ends are left open.
    @Test func spellsWidenPartialDatesToDays() throws {
        let graph = try ExportTestSupport.load("exports-unicode")
        let document = try GEXF.document(from: Data(GEXF.text(of: graph).utf8))
        #expect(document.mode == "dynamic")
        #expect(document.timeFormat == "date")
        #expect(document.defaultEdgeType == "directed")
        #expect(document.nodes.count == graph.entities.count)
        #expect(document.edges.count == graph.relations.count)
        func node(_ id: String) throws -> GEXF.Element { try #require(document.nodes.first { $0.id == id }) }
        // 1867-09 .. 1922-06: September has its first day, June 1922 its thirtieth.
        #expect(try node("walther-rathenau").spells == [GEXF.Spell(start: "1867-09-01", end: "1922-06-30")])
        // 1918 .. 1933 as whole years.
        #expect(try node("weimar-germany").spells == [GEXF.Spell(start: "1918-01-01", end: "1933-12-31")])
        // A start and no end: open on the right.
        #expect(try node("treaty-of-rapallo").spells == [GEXF.Spell(start: "1922-04-16", end: nil)])
        // No dates at all: no spell, present throughout.
        #expect(try node("genoa").spells == [])
        let chicherin = try node("georgy-chicherin")
        #expect(chicherin.label == "Георгий Чичерин")
        #expect(chicherin.attributes["kind"] == "person")
        #expect(chicherin.attributes["aliases"] == "Chicherin;Tschitscherin")
        #expect(chicherin.attributes["note <&>"] == "Ünïcödé ✓ 日本")
        #expect(chicherin.attributes["start"] == "1872-11-24")
        // Edges: predicate as label and kind, weight, spell, attributes.
        let party = try #require(document.edges.first { $0.source == "weimar-germany" })
        #expect(party.label == "party-to")
        #expect(party.kind == "party-to")
        #expect(party.weight == "0.25")
        #expect(party.spells == [GEXF.Spell(start: "1922-04-01", end: "1926-12-31")])
        let met = document.edges.filter { $0.kind == "met" }
        #expect(met.map(\.spells) == [[GEXF.Spell(start: "1922-04-01", end: "1922-04-30")], [GEXF.Spell(start: "1922-04-16", end: "1922-06-30")]])
        #expect(met.first?.attributes["channel"] == "back channel, <private>")
        #expect(met.first?.attributes["note"] == "first meeting")
    }

    @Test func leapYearsAndShortMonthsWidenCorrectly() throws {
        #expect(try PartialDate("1940-02").widenedEnd == "1940-02-29")
        #expect(try PartialDate("1900-02").widenedEnd == "1900-02-28")
        #expect(try PartialDate("1939-09").widenedEnd == "1939-09-30")
        #expect(try PartialDate("1939-08-23").widenedStart == "1939-08-23")
        #expect(try PartialDate("1939-08-23").widenedEnd == "1939-08-23")
    }

    @Test func readsGephiStyleSpellsWithoutExactDates() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
                <attributes class="node"><attribute id="0" title="url" type="string"/></attributes>
                <nodes>
                  <node id="0" label="Gephi"><attvalues><attvalue for="0" value="http://gephi.org"/></attvalues>
                    <spells><spell start="2009-03-01" end="2009-06-30"/><spell start="2010-01-01" end="2010-12-31"/></spells>
                  </node>
                  <node id="1" label="Network" start="2009-03-05"/>
                </nodes>
                <edges><edge id="0" source="0" target="1" weight="2" label="Links to"/></edges>
              </graph>
            </gexf>
            """
        let graph = try GEXF.graph(from: Data(text.utf8))
        #expect(graph.entities.map(\.name) == ["Gephi", "Network"])
        #expect(graph.entities[0].attributes == ["url": "http://gephi.org"])
        #expect(graph.entities[0].span.description == "2009-03-01..2010-12-31")
        #expect(graph.entities[1].span.description == "2009-03-05, end unknown")
        #expect(graph.relations[0].predicate == "links-to")
        #expect(graph.relations[0].weight == 2)
    }

    @Test(arguments: [
        ("<gexf><graph><nodes><node id=\"a\"></nodes></graph></gexf>", "malformed XML: a closing tag does not match the open element"),
        ("<graphml/>", "expected a <gexf> document, found <graphml>"),
        ("<gexf/>", "the document has no <graph> element"),
        ("<gexf><graph><nodes><node label=\"x\"/></nodes></graph></gexf>", "<node> without an id"),
        ("<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"7\" value=\"x\"/></attvalues></node></nodes></graph></gexf>",
         "refers to attribute '7'"),
        ("<gexf><graph><edges><edge id=\"0\" source=\"a\"/></edges></graph></gexf>", "<edge> needs both a source and a target"),
        ("<gexf><graph><nodes><node id=\"a\" start=\"yesterday\"/></nodes></graph></gexf>", "node 'a': start 'yesterday' is not a valid date"),
        ("<gexf><graph timeformat=\"double\"><nodes><node id=\"a\" start=\"2.0\"/></nodes></graph></gexf>", "timeformat 'double' is not supported"),
    ])
    func malformedInputIsAClearError(_ text: String, _ expected: String) {
        do {
            _ = try GEXF.graph(from: Data(text.utf8))
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func errorsNameTheFileAndLine() throws {
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.gexf")
        try Data("<gexf>\n<graph>\n<nodes>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</nodes>\n</graph>\n</gexf>\n".utf8).write(to: file)
        #expect(throws: GraphFormatError(file: file.path, line: 5, message: "duplicate node id 'a'")) {
            try GEXF.read(from: file)
        }
    }
}
