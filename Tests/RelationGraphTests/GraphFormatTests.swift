import Foundation
import Testing
@testable import RelationGraph

@Suite("Format detection, edge lists and atomic output")
struct GraphFormatTests {
    @Test(arguments: [
        ("out.graphml", GraphFormat.graphml), ("OUT.GraphML", .graphml), ("x.gexf", .gexf), ("x.json", .json),
        ("x.neo4j", .neo4j), ("x.tsv", .tsv), ("x.csv", .csv), ("some/folder", .folder),
    ])
    func detectsTheFormatFromTheExtension(_ path: String, _ format: GraphFormat) {
        #expect(GraphFormat(detecting: URL(fileURLWithPath: "/nonexistent/\(path)")) == format)
    }

    @Test func unknownExtensionsAreAClearError() {
        #expect(GraphFormat(detecting: URL(fileURLWithPath: "/tmp/x.docx")) == nil)
        #expect(throws: GraphFormat.UnsupportedError.self) { try GraphFormat.detect(URL(fileURLWithPath: "/tmp/x.docx")) }
        #expect(GraphFormat(detecting: FixturePaths.validSmall) == .folder)
    }

    @Test(arguments: [GraphFormat.folder, .graphml, .json])
    func everyLosslessFormatRoundTripsThroughTheEntryPoints(_ format: GraphFormat) throws {
        let graph = try ExportTestSupport.load("exports-unicode")
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(format == .folder ? "copy" : "copy.\(format.rawValue)")
        try GraphFormat.write(graph, to: url)
        ExportTestSupport.expectSameGraph(graph, try GraphFormat.read(url))
        // Writing again over the first output replaces it.
        try GraphFormat.write(graph, to: url)
        ExportTestSupport.expectSameGraph(graph, try GraphFormat.read(url))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [url.lastPathComponent])
    }

    @Test func writeOnlyFormatsRefuseToRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID().uuidString).neo4j")
        try Data("MATCH (n) RETURN n\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = #expect(throws: GraphInputError.self) { try GraphFormat.read(file) }
        guard case .unsupported(let why) = error else { Issue.record("expected unsupported, got \(String(describing: error))"); return }
        #expect(why.description == "\(file.path): unsupported input '.neo4j'; give a graph folder, .graphml, .gexf, .json, or an edge list (.tsv, .csv)")
    }

    @Test func edgeListsHaveAWeightColumnOnlyWhenNeeded() throws {
        let weighted = try ExportTestSupport.load("valid-small")
        #expect(EdgeListWriter.text(of: weighted, delimiter: .tab) == """
            hans-von-seeckt\treichswehr\t1
            mikhail-tukhachevsky\tred-army\t2.5
            reichswehr\tkama-tank-school\t1
            reichswehr\tred-army\t1
            hans-von-seeckt\tmikhail-tukhachevsky\t1
            weimar-germany\ttreaty-of-rapallo\t1

            """)
        let a = Entity(id: "a", kind: .person, name: "A"), b = Entity(id: "b", kind: .person, name: "B")
        let plain = try Graph(entities: [a, b], relations: [Relation(subject: "a", predicate: "met", object: "b"),
                                                            Relation(subject: "b", predicate: "met", object: "a")])
        #expect(EdgeListWriter.text(of: plain, delimiter: .comma) == "a,b\nb,a\n")
        #expect(EdgeListWriter.text(of: plain, delimiter: .tab) == "a\tb\nb\ta\n")
    }

    @Test func commaEdgeListsQuoteWhatNeedsIt() throws {
        let a = Entity(id: "a,1", kind: .person, name: "A"), b = Entity(id: "b", kind: .person, name: "B")
        let graph = try Graph(entities: [a, b], relations: [Relation(subject: "a,1", predicate: "met", object: "b", weight: 0.5)])
        #expect(EdgeListWriter.text(of: graph, delimiter: .comma) == "\"a,1\",b,0.5\n")
    }

    /// Files in `dir`, hidden temporaries included.
    func listing(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test(arguments: [GraphFormat.graphml, .gexf, .json, .tsv, .csv])
    func aFailedFileWriteLeavesNothingBehind(_ format: GraphFormat) throws {
        let graph = try ExportTestSupport.load("valid-small")
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A folder in the way: the temporary file is written, then the rename over it fails.
        let blocked = dir.appendingPathComponent("out.\(format.rawValue)")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try GraphFormat.write(graph, to: blocked) }
        #expect(try listing(dir) == ["out.\(format.rawValue)"])
        #expect(try listing(blocked) == ["inside"])
        // A missing parent folder: nothing is created anywhere.
        let orphan = dir.appendingPathComponent("missing/out.\(format.rawValue)")
        #expect(throws: (any Error).self) { try GraphFormat.write(graph, to: orphan) }
        #expect(try listing(dir) == ["out.\(format.rawValue)"])
    }

    @Test(arguments: [GraphFormat.folder, .neo4j])
    func aFailedFolderWriteLeavesNothingBehind(_ format: GraphFormat) throws {
        let graph = try ExportTestSupport.load("valid-small")
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A file where the folder should go is left as it was.
        let file = dir.appendingPathComponent("out")
        try Data("keep me".utf8).write(to: file)
        #expect(throws: (any Error).self) { try GraphFormat.write(graph, to: file, format: format) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        #expect(try listing(dir) == ["out"])
        // A missing parent folder.
        #expect(throws: (any Error).self) { try GraphFormat.write(graph, to: dir.appendingPathComponent("missing/out"), format: format) }
        #expect(try listing(dir) == ["out"])
    }

    @Test func aFolderWriteThatFailsHalfwayRemovesItsTemporaryFolder() throws {
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out")
        // The second file cannot be created (its folder does not exist) after the first was written.
        #expect(throws: (any Error).self) {
            try OutputFolder.write([("a.csv", Data("a".utf8)), ("no/such/b.csv", Data("b".utf8))], to: target)
        }
        #expect(try listing(dir) == [])
    }

    @Test func writingIntoAnExistingFolderKeepsOtherFiles() throws {
        let graph = try ExportTestSupport.load("valid-small")
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("notes".utf8).write(to: dir.appendingPathComponent("README.md"))
        try GraphFormat.write(graph, to: dir, format: .folder)
        #expect(try listing(dir) == ["README.md", "entities.csv", "relations.csv", "schema.csv", "sources.csv"])
        ExportTestSupport.expectSameGraph(graph, try GraphFolder.load(from: dir))
    }
}
