import Foundation
import Testing
@testable import RelationGraph

/// Issue 11, failure 2: bytes that are not UTF-8 in a tag or attribute name crashed FoundationXML
/// (exit 132). They are now errors at the byte's line and column, for GraphML and GEXF alike.
@Suite("XML input encoding")
struct XMLEncodingTests {
    static func error(_ bytes: [UInt8], gexf: Bool = false) -> GraphFormatError? {
        do {
            if gexf { _ = try GEXF.graph(from: Data(bytes)) } else { _ = try GraphML.graph(from: Data(bytes)) }
            return nil
        } catch { return error }
    }

    @Test func aNonUTF8ByteInAnAttributeNameIsAnErrorAtItsColumn() throws {
        // The issue's smallest crashing case: <a b\xff="1"/>
        let failure = try #require(Self.error(Array("<a b".utf8) + [0xFF] + Array("=\"1\"/>".utf8)))
        #expect(failure.line == 1)
        #expect(failure.column == 5)
        #expect(failure.message.contains("0xFF is not UTF-8"))
    }

    @Test func aNonUTF8ByteInATagNameOnALaterLineIsAnError() throws {
        let text = Array("<?xml version=\"1.0\"?>\n<gexf>\n  <nödé".utf8)
        let failure = try #require(Self.error(text + [0xC3, 0x28] + Array("/></gexf>".utf8), gexf: true))
        #expect(failure.line == 3)
        #expect(failure.column == 8)  // "  <nödé" is 7 characters (9 bytes), so the bad byte is column 8
    }

    @Test(arguments: [
        [0xC0, 0xAF],              // overlong '/'
        [0xED, 0xA0, 0x80],        // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xE2, 0x82],              // truncated at the end
    ] as [[UInt8]])
    func malformedSequencesAreFound(_ sequence: [UInt8]) {
        let data = Data(Array("<g a".utf8) + sequence)
        #expect(UTF8Check.firstFailure(in: data)?.offset == 4)
    }

    @Test func wellFormedUTF8PassesTheCheck() {
        let data = Data("<g name=\"Молотов – 日本 🙂\"/>".utf8)
        #expect(UTF8Check.firstFailure(in: data) == nil)
    }

    @Test func otherEncodingsAreRefusedWithAHint() throws {
        let latin1 = try #require(Self.error(Array("<?xml version='1.0' encoding='ISO-8859-1'?><graphml/>".utf8)))
        #expect(latin1.line == 1)
        #expect(latin1.message.contains("ISO-8859-1"))
        #expect(latin1.message.contains("iconv"))
        let utf16 = try #require(Self.error([0xFF, 0xFE] + Array("<g/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(utf16.message.contains("UTF-16"))
    }

    @Test func aProcessingInstructionWithoutDataIsAnErrorNotACrash() throws {
        // Found by Fuzz/run.sh: FoundationXML took strlen of a null pointer (exit 139).
        let failure = try #require(Self.error(Array("<?xml?>\n<graphml><key Itern_kand".utf8)))
        #expect(failure.line == 1)
        #expect(failure.column == 1)
        #expect(failure.message.contains("processing instruction without content"))
        let later = try #require(Self.error(Array("<?xml version=\"1.0\"?>\n<gexf>\n <?go?><graph/></gexf>".utf8), gexf: true))
        #expect(later.line == 3)
        #expect(later.column == 2)
        // With a space it is well formed, and read.
        #expect(throws: Never.self) {
            _ = try GraphML.graph(from: Data("<?xml version=\"1.0\"?>\n<graphml><?go ?><graph/></graphml>".utf8))
        }
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY x SYSTEM "file:///etc/hostname">]>
            <graphml><graph><node id="&x;"/></graph></graphml>
            """
        let failure = try #require(Self.error(Array(text.utf8)))
        #expect(failure.line == 3)
        #expect(failure.message.contains("external entit"))
    }

    @Test func anEntityExpansionBombIsRefusedQuickly() throws {
        let entities = ["<!ENTITY l0 \"lol\">"] + (1...9).map { "<!ENTITY l\($0) \"\(String(repeating: "&l\($0 - 1);", count: 10))\">" }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n\(entities.joined(separator: "\n"))]>\n"
            + "<graphml><graph><node id=\"&l9;\"/></graph></graphml>"
        let start = Date()
        let failure = try #require(Self.error(Array(text.utf8)))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(failure.message.contains("expand"))
    }
}

/// Issue 11, failure 6 (validation half): characters XML cannot carry are refused by
/// `validate` with FILE:LINE instead of passing and breaking the SVG.
@Suite("Characters XML cannot carry")
struct XMLForbiddenCharacterTests {
    @Test func validateRefusesThemWithFileAndLine() throws {
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("id,kind,name,group\na,person,A,g\nb,person,\"bell\u{07}\",\"x\u{FFFE}\"\n".utf8)
            .write(to: dir.appendingPathComponent("entities.csv"))
        try Data("subject,predicate,object,note\na,met,b,\"tab\tand CR\r ok\"\n".utf8).write(to: dir.appendingPathComponent("relations.csv"))
        let (graph, report) = GraphFolder.validate(at: dir)
        #expect(graph == nil)
        #expect(report.errors.map(\.description) == [
            "entities.csv:3: column 'name' holds U+0007, a character XML cannot carry (SVG, GraphML and GEXF output could not hold it); remove it",
            "entities.csv:3: column 'group' holds U+FFFE, a character XML cannot carry (SVG, GraphML and GEXF output could not hold it); remove it",
        ])
    }
}
