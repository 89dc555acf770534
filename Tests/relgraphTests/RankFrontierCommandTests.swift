import Foundation
import Testing

/// `rank --epsilon` (KADABRA) and `rank --edges` (pair edge betweenness), end to end.
@Suite("relgraph rank --epsilon and --edges")
struct RankFrontierCommandTests {
    let karate = RankCommandTests.algorithmFixtures.appendingPathComponent("karate.tsv").path

    func scores(_ stdout: String) throws -> [String: Double] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let rows = try #require(json["scores"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? String ?? "", ($0["score"] as? NSNumber)?.doubleValue ?? .nan) })
    }

    @Test func approximationWithinEpsilonOfNetworkX() throws {
        let args = ["rank", "--graph", karate, "--epsilon", "0.05", "--normalized", "--top", "0", "--format", "json"]
        let r = try CLIRunner.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        let approx = try scores(r.stdout)
        let exact = try RankCommandTests().networkXBetweenness()
        #expect(approx.count == 34)
        for (id, value) in exact { #expect(abs((approx[id] ?? .nan) - value) <= 0.05, "\(id)") }
        // Same seed, same scores; another seed, other samples.
        #expect(try CLIRunner.run(args).stdout == r.stdout)
        #expect(try CLIRunner.run(args + ["--seed", "2"]).stdout != r.stdout)
    }

    @Test(arguments: [
        ["--epsilon", "0.05", "--sample", "5"], ["--delta", "0.1"], ["--epsilon", "0"], ["--epsilon", "0.1", "--delta", "1"],
        ["--epsilon", "0.1", "--measure", "closeness"], ["--epsilon", "0.1", "--weighted"],
        ["--edges", "--measure", "pagerank"], ["--edges", "--epsilon", "0.1"],
    ])
    func usageErrors(_ extra: [String]) throws {
        let r = try CLIRunner.run(["rank", "--graph", karate] + extra)
        #expect(r.status == 64, "\(extra): \(r.stderr)")
    }

    /// The pooled multigraph fixture as an edge list (parallel lines, both directions): raw
    /// edge betweenness per pair as NetworkX computed it on the simple graph of the pairs.
    @Test func edgesMatchNetworkXOnPooledPairs() throws {
        let url = RankCommandTests.algorithmFixtures.appendingPathComponent("pooled_undirected.pairs.fixture.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let relations = try #require(json["relations"] as? [[Any]])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pooled-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try relations.map { "\($0[0])\t\($0[1])" }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", "--graph", file.path, "--edges", "--top", "0", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let pairs = try #require(out["pairs"] as? [[String: Any]])
        var byPair: [Set<String>: (Double, Int)] = [:]
        for p in pairs {
            byPair[[p["first"] as? String ?? "", p["second"] as? String ?? ""]] =
                ((p["score"] as? NSNumber)?.doubleValue ?? .nan, (p["relations"] as? [Any])?.count ?? 0)
        }
        let cases = try #require(json["cases"] as? [[String: Any]])
        let raw = try #require(cases.first { ($0["params"] as? [String: Bool]) == ["normalized": false, "weighted": false] })
        let expected = try #require(raw["pairs"] as? [[Any]])
        #expect(pairs.count == expected.count)
        for row in expected {
            let key: Set<String> = [row[0] as? String ?? "", row[1] as? String ?? ""]
            let value = (row[2] as? NSNumber)?.doubleValue ?? .nan
            #expect(abs((byPair[key]?.0 ?? .nan) - value) <= 1e-9 * max(1, value), "\(key)")
        }
        #expect(byPair.values.map(\.1).reduce(0, +) == relations.count, "each relation listed under its pair")
    }
}
