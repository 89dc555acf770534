import Foundation
import Testing
@testable import RelationGraph

@Suite("GraphML")
struct GraphMLTests {
    @Test(arguments: ExportTestSupport.roundTripFolders)
    func roundTripIsLossless(_ folder: String) throws {
        let graph = try ExportTestSupport.load(folder)
        let text = GraphML.text(of: graph)
        let back = try GraphML.graph(from: Data(text.utf8))
        ExportTestSupport.expectSameGraph(graph, back)
        #expect(GraphML.text(of: back) == text)
    }

    @Test func declaresTypedKeysAndADirectedGraph() throws {
        let text = GraphML.text(of: try ExportTestSupport.load("valid-small"))
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        #expect(text.contains("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"))
        #expect(text.contains("<key id=\"n_kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"n_a0\" for=\"node\" attr.name=\"wikidata\" attr.type=\"string\"/>"))
        #expect(text.contains("<key id=\"e_a0\" for=\"edge\" attr.name=\"goods\" attr.type=\"string\"/>"))
        #expect(text.contains("<edge id=\"e1\" source=\"mikhail-tukhachevsky\" target=\"red-army\">"))
        #expect(text.contains("<data key=\"e_weight\">2.5</data>"))
        #expect(text.contains("<data key=\"n_label\">Hans von Seeckt</data>"))
        #expect(text.contains("<data key=\"e_label\">commanded</data>"))
        // The quote in the description needs no escaping in element text; the ampersand in a URL would.
        #expect(text.contains("A school near Kazan where \"Kama\" stood for Kazan and Malbrandt"))
    }

    @Test func escapesMarkupControlCharactersAndKeepsNonASCII() throws {
        let weird = Entity(id: "a", kind: .person, name: "<b>Tom & \"Jerry\" 'x'</b>",
                           description: "bell\u{07}here\r\nCRLF\ttab", attributes: ["é <x>": "日本 ✓"])
        let graph = try Graph(entities: [weird, Entity(id: "b", kind: .person, name: "B")],
                              relations: [Relation(subject: "a", predicate: "met", object: "b", note: "a > b & c")])
        let text = GraphML.text(of: graph)
        #expect(text.contains("&lt;b&gt;Tom &amp; \"Jerry\" 'x'&lt;/b&gt;"))
        #expect(text.contains("attr.name=\"é &lt;x&gt;\""))
        #expect(text.contains("bell\u{FFFD}here&#13;\nCRLF\ttab"))
        let back = try GraphML.graph(from: Data(text.utf8))
        #expect(back.entities[0].name == weird.name)
        #expect(back.entities[0].attributes == weird.attributes)
        // The bell cannot be written in XML 1.0; everything else survives, CR included.
        #expect(back.entities[0].description == "bell\u{FFFD}here\r\nCRLF\ttab")
        #expect(back.relations[0].note == "a > b & c")
    }

    @Test func anAttributeCalledLabelIsKeptApartFromTheDisplayLabel() throws {
        let a = Entity(id: "a", kind: .person, name: "A", attributes: ["label": "A"])
        let b = Entity(id: "b", kind: .person, name: "B")
        let graph = try Graph(entities: [a, b], relations: [Relation(subject: "a", predicate: "met", object: "b")])
        let text = GraphML.text(of: graph)
        #expect(!text.contains("n_label"))
        #expect(text.contains("e_label"))
        let back = try GraphML.graph(from: Data(text.utf8))
        #expect(back.entities == graph.entities)
        #expect(back.relations == graph.relations)
    }

    /// libxml2 refuses a single chunk over 10 MB; the reader must stream larger documents.
    @Test func readsDocumentsLargerThanTenMegabytes() throws {
        let text = String(repeating: "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich. ", count: 1000)
        let entities = (0..<200).map { Entity(id: "e\($0)", kind: .person, name: "E\($0)", description: text) }
        let relations = (1..<200).map { Relation(subject: "e0", predicate: "met", object: "e\($0)") }
        let graph = try Graph(entities: entities, relations: relations)
        for format in [GraphFormat.graphml, .gexf] {
            let data = Data((format == .graphml ? GraphML.text(of: graph) : GEXF.text(of: graph)).utf8)
            #expect(data.count > 13_000_000)
            let back = try format == .graphml ? GraphML.graph(from: data) : GEXF.graph(from: data)
            #expect(back.entities == graph.entities)
            #expect(back.relations == graph.relations)
        }
    }

