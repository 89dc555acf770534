import Foundation
import RelationGraph
import Testing
@testable import GraphvizRenderer

/// Issue 11, failure 6: names, groups and notes with `&...;` text or characters XML cannot
/// carry made SVG that is not well-formed, and `a &lt; b` was drawn as `a < b`.
@Suite("Text renders as typed")
struct TextAsTypedTests {
    static func graph() throws -> Graph {
        try Graph(entities: [
            Entity(id: "a", kind: .person, name: "a &lt; b", group: "g &nbsp; x", description: "tip &#1; y"),
            Entity(id: "b", kind: .organization, name: "C & D <i>", group: "bell\u{07}\u{FFFE}", description: "q \"x\" &"),
        ], relations: [Relation(subject: "a", predicate: "met", object: "b", note: "n &nbsp; &#1; \u{1F}")])
    }

    /// The SVG without its DOCTYPE, so that an undefined entity is an error (with the external
    /// DTD named, a parser may let it pass).
    static func strictlyParsed(_ svg: Data) throws -> SVGStructure {
        var text = String(decoding: svg, as: UTF8.self)
        if let start = text.range(of: "<!DOCTYPE"), let end = text[start.upperBound...].range(of: ">") {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return try SVGStructure(Data(text.utf8))
    }

    @Test(arguments: [false, true])
    func everySVGIsWellFormedAndShowsTheTextAsTyped(_ clustered: Bool) throws {
        var options = RenderOptions()
        options.clusterByGroup = clustered
        options.title = "T &amp; \u{0B}"
        let document = DiagramBuilder.document(for: try Self.graph(), options: options)
        let svg = try DiagramRenderer.render(document, format: .svg)
        let structure = try Self.strictlyParsed(svg)
        let a = try #require(structure.node(titled: "entity-a").first ?? structure.nodes.first { $0.id == "entity-a" })
        #expect(a.texts.contains("a &lt; b"))
        #expect(a.tooltip?.contains("tip &#1; y") == true)
        let b = try #require(structure.nodes.first { $0.id == "entity-b" })
        #expect(b.texts.contains("C & D <i>"))
        let edge = try #require(structure.edges.first)
        #expect(edge.tooltip?.contains("n &nbsp; &#1; \u{FFFD}") == true)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
    }

    @Test func labelAndTooltipTextEscapeAmpersandsAndForbiddenCharacters() {
        #expect(DOTQuoting.labelText("a &lt; b\u{01}") == "a &amp;lt; b\u{FFFD}")
        #expect(DOTQuoting.tooltipText("x & \u{FFFF}") == "x &amp; \u{FFFD}")
        #expect(DOTQuoting.htmlLabelText("<b> & \"q\"\nz") == "&lt;b&gt; &amp; &quot;q&quot;<BR/>z")
    }

    @Test func dotLabelsReadBackAsTyped() throws {
        let label = DOTQuoting.labelText("AT&T &lt;x&gt;")
        #expect(DOTQuoting.plainText(fromLabel: label, nodeID: nil) == "AT&T &lt;x&gt;")
        #expect(DOTQuoting.plainText(fromLabel: "&#60;&#x3E; &bogus; & &amp;", nodeID: nil) == "<> &bogus; & &")
    }

    @Test func svgRepairLeavesWellFormedTextAlone() {
        let good = Data("<t>a &amp; &#45; &#x3C; é</t>".utf8)
        #expect(SVGRepair.repaired(good) == good)
        let bad = Data(Array("<t>&nbsp; &#1; ".utf8) + [0x07, 0xEF, 0xBF, 0xBE] + Array("</t>".utf8))
        #expect(String(decoding: SVGRepair.repaired(bad), as: UTF8.self) == "<t>&amp;nbsp; &#xFFFD; \u{FFFD}\u{FFFD}</t>")
    }
}

/// Issue 11, failure 9: a PDF carried the time it was made.
@Suite("Reproducible PDF")
struct ReproduciblePDFTests {
    @Test func thePDFCreationDateIsFixedAndTheCrossReferencesStillPointRight() throws {
        let document = DiagramBuilder.document(for: try Fixtures.styled())
        let pdf = try DiagramRenderer.render(document, format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:19700101000000"))
        // startxref gives the byte offset of the cross-reference table.
        let offset = try #require(text.components(separatedBy: "startxref\n").last?.split(separator: "\n").first.flatMap { Int($0) })
        #expect(pdf[pdf.startIndex + offset..<pdf.startIndex + offset + 4] == Data("xref".utf8))
        #expect(try DiagramRenderer.render(document, format: .pdf) == pdf)
    }
}

/// Issue 11, failure 4: `x11` and `xlib` segfaulted and `gtk` ended the process.
@Suite("Window devices")
struct WindowDeviceTests {
    @Test(arguments: ["x11", "xlib", "gtk", "xlib:xlib"])
    func windowDevicesAreRefusedAndNotListed(_ name: String) throws {
        let document = DiagramBuilder.document(for: try Fixtures.styled())
        #expect(throws: GraphvizError.renderFailed(format: name, message:
            "it draws in a window instead of writing a file; relgraph offers only formats that write a file")) {
            _ = try DiagramRenderer.render(document, format: OutputFormat(name))
        }
        #expect(throws: GraphvizError.self) { _ = try DiagramRenderer.render(dot: "digraph { a }", format: OutputFormat(name)) }
        #expect(!DiagramRenderer.availableFormats.contains(name))
        #expect(DiagramRenderer.availableFormats.contains("svg"))
    }
}
