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
