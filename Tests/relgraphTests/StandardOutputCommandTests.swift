import Foundation
import Testing

/// `-o -` writes to standard output wherever a command writes one file (README, "Output rules").
@Suite("relgraph: -o - for standard output")
struct StandardOutputCommandTests {
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    /// The fixture's relations.csv, as an edge list: subject, object and (since one relation
    /// weighs 2.5) every weight.
    let smallEdges = """
        hans-von-seeckt,reichswehr,1
        mikhail-tukhachevsky,red-army,2.5
        reichswehr,kama-tank-school,1
        reichswehr,red-army,1
        hans-von-seeckt,mikhail-tukhachevsky,1
        weimar-germany,treaty-of-rapallo,1

        """

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-stdout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("convert and subgraph write a single-file format to standard output")
    func graphsToStandardOutput() throws {
        let converted = try CLIRunner.run(["convert", small, "-", "--to", "csv"])
        #expect(converted.status == 0)
        #expect(converted.stdout == smallEdges)
        #expect(converted.stderr == "wrote 7 entities and 6 relations to standard output (csv)\n")

        // The same bytes as the file the same command writes.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kama.graphml")
        let arguments = ["subgraph", "--graph", small, "--around", "kama tank school"]
        #expect(try CLIRunner.run(arguments + ["-o", file.path]).status == 0)
        let piped = try CLIRunner.run(arguments + ["-o", "-", "--to", "graphml"])
        #expect(piped.status == 0)
        #expect(piped.stdout == (try String(contentsOf: file, encoding: .utf8)))
        // Kama and the one entity it is linked to, the Reichswehr.
        #expect(piped.stdout.components(separatedBy: "<node ").count - 1 == 2)
    }

    @Test("-o - needs a single-file format named with --to, and leaves no file called -")
    func standardOutputNeedsAFileFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["subgraph", "--graph", small, "-o", "-"], ["convert", small, "-"],
                          ["convert", small, "-", "--to", "folder"], ["convert", small, "-", "--to", "neo4j"]] {
            let r = try CLIRunner.run(arguments, in: folder)
            #expect(r.status == 64, "\(arguments)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr == "error: standard output takes one file: name its format with --to (graphml, gexf, json, tsv, csv)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("project -o - prints the network in place of its listing; the status still says whether ties were found")
    func projectToStandardOutput() throws {
        // valid-small: Seeckt and Tukhachevsky share no organization; both commanded one each.
        let none = try CLIRunner.run(["project", "--graph", small, "--via", "organization", "-o", "-", "--to", "tsv"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        let r = try CLIRunner.run(["project", "--via", "organization,agreement", "--kind", "person", "-o", "-", "--to", "tsv"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.split(separator: "\t").count == 3 })
        #expect(!r.stdout.contains("ties among"))
    }

    @Test("render -o - writes the drawing; path --render - is refused")
    func drawingsToStandardOutput() throws {
        let dot = try CLIRunner.run(["render", "--graph", small, "-o", "-", "--format", "dot"])
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph relgraph {"))
        let svg = try CLIRunner.run(["render", "--graph", small, "-o", "-"])
        #expect(svg.status == 0 && svg.stdout.contains("<svg"))
        let path = try CLIRunner.run(["path", "--graph", small, "seeckt", "kama", "--render", "-"])
        #expect(path.status == 64)
        #expect(path.stderr.hasPrefix("Error: --render takes a file: standard output carries the path"))
    }
}
