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
        let nodes = r.stdout.components(separatedBy: "class=\"node\"").count - 1
        let legendNodes = r.stdout.components(separatedBy: "class=\"node\">\n<title>legend:").count - 1
        #expect(legendNodes > 10)
        #expect(nodes - legendNodes == 9)
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
        // Known defect (issue 13 note): neato --cluster-by group with the legend sometimes writes
        // the same cluster boxes in another order, so neato is pinned here without clusters.
        for arguments in [["--engine", "dot", "--cluster-by", "group"], ["--engine", "neato"]] {
            let a = try CLIRunner.run(["render", "--graph", styled] + arguments)
            let b = try CLIRunner.run(["render", "--graph", styled] + arguments)
            #expect(a.status == 0 && a.stdout == b.stdout, "\(arguments)")
        }
    }

    @Test("bad requests fail with a message and a sysexits status")
    func failures() throws {
        let unknown = try CLIRunner.run(["render", "--graph", styled, "--around", "nobody-at-all"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error:"))
        // An unknown output format is a usage error (64), named by --format or by the extension.
        let format = try CLIRunner.run(["render", "--graph", styled, "--format", "nope"])
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("error: Graphviz has no output format 'nope'; available formats: "))
        #expect(format.stderr.contains(" svg "))
        let byName = try CLIRunner.run(["render", "--graph", styled, "-o", "/tmp/relgraph-never-written.nope"])
        #expect(byName.status == 64)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/relgraph-never-written.nope"))
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

extension RenderCommandTests {
    /// In the small fixture (a 4-cycle Seeckt–Reichswehr–Red Army–Tukhachevsky with Kama hanging
    /// off the Reichswehr, and Weimar–Rapallo apart) betweenness by hand is Reichswehr 3.5,
    /// Seeckt 1, Red Army 1, Tukhachevsky 0.5, the rest 0; node size follows it.
    @Test("--size-by betweenness sizes nodes by hand-checked scores")
    func sizeByBetweenness() throws {
        let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path
        let r = try CLIRunner.run(["render", "--graph", small, "--size-by", "betweenness", "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        func line(_ id: String) -> String {
            r.stdout.split(separator: "\n").first { $0.contains("id=\"entity-\(id)\"") }.map(String.init) ?? ""
        }
        func height(_ id: String) -> Double {
            let l = line(id)
            guard let range = l.range(of: "height=\"") else { return -1 }
            return Double(l[range.upperBound...].prefix { $0 != "\"" }) ?? -1
        }
        #expect(line("reichswehr").contains("betweenness: 3.5000"))
        #expect(line("hans-von-seeckt").contains("betweenness: 1.0000"))
        #expect(line("red-army").contains("betweenness: 1.0000"))
        #expect(line("mikhail-tukhachevsky").contains("betweenness: 0.5000"))
        #expect(line("kama-tank-school").contains("betweenness: 0.0000"))
        #expect(height("reichswehr") > height("red-army"))
        #expect(height("red-army") == height("hans-von-seeckt"))
        #expect(height("hans-von-seeckt") > height("mikhail-tukhachevsky"))
        #expect(height("mikhail-tukhachevsky") > height("kama-tank-school"))
    }
}
