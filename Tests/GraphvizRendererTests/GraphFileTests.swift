import Foundation
import RelationGraph
import Testing
import GraphvizRenderer

/// `GraphFile.read(at:)`: the one dispatch over every input, each failure a typed error.
@Suite("Reading any graph input by its path")
struct GraphFileTests {
    let relationFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RelationGraphTests/Fixtures")

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("folders, interchange files, edge lists and DOT read by their names")
    func everyInputReads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // valid-small has 7 entity rows and 6 relation rows; the Florentine families, 15 and 20 marriages.
        let small = try GraphFile.read(at: relationFixtures.appendingPathComponent("valid-small"), strict: true)
        #expect(small.entities.count == 7 && small.relations.count == 6)
        let graphml = try GraphFile.read(at: relationFixtures.appendingPathComponent("foreign/florentine.graphml"))
        #expect(graphml.entities.count == 15 && graphml.relations.count == 20)
        let edges = folder.appendingPathComponent("g.edges")
        try "a b\nb c 2.5\n".write(to: edges, atomically: true, encoding: .utf8)
        let list = try GraphFile.read(at: edges)
        #expect(list.entities.map(\.id) == ["a", "b", "c"] && list.relations.map(\.weight) == [1, 2.5])
        let dot = folder.appendingPathComponent("g.gv")
        try "digraph { a [kind=person]; a -> b [predicate=met] }".write(to: dot, atomically: true, encoding: .utf8)
        let drawn = try GraphFile.read(at: dot)
        #expect(drawn.entities.map(\.kind) == [.person, .other] && drawn.relations.map(\.predicate) == ["met"])
    }

    @Test("nothing to read: no such path, a folder without entities.csv")
    func nothingToRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in [folder.appendingPathComponent("none"), folder.appendingPathComponent("none.dot")] {
            let error = #expect(throws: GraphInputError.self) { try GraphFile.read(at: path) }
            guard case .notFound(let named) = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(named == path.path)
        }
        let error = #expect(throws: GraphInputError.self) { try GraphFile.read(at: folder) }
        guard case .notAGraphFolder = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test("an extension nobody reads is unsupported, and the message offers DOT")
    func unsupported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.docx")
        try Data("x".utf8).write(to: file)
        let error = #expect(throws: GraphInputError.self) { try GraphFile.read(at: file) }
        #expect(error?.description == "\(file.path): unsupported input '.docx'; give a graph folder, .graphml, .gexf, .json, .dot, or an edge list (.tsv, .csv)")
    }

    @Test("bad data: DOT syntax and bytes with their line, a folder that fails validation with its report")
    func badData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.dot")
        try "digraph {\n a;\n a -> ;\n}\n".write(to: bad, atomically: true, encoding: .utf8)
        let syntax = #expect(throws: GraphInputError.self) { try GraphFile.read(at: bad) }
        guard case .malformed(let located) = syntax else { Issue.record("\(String(describing: syntax))"); return }
        #expect(located.file == bad.path && located.line == 3)
        #expect(located.description == "\(bad.path):3: DOT syntax error in line 3 near ';'")
        try Data([0x67, 0x72, 0x61, 0x70, 0x68, 0x20, 0x7B, 0x0A, 0x20, 0xFF, 0x7D]).write(to: bad)
        let bytes = #expect(throws: GraphInputError.self) { try GraphFile.read(at: bad) }
        #expect(bytes?.description == "\(bad.path):2:2: byte 0xFF is not UTF-8 (relgraph reads DOT in UTF-8 only)")

        let broken = relationFixtures.appendingPathComponent("broken/duplicate-ids")
        let invalid = #expect(throws: GraphInputError.self) { try GraphFile.read(at: broken) }
        guard case .invalid(let report, let path) = invalid else { Issue.record("\(String(describing: invalid))"); return }
        #expect(path == broken.path && report.hasErrors)
        #expect(invalid?.description.hasSuffix("\n\(broken.path): \(report.errors.count) error\(report.errors.count == 1 ? "" : "s")") == true)
    }
}
