import Foundation
import Testing

@Suite("relgraph: version, statuses as the README says, brokers --top/--kind")
struct CLIRoughEdgeTests {
    let florentine = CLIRunner.repositoryRoot.appendingPathComponent("Tests/GraphAlgorithmsTests/Fixtures/florentine.tsv").path

    @Test func versionPrintsTheLibraryVersion() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func validateOfAFolderWithoutRelationsIsMissingInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,kind,name\na,person,A\n".write(to: folder.appendingPathComponent("entities.csv"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", "--graph", folder.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("no relations.csv"))
    }

    @Test func neighborsWithNothingFoundExitsOne() throws {
        // The edge list's relations are undated: none is known to hold in any window.
        let r = try CLIRunner.run(["neighbors", "Pazzi", "--during", "1800..1801", "--strict-time", "--graph", florentine])
        #expect(r.status == 1)
        #expect(r.stdout.contains("0 entities within 1 hop"))
    }

    /// NetworkX: articulation_points(florentine_families_graph()) are Albizzi, Guadagni, Medici
    /// and Salviati; it has 5 bridges. Medici's removal cuts off Acciaiuoli, Salviati and Pazzi.
    @Test func brokersTopKeepsTheMostSeparatingAndSaysHowManyThereAre() throws {
        let r = try CLIRunner.run(["brokers", "--top", "2", "--graph", florentine])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "articulation points: 4 (showing 2)")
        #expect(lines[1].hasPrefix("  Medici ") && lines[1].hasSuffix("cuts off 3"))
        #expect(lines[2].hasPrefix("  Albizzi ") && lines[2].hasSuffix("cuts off 1"))
        #expect(lines[3] == "bridges: 5 (showing 2)")
        #expect(lines.count == 6)
    }

    @Test func brokersKindKeepsOnlyThatKind() throws {
        let all = try CLIRunner.run(["brokers", "--kind", "person", "--format", "json"])
        #expect(all.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any]
        let points = json?["articulation_points"] as? [[String: Any]] ?? []
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { $0["kind"] as? String == "person" })
        let bad = try CLIRunner.run(["brokers", "--kind", "persn"])
        #expect(bad.status == 64)
        let zero = try CLIRunner.run(["brokers", "--top", "0"])
        #expect(zero.status == 64)
    }
}

@Suite("relgraph convert: formats consistent with the output's name")
struct ConvertFormatChoiceTests {
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString)-\(name)")
    }

    @Test func aDrawingExtensionPointsAtRender() throws {
        let out = scratch("x.dot")
        let r = try CLIRunner.run(["convert", small, out.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("relgraph render"))
        #expect(!r.stderr.contains("--to"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func toThatContradictsTheExtensionIsRefused() throws {
        let out = scratch("x.graphml")
        let r = try CLIRunner.run(["convert", small, out.path, "--to", "gexf"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("the name says graphml but --to asks for gexf"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func toNamesTheFormatOfAFileWithoutAKnownExtension() throws {
        let out = scratch("edges.txt")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLIRunner.run(["convert", small, out.path, "--to", "tsv"])
        #expect(r.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 6)   // the fixture's six relations
    }

    @Test func aGraphFolderIsNotReplacedByAnotherFormat() throws {
        let folder = scratch("copy")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["convert", small, folder.path]).status == 0)
        let r = try CLIRunner.run(["convert", small, folder.path, "--to", "neo4j"])
        #expect(r.status == 64)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("entities.csv").path))
    }
}

@Suite("relgraph schema")
struct SchemaCommandTests {
    @Test func theBuiltInVocabularyReadsBothWays() throws {
        let r = try CLIRunner.run(["schema", "--builtin"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let signed = try #require(lines.firstIndex { $0.hasPrefix("signed ") })
        #expect(lines[signed].hasSuffix("signed / signed by"))
        #expect(lines[signed + 1].trimmingCharacters(in: .whitespaces) == "person, organization -> agreement")
        #expect(lines.contains { $0.hasPrefix("met ") && $0.hasSuffix("(symmetric)") })
    }

    @Test func csvOutputIsASchemaFileAGraphCanUse() throws {
        let r = try CLIRunner.run(["schema", "--builtin", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("predicate,phrase,inverse,subject_kinds,object_kinds,symmetric"))
        // Used as a graph's own schema.csv, it validates the fixture graph unchanged.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: CLIRunner.fixtures.appendingPathComponent("valid-small"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("schema.csv"))
        try r.stdout.write(to: folder.appendingPathComponent("schema.csv"), atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["validate", "--strict", "--graph", folder.path]).status == 0)
    }
}
