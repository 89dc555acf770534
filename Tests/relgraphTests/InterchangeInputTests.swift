import Foundation
import Testing

@Suite("relgraph reads GraphML, GEXF and node-link JSON as --graph")
struct InterchangeInputTests {
    static let fixtures = CLIRunner.fixtures.appendingPathComponent("interchange")

    @Test(arguments: ["small.graphml", "small.json", "small.gexf"])
    func statsReadsTheFile(_ name: String) throws {
        let file = Self.fixtures.appendingPathComponent(name).path
        let r = try CLIRunner.run(["stats", "--graph", file])
        #expect(r.status == 0, "\(r.stderr)")
        // The three files hold the same three entities and two relations (written by hand).
        let folder = try CLIRunner.run(["stats", "--graph", Self.fixtures.appendingPathComponent("small").path])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(r.stdout == folder.stdout)
        // Every entity card (kind, dates, group, aliases, relations read both ways) matches too.
        for entity in ["lipetsk", "reichswehr", "RKKA"] {
            let card = try CLIRunner.run(["show", entity, "--graph", file])
            let expected = try CLIRunner.run(["show", entity, "--graph", Self.fixtures.appendingPathComponent("small").path])
            #expect(card.status == 0, "\(card.stderr)")
            #expect(card.stdout == expected.stdout)
        }
    }

    @Test func malformedFilesExit65WithFileAndLine() throws {
        let file = Self.fixtures.appendingPathComponent("broken.graphml").path
        let r = try CLIRunner.run(["stats", "--graph", file])
        #expect(r.status == 65)
        // The column is the parser's (Foundation's differs by platform); the line is where </graph> is.
        #expect(r.stderr.hasPrefix("error: \(file):4:"), "\(r.stderr)")
        #expect(r.stderr.hasSuffix(": malformed XML: a closing tag does not match the open element\n"), "\(r.stderr)")
    }

    @Test func missingAndUnknownInputs() throws {
        let file = Self.fixtures.appendingPathComponent("small").appendingPathComponent("entities.csv").path
        let r = try CLIRunner.run(["stats", "--graph", file + ".docx"])
        #expect(r.status == 66)
        let known = try CLIRunner.run(["stats", "--graph", CLIRunner.repositoryRoot.appendingPathComponent("Package.swift").path])
        #expect(known.status == 64)
        #expect(known.stderr.contains("unsupported input '.swift'"))
    }
}
