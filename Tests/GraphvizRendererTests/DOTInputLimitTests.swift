import Foundation
import Testing
@testable import GraphvizRenderer

/// Issue 11, failure 5 (DOT half): one overlong quoted string is refused with its line before
/// cgraph's quadratic lexer sees it; comments and short strings are not counted.
@Suite("DOT input limits")
struct DOTInputLimitTests {
    static let limit = DOTInputLimits.maximumStringBytes

    @Test func aStringPastTheLimitIsRefusedWithItsLine() {
        let text = "digraph {\n  a;\n  b [label=\"\(String(repeating: "x", count: Self.limit + 1))\"]\n}"
        let start = Date()
        #expect(throws: GraphvizError.syntax(message: "string too long: the string starting in line 3 is longer than "
            + "262144 bytes, relgraph's limit for one DOT string (cgraph reads long strings in quadratic time)", line: 3)) {
            _ = try DOTReader.read(text)
        }
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func anHTMLStringPastTheLimitIsRefusedToo() {
        let text = "graph { a [label=<<b>\(String(repeating: "y", count: Self.limit))</b>>] }"
        #expect(DOTInputLimits.lineOfOverlongString(in: Array(text.utf8), limit: Self.limit) == 1)
    }

    @Test func aStringAtTheLimitIsRead() throws {
        let label = String(repeating: "z", count: Self.limit)
        let document = try DOTReader.read("digraph { a [label=\"\(label)\"] }")
        #expect(document.nodes.first?.attributes[.label]?.count == Self.limit)
    }

    @Test func quotesInCommentsAndEscapedQuotesDoNotOpenStrings() {
        let long = String(repeating: "q", count: 50)
        let text = "// a \" quote\n# another \"\n/* and \" one */ digraph { a [label=\"x \\\" \(long)\"] }"
        #expect(DOTInputLimits.lineOfOverlongString(in: Array(text.utf8), limit: 60) == nil)
        #expect(DOTInputLimits.lineOfOverlongString(in: Array(text.utf8), limit: 40) == 3)
    }
}
