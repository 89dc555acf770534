import Foundation
import Testing

@Suite("relgraph rank and brokers, end to end")
struct RankCommandTests {
    static let algorithmFixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/GraphAlgorithmsTests/Fixtures")
    let karate = algorithmFixtures.appendingPathComponent("karate.tsv").path
    let florentine = algorithmFixtures.appendingPathComponent("florentine.tsv").path
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    /// NetworkX's normalized betweenness on karate, by node name (from the fixture file).
    func networkXBetweenness() throws -> [String: Double] {
        let url = Self.algorithmFixtures.appendingPathComponent("karate.fixture.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let nodes = json["nodes"] as! [String]
        let c = (json["cases"] as! [[String: Any]]).first {
            $0["measure"] as? String == "betweenness"
                && ($0["params"] as! [String: Any]).count == 3
                && ($0["params"] as! [String: Any])["normalized"] as? Bool == true
                && ($0["params"] as! [String: Any])["endpoints"] as? Bool == false
                && ($0["params"] as! [String: Any])["weighted"] as? Bool == false
        }!
        return Dictionary(uniqueKeysWithValues: zip(nodes, (c["values"] as! [NSNumber]).map(\.doubleValue)))
    }

    @Test func jsonRankingMatchesNetworkX() throws {
        let r = try CLIRunner.run(["rank", "--graph", karate, "--measure", "betweenness", "--normalized", "--top", "3", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)  // no progress line when stderr is not a terminal
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["measure"] as? String == "betweenness")
        let scores = json["scores"] as! [[String: Any]]
        #expect(scores.map { $0["id"] as! String } == ["0", "33", "32"])
        #expect(scores.allSatisfy { $0["kind"] as? String == "other" && $0["name"] as? String == $0["id"] as? String })
        let expected = try networkXBetweenness()
        for s in scores {
            #expect(abs((s["score"] as! NSNumber).doubleValue - expected[s["id"] as! String]!) <= 1e-9)
        }
    }

    @Test func kindFilterShowsOnlyThatKindWithWholeGraphScores() throws {
        let r = try CLIRunner.run(["rank", "--graph", small, "--kind", "person", "--format", "csv"])
        #expect(r.status == 0)
        // Scores come from the whole graph: Seeckt 1, Tukhachevsky 0.5 (see RelationGraphTests).
        #expect(r.stdout == """
            rank,id,name,kind,score
            1,hans-von-seeckt,Hans von Seeckt,person,1.0
            2,mikhail-tukhachevsky,Mikhail Tukhachevsky,person,0.5

            """)
    }

    @Test func compareShowsRankMoves() throws {
        let r = try CLIRunner.run(["rank", "--graph", small, "--measure", "degree", "--compare", "1920..1922", "1929..1933", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["periods"] as? [String] == ["1920..1922", "1929..1933"])
        let first = (json["changes"] as! [[String: Any]]).first!
        // 1929..1933: the Reichswehr has degree 2 (Kama, Red Army), more than anyone.
        #expect(first["id"] as? String == "reichswehr")
        #expect(first["after"] as? Int == 1)
        #expect(first["after_score"] as? Double == 2)
    }

    @Test func brokersOfTheFlorentineFamilies() throws {
        let r = try CLIRunner.run(["brokers", "--graph", florentine, "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let points = (json["articulation_points"] as! [[String: Any]]).map { $0["id"] as! String }
        // networkx.articulation_points on the Florentine families (see the fixture's structure).
        #expect(Set(points) == ["Medici", "Albizzi", "Guadagni", "Salviati"])
        #expect(points.first == "Medici")
        #expect((json["bridges"] as! [Any]).count == 5)
    }

    @Test func badInputFailsWithAMessage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bad = dir.appendingPathComponent("bad.tsv")
        try "a\tb\t0\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", "--graph", bad.path])
        #expect(r.status == 65)
        #expect(r.stderr == "error: bad.tsv:1: weight '0' is not a positive number\n")

        let usage = try CLIRunner.run(["rank", "--graph", karate, "--measure", "degree", "--sample", "5"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--sample applies to betweenness only"))
        let period = try CLIRunner.run(["rank", "--graph", karate, "--during", "1939-13"])
        #expect(period.status == 64)
    }

    @Test func katzThatCannotConvergeSaysWhatToChange() throws {
        let lesmis = Self.algorithmFixtures.appendingPathComponent("lesmis.tsv").path
        // NetworkX also fails here (the fixture records PowerIterationFailedConvergence for alpha 0.1).
        let r = try CLIRunner.run(["rank", "--graph", lesmis, "--measure", "katz"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("did not converge") && r.stderr.contains("try a smaller --alpha"))
        let ok = try CLIRunner.run(["rank", "--graph", lesmis, "--measure", "katz", "--alpha", "0.05", "--top", "1", "--format", "csv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("rank,id,name,kind,score\n1,Valjean,Valjean,other,"))
    }

    /// A ring of 2500 vertices with chords: big enough for the progress line (2000 sources).
    func ringEdgeList() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-ring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("ring.tsv")
        let n = 2500
        let lines = (0..<n).map { "v\($0)\tv\(($0 + 1) % n)\nv\($0)\tv\(($0 + 37) % n)" }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressAppearsOnlyOnATerminal() throws {
        let ring = try ringEdgeList().path
        // script(1) gives relgraph a terminal; stdout goes to /dev/null, so only stderr is captured.
        let command = "\(CLIRunner.executable.path) rank --graph \(ring) --measure closeness >/dev/null"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("closeness: 2500/2500 (100%)"))

        let piped = try CLIRunner.run(["rank", "--graph", ring, "--measure", "closeness", "--top", "1"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
    }
}
