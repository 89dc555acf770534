import Foundation
import Testing
@testable import RelationGraph

/// Centrality scores read by handle, against NetworkX, and ranked without breaking on NaN.
@Suite("Centrality scores")
struct CentralityScoresTests {
    /// Padgett's Florentine families, the NetworkX fixture.
    let florentine = try! EdgeListFormat.read(from: AlgorithmFixtures.root.appendingPathComponent("florentine.tsv"))

    @Test func scoresByHandleAgreeWithNetworkX() throws {
        let scores = try florentine.centrality(CentralityOptions(measure: .betweenness))
        #expect(scores.measure == .betweenness)
        let expected = try AlgorithmFixtures.values(
            "florentine", measure: "betweenness", params: ["normalized": false, "endpoints": false, "weighted": false])
        // NetworkX: betweenness_centrality(G, normalized=False)["Medici"] == 47.5.
        let medici = try florentine.resolve("medici")
        #expect(expected["Medici"] == 47.5)
        #expect(scores[medici] == 47.5)
        let guadagni = try florentine.resolve("Guadagni")
        #expect(abs(try #require(scores[guadagni]) - expected["Guadagni"]!) < 1e-12)
        // The Medici broker most, then the Guadagni (NetworkX's order too).
        #expect(scores.ranked(top: 2).map(\.entity) == [medici, guadagni])
        #expect(scores.ranking().scores.prefix(2).map(\.name) == ["Medici", "Guadagni"])
    }

    @Test func aHandleOfAnotherGraphReadsNil() throws {
        let small = try GraphFolder.load(from: FixturePaths.validSmall)
        let scores = try florentine.centrality(CentralityOptions(measure: .degree))
        #expect(scores[small.handles[0]] == nil)                         // index 0, another id
        #expect(scores[try florentine.resolve("medici")] == 6)           // NetworkX: degree 6
    }

    /// Values 2, NaN, 5, 2, −∞, NaN for a..f: NaN after every number (−∞ included), ties in
    /// entity order for `ranked`, by name for `ranking`.
    @Test func rankingPutsNaNLastAndBreaksTiesTheSameWayEveryTime() throws {
        let names = ["Zed", "Yan", "Xia", "Abe", "Wu", "Bo"]
        let graph = try Graph(
            entities: zip(["a", "b", "c", "d", "e", "f"], names).map { Entity(id: $0, kind: .person, name: $1) },
            relations: [])
        let table: [String: Double] = ["a": 2, "b": .nan, "c": 5, "d": 2, "e": -.infinity, "f": .nan]
        let scores = CentralityScores(measure: .degree, of: graph) { table[$0.id]! }
        #expect(scores.ranked().map(\.entity.id) == ["c", "a", "d", "e", "b", "f"])
        #expect(scores.ranked(top: 3).map(\.entity.id) == ["c", "a", "d"])
        #expect(scores.ranked(top: 0).isEmpty && scores.ranked(top: -1).isEmpty)
        // By name among ties: Abe (d) before Zed (a); Bo (f) before Yan (b).
        #expect(scores.ranking().scores.map(\.id) == ["c", "d", "a", "e", "f", "b"])
        #expect(scores.ranking { $0.id != "c" }.scores.first?.id == "d")
        // Equal scores compare equal even with NaN in them.
        #expect(scores == CentralityScores(measure: .degree, of: graph) { table[$0.id]! })
        #expect(scores != CentralityScores(measure: .pagerank, of: graph) { table[$0.id]! })
    }
}
