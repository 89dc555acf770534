import Foundation
import Testing

@Suite("relgraph convert and subgraph, end to end")
struct ConvertCommandTests {
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(UUID().uuidString)-\(name)")
    }

    @Test func folderToGraphMLAndBackIsLossless() throws {
        let graphml = temporary("g.graphml"), back = temporary("back")
        defer { try? FileManager.default.removeItem(at: graphml); try? FileManager.default.removeItem(at: back) }
        let a = try CLIRunner.run(["convert", small, graphml.path])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stderr == "wrote 7 entities and 6 relations to \(graphml.path) (graphml)\n")
        let b = try CLIRunner.run(["convert", graphml.path, back.path, "--to", "folder"])
        #expect(b.status == 0, "\(b.stderr)")
        for file in ["entities.csv", "relations.csv", "sources.csv"] {
            let original = try String(contentsOfFile: small + "/" + file, encoding: .utf8)
            #expect(try String(contentsOf: back.appendingPathComponent(file), encoding: .utf8) == original, "\(file)")
        }
    }

    @Test func subgraphWritesTheFormatItsExtensionNames() throws {
        let json = temporary("ego.json")
        defer { try? FileManager.default.removeItem(at: json) }
        let r = try CLIRunner.run(["subgraph", "--graph", small, "--around", "reichswehr", "-o", json.path])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as! [String: Any]
        let nodes = (object["nodes"] as! [[String: Any]]).map { $0["id"] as! String }.sorted()
        #expect(nodes == ["hans-von-seeckt", "kama-tank-school", "red-army", "reichswehr"])
        #expect((object["links"] as! [Any]).count == 3)
    }

    @Test func unknownExtensionAndBadInputLeaveNothingBehind() throws {
        let out = temporary("x.foo")
        let r = try CLIRunner.run(["convert", small, out.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown format '.foo'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let bad = temporary("bad.graphml"), target = temporary("t.json")
        defer { try? FileManager.default.removeItem(at: bad) }
        try Data("<graphml><graph><node id=\"a\"/><edge source=\"a\"".utf8).write(to: bad)
        let b = try CLIRunner.run(["convert", bad.path, target.path])
        #expect(b.status == 65)
        #expect(b.stderr.hasPrefix("error: \(bad.path):1:"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}

/// Path unions and top-N subgraphs on the small fixture, whose answers are worked out by hand:
/// Seeckt reaches the Red Army in two hops two ways (through Tukhachevsky, earlier in
/// entities.csv, so first by the tie rule; and through the Reichswehr), and betweenness ranks the
/// Reichswehr (3.5) first, then Seeckt and the Red Army (1 each; Seeckt first in file order).
@Suite("relgraph subgraph --between and --top")
struct SubgraphUnionTests {
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    func relations(_ args: [String]) throws -> [String] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-union-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(["subgraph", "--graph", small, "-o", out.path] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: out.appendingPathComponent("relations.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: " ") }.sorted()
    }

    @Test func shortestPathUnion() throws {
        #expect(try relations(["--between", "seeckt", "red army"]) == [
            "hans-von-seeckt met mikhail-tukhachevsky", "mikhail-tukhachevsky commanded red-army"])
    }

    @Test func kShortestPathUnion() throws {
        #expect(try relations(["--between", "seeckt", "red army", "--paths", "2"]) == [
            "hans-von-seeckt commanded reichswehr", "hans-von-seeckt met mikhail-tukhachevsky",
            "mikhail-tukhachevsky commanded red-army", "reichswehr supplied red-army"])
    }

    @Test func topByBetweenness() throws {
        #expect(try relations(["--top", "2"]) == ["hans-von-seeckt commanded reichswehr"])
        // The top three are the Reichswehr, Seeckt and the Red Army: every relation among them.
        #expect(try relations(["--top", "3", "--by", "betweenness"]) == [
            "hans-von-seeckt commanded reichswehr", "reichswehr supplied red-army"])
    }

    @Test func badUnionArguments() throws {
        let one = try CLIRunner.run(["subgraph", "--graph", small, "--between", "seeckt", "-o", "/tmp/never"])
        #expect(one.status == 64)
        #expect(one.stderr.contains("--between takes two entities"))
        let none = try CLIRunner.run(["subgraph", "--graph", small, "--between", "seeckt", "rapallo treaty", "-o", "/tmp/never"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no path from Hans von Seeckt to Treaty of Rapallo"))
    }
}
