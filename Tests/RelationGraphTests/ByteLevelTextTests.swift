import Foundation
import Testing
@testable import RelationGraph

/// The loader's byte-level checks of ids and aliases against the String rules they replace.
@Suite("Ids and trimming checked on bytes")
struct ByteLevelTextTests {
    @Test func slugsAreLowercaseLettersDigitsAndSingleHyphens() {
        for id in ["a", "e0", "hans-von-seeckt", "1939", "a-1-b"] { #expect(Entity.isValidID(id), "\(id)") }
        for id in ["", "-", "-a", "a-", "a--b", "A", "hans von", "göring", "a_b", "a\u{301}", "e0\n"] {
            #expect(!Entity.isValidID(id), "\(id)")
        }
    }

    @Test func trimmingMatchesFoundation() {
        let cases = [" Karma ", "Karma", "\tKarma", "Kazan tank school\t", "", " ", "Göring", " Göring",
                     "\u{00A0}Karma\u{00A0}", "Karma\u{2003}", "é", "a\u{301}"]
        for text in cases {
            let piece = Substring(text)
            #expect(piece.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
        #expect(Substring(" Karma\t").trimmingWhitespace() == "Karma")
        #expect(Substring("\u{00A0}Karma").trimmingWhitespace() == "Karma")
    }
}
