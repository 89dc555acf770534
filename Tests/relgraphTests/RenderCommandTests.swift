import Foundation
import Testing

@Suite("relgraph render, end to end")
struct RenderCommandTests {
    let styled = CLIRunner.repositoryRoot.appendingPathComponent("Tests/GraphvizRendererTests/Fixtures/styled").path

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("SVG on standard output, one node per entity plus the legend")
    func svgToStdout() throws {
        let r = try CLIRunner.run(["render", "--graph", styled])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<?xml"))
        #expect(r.stdout.components(separatedBy: "class=\"node\"").count - 1 == 9 + 10)
        #expect(r.stderr.isEmpty)
    }

    @Test("-o writes the format named by the extension, leaving no temporary file")
    func writesFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, signature) in [("g.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("g.pdf", Array("%PDF".utf8)), ("g.dot", Array("digraph".utf8))] {
            let r = try CLIRunner.run(["render", "--graph", styled, "-o", folder.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(Array(data.prefix(signature.count)) == signature, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["g.dot", "g.pdf", "g.png"])
    }

    @Test("--around with --depth draws the neighbourhood only")
    func around() throws {
        let r = try CLIRunner.run(["render", "--graph", styled, "--around", "Kama", "--depth", "1", "--format", "dot", "--no-legend"])
        #expect(r.status == 0)
        // kama's neighbours: reichswehr (trained-at) and kazan (located-in).
        let nodes = r.stdout.split(separator: "\n").filter { $0.contains("id=\"entity-") }.count
        #expect(nodes == 3)
        #expect(r.stdout.contains("\"entity-reichswehr\"") && r.stdout.contains("\"entity-kazan\""))
    }

    @Test("the same command twice gives the same bytes, for dot and neato")
    func deterministic() throws {
        for engine in ["dot", "neato"] {
            let a = try CLIRunner.run(["render", "--graph", styled, "--engine", engine, "--cluster-by", "group"])
            let b = try CLIRunner.run(["render", "--graph", styled, "--engine", engine, "--cluster-by", "group"])
            #expect(a.status == 0 && a.stdout == b.stdout, "\(engine)")
        }
    }

    @Test("bad requests fail with a message and a sysexits status")
    func failures() throws {
        let unknown = try CLIRunner.run(["render", "--graph", styled, "--around", "nobody-at-all"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error:"))
        let format = try CLIRunner.run(["render", "--graph", styled, "--format", "nope"])
        #expect(format.status == 65)
        #expect(format.stderr.contains("available formats"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLIRunner.run(["render", "--graph", styled, "-o", folder.appendingPathComponent("no/such/dir/g.svg").path])
        #expect(missing.status == 74)
    }

    @Test("a .dot file is a graph input: kinds from attributes, syntax errors with their line")
    func dotInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("g.dot")
        try "digraph { a [kind=person, label=\"Ann\"]; b [kind=place]; a -> b [predicate=visited] }".write(to: good, atomically: true, encoding: .utf8)
        let stats = try CLIRunner.run(["stats", "--graph", good.path])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("entities   2  (person 1, place 1)"))
        let bad = folder.appendingPathComponent("bad.gv")
        try "digraph {\n a;\n a -> ;\n}\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["stats", "--graph", bad.path])
        #expect(failed.status == 65)
        #expect(failed.stderr == "error: \(bad.path):3: DOT syntax error in line 3 near ';'\n")
    }
}
