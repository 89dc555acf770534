import Testing
@testable import GraphvizRenderer

/// Strings that a naive DOT writer gets wrong; each must read back unchanged through cgraph.
let awkwardStrings: [String] = [
    "plain", "1starts-with-digit", "42", "-3.5", "node", "Graph", "subgraph", "strict",
    "with space", "quote \" inside", "\"", "\\\\", "even run before quote \\\\\"",
    "line\nbreak", "ends with newline\n", "even run then newline \\\\\nnext", "\\N \\n \\l",
    "<angle> & ampersand", "<b>", "{braces|pipes}", "Münzenberg – Čičerin", "東京", "emoji 🚂",
    "semi;colon", "comma, equals=sign", "trailing \\\\", "a\tb", "",
]

@Suite("DOT text reads back through cgraph")
struct DOTRoundTripTests {
    @Test("quoted ids and values survive cgraph's parser", arguments: awkwardStrings)
    func quotedStringRoundTrips(_ text: String) throws {
        var document = DiagramDocument(name: text)
        let id = text.isEmpty ? "empty" : text
        document.nodes = [DiagramNode(id: id, attributes: [.tooltip: text, "x_custom": text + "!"])]
        document.edges = [DiagramEdge(tail: id, head: id, attributes: [.tooltip: text])]
        let read = try DOTReader.read(document.dotSource())
        #expect(read.name == text)
        #expect(read.nodes.map(\.id) == [id])
        #expect(read.nodes.first?.attributes[.tooltip] == (text.isEmpty ? nil : text))
        #expect(read.nodes.first?.attributes["x_custom"] == text + "!")
        #expect(read.edges.first?.attributes[.tooltip] == (text.isEmpty ? nil : text))
    }

    @Test("an odd backslash run before a quote, newline or end reads back one backslash longer")
    func oddBackslashRunIsDocumentedLoss() throws {
        let cases = [("ends \\", "ends \\\\"), ("a\\\"b", "a\\\\\"b"), ("a\\\nb", "a\\\\\nb"), ("\\\\\\", "\\\\\\\\")]
        for (written, expected) in cases {
            let document = DiagramDocument(name: "g", nodes: [DiagramNode(id: "n", attributes: [.tooltip: written])])
            let read = try DOTReader.read(document.dotSource())
            #expect(read.nodes.first?.attributes[.tooltip] == expected)
        }
    }

    @Test("bare ids only for plain identifiers that are not keywords")
    func bareIdentifiers() {
        #expect(DOTQuoting.id("a_1") == "a_1")
        #expect(DOTQuoting.id("1a") == "\"1a\"")
        #expect(DOTQuoting.id("node") == "\"node\"")
        #expect(DOTQuoting.id("EDGE") == "\"EDGE\"")
        #expect(DOTQuoting.id("soviet-union") == "\"soviet-union\"")
        #expect(DOTQuoting.id("") == "\"\"")
    }

    @Test("label escaping doubles backslashes and turns newlines into \\n")
    func labelEscaping() {
        #expect(DOTQuoting.labelText("C:\\New") == "C:\\\\New")
        #expect(DOTQuoting.labelText("two\nlines") == "two\\nlines")
        #expect(DOTQuoting.labelText("\\N") == "\\\\N")
    }

    @Test("a document built through the API equals its DOT text parsed by cgraph")
    func builtEqualsParsed() throws {
        let document = sampleDocument()
        let (built, builtBack) = try GraphvizContext.shared.perform { _ throws(GraphvizError) in
            let graph = try CGraphDocument(building: document)
            return (try graph.writtenByCGraph(), graph.diagram())
        }
        let (parsed, parsedBack) = try GraphvizContext.shared.perform { _ throws(GraphvizError) in
            let graph = try CGraphDocument(parsing: document.dotSource())
            return (try graph.writtenByCGraph(), graph.diagram())
        }
        #expect(builtBack == document)
        #expect(parsedBack == document)
        // agwrite orders subgraphs by cgraph's internal ids (addresses of interned names), so
        // only the lines are compared, not their order.
        #expect(built.split(separator: "\n").sorted() == parsed.split(separator: "\n").sorted())
        #expect(built.contains("cluster_west"))
    }

    @Test("reading DOT keeps nodes, isolated nodes, edge order, parallel edges and attributes")
    func readBack() throws {
        let document = sampleDocument()
        let read = try DOTReader.read(document.dotSource())
        #expect(read.isDirected)
        #expect(read.nodes.map(\.id) == ["b", "a", "c", "isolated"])
        #expect(read.edges.map { "\($0.tail)->\($0.head)" } == ["c->a", "a->b", "a->b", "b->c"])
        #expect(read.edges.map { $0.attributes[.label] } == ["x", "first", "second", nil])
        #expect(read.nodes[1].attributes[.shape] == "box")
        #expect(read.nodeDefaults[.fontSize] == "10")
        #expect(read.graphAttributes[.rankDirection] == "LR")
        #expect(read.clusters.map(\.id) == ["cluster_west", "row"])
        #expect(read.clusters[0].nodeIDs == ["b", "a"])
        #expect(read.clusters[0].attributes[.label] == "West")
        #expect(read.clusters[1].attributes[.rank] == "same")
        // The root graph keeps its own label; the cluster's label did not leak onto it.
        #expect(read.graphAttributes[.label] == "Title")
        #expect(read == document)
    }
}

func sampleDocument() -> DiagramDocument {
    DiagramDocument(
        name: "sample",
        graphAttributes: [.rankDirection: "LR", .label: "Title", .charset: "UTF-8"],
        nodeDefaults: [.fontSize: "10"],
        edgeDefaults: [.color: "gray40"],
        nodes: [
            DiagramNode(id: "b"), DiagramNode(id: "a", attributes: [.shape: "box"]),
            DiagramNode(id: "c", attributes: [.label: "Ç \\\\ \"q\""]), DiagramNode(id: "isolated"),
        ],
        edges: [
            DiagramEdge(tail: "c", head: "a", attributes: [.label: "x"]),
            DiagramEdge(tail: "a", head: "b", attributes: [.label: "first"]),
            DiagramEdge(tail: "a", head: "b", attributes: [.label: "second"]),
            DiagramEdge(tail: "b", head: "c"),
        ],
        clusters: [
            DiagramCluster(id: "cluster_west", attributes: [.label: "West"], nodeIDs: ["b", "a"]),
            DiagramCluster(id: "row", attributes: [.rank: "same"], nodeIDs: ["c", "isolated"]),
        ])
}

@Suite("Labels back to plain text")
struct LabelPlainTextTests {
    @Test("line breaks, backslashes and the node-name escape")
    func plainText() {
        #expect(DOTQuoting.plainText(fromLabel: "a\\nb\\lc\\r", nodeID: nil) == "a\nb\nc")
        #expect(DOTQuoting.plainText(fromLabel: "C:\\\\New", nodeID: nil) == "C:\\New")
        #expect(DOTQuoting.plainText(fromLabel: "\\N (\\G)", nodeID: "n1") == "n1 (\\G)")
        #expect(DOTQuoting.plainText(fromLabel: "trailing \\", nodeID: nil) == "trailing \\")
        // labelText and plainText undo each other.
        for text in ["C:\\New\nline", "\\N", "a\\\\b", "Чичерин"] {
            #expect(DOTQuoting.plainText(fromLabel: DOTQuoting.labelText(text), nodeID: "x") == text)
        }
    }
}
