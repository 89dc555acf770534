import Foundation
import Testing

/// `rank` on an edge list takes the lean path (integer adjacency, no model) unless an option
/// needs the model; `--kind other` keeps every vertex of an edge list and forces the model
/// path, so the two outputs must be equal byte for byte.
@Suite("relgraph rank on edge lists: lean path equals the model path")
struct RankLeanInputTests {
    static let fixtures = RankCommandTests.algorithmFixtures

    @Test(arguments: [
        ("karate.tsv", ["--measure", "betweenness", "--normalized"]),
        ("karate.tsv", ["--measure", "closeness"]),
        ("karate.tsv", ["--measure", "pagerank", "--format", "json"]),
        ("karate.tsv", ["--measure", "betweenness", "--sample", "10", "--seed", "3"]),
        ("karate.tsv", ["--measure", "betweenness", "--epsilon", "0.05", "--format", "csv"]),
        ("lesmis.tsv", ["--measure", "betweenness", "--weighted"]),
        ("lesmis.tsv", ["--measure", "pagerank", "--weighted"]),
        ("lesmis.tsv", ["--measure", "core"]),
        ("toy_directed.tsv", ["--measure", "harmonic", "--directed"]),
        ("toy_directed.tsv", ["--measure", "in-degree", "--directed", "--normalized"]),
        ("toy_disconnected.tsv", ["--measure", "katz"]),
    ])
    func sameOutput(_ file: String, _ options: [String]) throws {
        let args = ["rank", "--graph", Self.fixtures.appendingPathComponent(file).path, "--top", "0"] + options
        let lean = try CLIRunner.run(args)
        let model = try CLIRunner.run(args + ["--kind", "other"])
        #expect(lean.status == 0, "\(lean.stderr)")
        #expect(lean.stdout == model.stdout)
        #expect(!lean.stdout.isEmpty)
    }

    /// Parallel lines (both ways), a header, a comment, quotes, spaces instead of tabs, a
    /// companion `.nodes` file with an isolated vertex.
    @Test func readsWhatTheModelReads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("g.tsv")
        try "source\ttarget\tweight\n# a comment\n\"a\"\tb\t2\nb\ta\t1\nb c 3\n\nc\td\t0.5\nd\ta\t1\n".write(to: list, atomically: true, encoding: .utf8)
        try "id\nz\na\n".write(to: dir.appendingPathComponent("g.nodes.tsv"), atomically: true, encoding: .utf8)
        for measure in ["betweenness", "closeness", "pagerank", "degree"] {
            for extra in [[], ["--weighted"], ["--directed"]] {
                let args = ["rank", "--graph", list.path, "--measure", measure, "--top", "0"] + extra
                let lean = try CLIRunner.run(args)
                #expect(lean.status == 0, "\(lean.stderr)")
                #expect(lean.stdout == (try CLIRunner.run(args + ["--kind", "other"])).stdout, "\(measure) \(extra)")
                #expect(lean.stdout.contains("5 entities"))
            }
        }
    }

    @Test(arguments: ["a\tb\n\tc\n", "a\tb\tx\n", "a\tb\t1\t2\n", "a\tb\t-1\n"])
    func sameErrors(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).tsv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let lean = try CLIRunner.run(["rank", "--graph", file.path])
        let model = try CLIRunner.run(["rank", "--graph", file.path, "--kind", "other"])
        #expect(lean.status == 65)
        #expect(lean.status == model.status)
        #expect(lean.stderr == model.stderr)
        #expect(lean.stderr.contains(file.lastPathComponent + ":"))
    }
}
