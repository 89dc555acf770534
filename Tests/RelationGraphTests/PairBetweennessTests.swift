import Foundation
import RelationGraph
import Testing

/// `Graph.pairBetweenness` (what `relgraph rank --edges` prints) against NetworkX's
/// `edge_betweenness_centrality` on the pooled simple graph, from the fixtures that
/// `Tests/GraphAlgorithmsTests/Fixtures/make_fixtures.py` writes.
@Suite("Pair betweenness of a relationship graph")
struct PairBetweennessTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GraphAlgorithmsTests/Fixtures")

    @Test(arguments: ["pooled_undirected", "pooled_directed"])
    func matchesNetworkX(_ name: String) throws {
        let url = Self.fixtures.appendingPathComponent("\(name).pairs.fixture.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let directed = try #require(json["directed"] as? Bool)
        let nodes = try #require(json["nodes"] as? [String])
        let rows = try #require(json["relations"] as? [[Any]])
        // related-to is not symmetric: a symmetric predicate (met) is walked both ways when directed.
        let relations = rows.map {
            Relation(subject: $0[0] as? String ?? "", predicate: "related-to", object: $0[1] as? String ?? "",
                     weight: ($0[2] as? NSNumber)?.doubleValue ?? 0)
        }
        let graph = try Graph(entities: nodes.map { Entity(id: $0, kind: .other, name: $0.uppercased()) }, relations: relations)
        for c in try #require(json["cases"] as? [[String: Any]]) {
            let params = try #require(c["params"] as? [String: Bool])
            var options = CentralityOptions(measure: .betweenness)
            options.directed = directed
            options.normalized = params["normalized"] ?? false
            options.weighted = params["weighted"] ?? false
            let pairs = try graph.pairBetweenness(options)
            var byPair: [String: PairScore] = [:]
            for p in pairs { byPair["\(p.firstID) \(p.secondID)"] = p }
            let expected = try #require(c["pairs"] as? [[Any]])
            #expect(pairs.count == expected.count)
            for row in expected {
                let a = row[0] as? String ?? "", b = row[1] as? String ?? ""
                let value = (row[2] as? NSNumber)?.doubleValue ?? .nan
                let found = byPair["\(a) \(b)"] ?? (directed ? nil : byPair["\(b) \(a)"])
                guard let found else { Issue.record("\(name): pair \(a) \(b) missing"); continue }
                #expect(abs(found.score - value) <= 1e-9 * max(1, abs(value)), "\(name) \(c["call"] ?? ""): \(a) \(b)")
                // Every relation behind the pair joins these two entities.
                for r in found.relations {
                    let ends = [relations[r].subject, relations[r].object]
                    #expect(directed ? ends == [found.firstID, found.secondID] : Set(ends) == [found.firstID, found.secondID])
                }
            }
            #expect(pairs.map(\.relations.count).reduce(0, +) == relations.count, "every relation lies behind one pair")
            #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.score >= $1.score }, "best first")
        }
    }
}
