import Foundation
import Testing
@testable import GraphAlgorithms
@testable import RelationGraph

/// Issue 11, failure 5: did-you-mean suggestions came from comparing every unknown id with every
/// known one (13 s for 4,000 dangling ids). They now come from a trigram index, for a bounded
/// number of problems, and every problem is still reported.
@Suite("Did-you-mean suggestions")
struct SuggestionIndexTests {
    /// Ids like the bundled graph's, made by a fixed generator.
    static func ids(_ count: Int) -> [String] {
        var generator = SplitMix64(seed: 7)
        let syllables = ["ra", "pal", "lo", "seeck", "tuk", "ha", "chev", "sky", "lip", "etsk", "ka", "ma", "mo", "lo", "tov"]
        return (0..<count).map { n in
            (0..<3).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }.joined() + "-\(n % 97)"
        }
    }

    @Test func agreesWithComparingEveryIdForTypos() {
        let known = Self.ids(2000)
        var index = SuggestionIndex(known)
        var generator = SplitMix64(seed: 3)
        var checked = 0
        for n in stride(from: 0, to: known.count, by: 37) {
            var word = Array(known[n])
            let at = Int(generator.next() % UInt64(word.count))
            switch generator.next() % 3 {
            case 0: word[at] = "x"
            case 1: word.remove(at: at)
            default: word.insert("q", at: at)
            }
            let typo = String(word)
            guard !known.contains(typo) else { continue }
            #expect(index.nearest(to: typo) == EditDistance.nearest(to: typo, in: known), "\(typo)")
            checked += 1
        }
        #expect(checked > 40)
    }

    @Test func farWordsAndOverlongWordsGetNoSuggestion() {
        var index = SuggestionIndex(["seeckt", "rapallo", "lipetsk"])
        #expect(index.nearest(to: "seekt") == "seeckt")
        #expect(index.nearest(to: "zzzzzzzz") == nil)
        let start = Date()
        #expect(index.nearest(to: String(repeating: "seeckt", count: 300_000)) == nil)
        #expect(EditDistance.nearest(to: String(repeating: "a", count: 2_000_000), in: ["a"]) == nil)
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func everyUnknownIdIsReportedAndSuggestionsAreBounded() throws {
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let known = Self.ids(300)
        var entities = "id,kind,name\n"
        for id in known { entities += "\(id),person,\(id)\n" }
        var relations = "subject,predicate,object\n"
        let count = 1500
        for n in 0..<count { relations += "\(known[n % known.count])x,met,nobody-\(n)\n" }
        try Data(entities.utf8).write(to: dir.appendingPathComponent("entities.csv"))
        try Data(relations.utf8).write(to: dir.appendingPathComponent("relations.csv"))
        let (graph, report) = GraphFolder.validate(at: dir)
        #expect(graph == nil)
        #expect(report.errors.count == 2 * count)
        let hinted = report.errors.filter { $0.message.contains("did you mean") }
        #expect(hinted.count == GraphFolderLoader.maximumSuggestions / 2)
        // The first subject, `known[0] + "x"`, is one insertion from known[0].
        #expect(report.errors[0].message == "subject '\(known[0])x' is not a known entity id; did you mean '\(known[0])'?")
        #expect(report.errors[0].line == 2)
    }
}