    @Test func readsGraphMLFromOtherTools() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" attr.name="color" attr.type="string"><default>grey</default></key>
              <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d2" for="node" yfiles.type="nodegraphics"/>
              <key id="d3" for="node" attr.name="kind" attr.type="string"/>
              <graph id="G" edgedefault="undirected">
                <node id="n0"><data key="d0">red</data><data key="d3">Organization</data></node>
                <node id="Node 1"><data key="d2"><y:ShapeNode><y:NodeLabel>Treaty of Berlin</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n2"><data key="d3">pope</data></node>
                <edge source="n0" target="Node 1"><data key="d1">3.5</data></edge>
                <edge source="n2" target="n3"/>
              </graph>
            </graphml>
            """
        let graph = try GraphML.graph(from: Data(text.utf8))
        #expect(graph.entities.map(\.id) == ["n0", "node-1", "n2", "n3"])
        #expect(graph.entities[0].kind == .organization)
        #expect(graph.entities[0].attributes == ["color": "red"])
        #expect(graph.entities[0].name == "n0")
        #expect(graph.entities[1].name == "Treaty of Berlin")
        #expect(graph.entities[1].attributes == ["color": "grey", "original_id": "Node 1"])
        #expect(graph.entities[2].kind == .other)
        #expect(graph.entities[2].attributes["original_kind"] == "pope")
        #expect(graph.entities[3].attributes == [:])  // declared by the edge only, so no key defaults
        #expect(graph.relations.map(\.object) == ["node-1", "n3"])
        #expect(graph.relations[0].weight == 3.5)
        #expect(graph.relations[0].predicate == "related-to")
        #expect(graph.schema == .default)
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("<graphml><graph><node id=\"a\"></graph></graphml>", "malformed XML: a closing tag does not match the open element"),
        ("<graphml><graph>", "malformed XML"),
        ("<graphml><graph><node id=\"a & b\"/></graph></graphml>", "malformed XML"),
        ("<graphml><graph><node id=a/></graph></graphml>", "malformed XML: an attribute value is not quoted"),
        ("<gexf/>", "expected a <graphml> document, found <gexf>"),
        ("<graphml></graphml>", "the document has no <graph> element"),
        ("<graphml><graph><node/></graph></graphml>", "<node> without an id"),
        ("<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", "duplicate node id 'a'"),
        ("<graphml><graph><node id=\"a\"><data key=\"k9\">x</data></node></graph></graphml>", "refers to key 'k9'"),
        ("<graphml><graph><edge source=\"a\"/></graph></graphml>", "<edge> needs both a source and a target"),
        ("<graphml><graph><hyperedge/></graph></graphml>", "hyperedges are not supported"),
        ("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph><edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge></graph></graphml>",
         "weight 'heavy' is not a positive number"),
    ])
    func malformedInputIsAClearError(_ text: String, _ expected: String) {
        do {
            _ = try GraphML.graph(from: Data(text.utf8))
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func malformedXMLNamesTheFileAndLine() throws {
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.graphml")
        try Data("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n".utf8).write(to: file)
        do {
            _ = try GraphML.read(from: file)
            Issue.record("no error")
        } catch let error as GraphFormatError {
            #expect(error.file == file.path)
            #expect(error.line == 4, "\(error)")
            #expect(error.description.hasPrefix("\(file.path):4:"), "\(error)")
            #expect(error.message == "malformed XML: a closing tag does not match the open element")
        }
    }

    @Test func errorsInsideTheGraphNameTheirLine() {
        let text = "<graphml>\n<key id=\"s\" for=\"node\" attr.name=\"start\"/>\n<graph>\n<node id=\"a\"/>\n<node id=\"b\"><data key=\"s\">1922-13</data></node>\n</graph></graphml>"
        #expect(throws: GraphFormatError(line: 5, message: "node 'b': start '1922-13' is not a valid date: month 13 does not exist")) {
            try GraphML.graph(from: Data(text.utf8))
        }
    }
}
