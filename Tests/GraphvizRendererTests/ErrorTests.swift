import Foundation
import Testing
@testable import GraphvizRenderer

@Suite("Errors come back as values, not on stderr")
struct ErrorTests {
    @Test("a DOT syntax error names its line")
    func syntaxErrorLine() {
        let text = "digraph {\n  a -> b;\n  c -> ;\n}\n"
        #expect(throws: GraphvizError.syntax(message: "syntax error in line 3 near ';'", line: 3)) {
            try DOTReader.read(text)
        }
    }

    @Test("an unterminated string is reported with its line")
    func unterminatedString() {
        do {
            _ = try DOTReader.read("graph {\n a;\n b [label=\"open]\n}\n")
            Issue.record("expected an error")
        } catch {
            guard case .syntax(let message, let line) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(message.contains("quoted string"))
            #expect(line != nil)
        }
    }

    @Test("empty or blank input is refused before cgraph", arguments: ["", "   ", "\n\t\n"])
    func emptyInput(_ text: String) {
        #expect(throws: GraphvizError.emptyInput) { try DOTReader.read(text) }
        #expect(throws: GraphvizError.emptyInput) { try DiagramRenderer.render(dot: text) }
    }

    @Test("an unknown format lists what is available, and the next render still works")
    func unknownFormat() throws {
        let document = DiagramDocument(name: "g", nodes: [DiagramNode(id: "a")])
        do {
            _ = try DiagramRenderer.render(document, format: "no-such-format")
            Issue.record("expected an error")
        } catch {
            guard case .unknownFormat(let format, let available) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(format == "no-such-format")
            #expect(available.contains("svg") && available.contains("png"))
            #expect(!available.contains("x11"))
        }
        let svg = try DiagramRenderer.render(document, format: .svg)
        #expect(try SVGStructure(svg).nodes.map(\.title) == ["a"])
    }

    @Test("an edge to an undeclared node is refused before cgraph")
    func undeclaredNode() {
        let document = DiagramDocument(name: "g", nodes: [DiagramNode(id: "a")], edges: [DiagramEdge(tail: "a", head: "b")])
        #expect(throws: GraphvizError.invalidDocument("edge a -> b names the undeclared node 'b'")) {
            try DiagramRenderer.render(document)
        }
    }

    @Test("a second graph in the text is an error, not silently dropped")
    func trailingGarbage() {
        #expect(throws: GraphvizError.self) { try DOTReader.read("digraph { a } digraph { b } ;;; }") }
    }
}
