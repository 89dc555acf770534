import GraphAlgorithms
import Foundation
import Testing
@testable import RelationGraph

@Suite("The native CSV folder format")
struct GraphFolderTests {
    @Test func loadsEveryColumnOfTheSmallGraph() throws {
        let graph = try GraphFolder.load(from: FixturePaths.validSmall, strict: true)
        #expect(graph.entities.count == 7)
        #expect(graph.relations.count == 6)
        let seeckt = try #require(graph.entity(withID: "hans-von-seeckt"))
        #expect(seeckt.kind == .person)
        #expect(seeckt.span.description == "1866-04-22..1936-12-27")
        #expect(seeckt.attributes == ["wikidata": "Q60120"])
        #expect(seeckt.description == "Chief of the army command, 1920 to 1926")
        let kama = try #require(graph.entity(withID: "kama-tank-school"))
        #expect(kama.aliases == ["Kama", "Karma", "Kazan tank school"])
        #expect(kama.citations == [Citation(sourceID: "doc", locator: "L5"), Citation(sourceID: "doc", locator: "L6")])
        #expect(kama.description?.contains("\"Kama\"") == true)
        #expect(graph.entity(withID: "mikhail-tukhachevsky")?.description == "Red Army commander\n(two-line description)")
        let supplied = try #require(graph.relations.first { $0.predicate == "supplied" })
        #expect(supplied.attributes == ["goods": "tanks, training"])
        #expect(supplied.span.end == nil)
        #expect(graph.relations[1].weight == 2.5)
        #expect(graph.relations[1].note == "Chief of staff")
        #expect(graph.source(withID: "doc")?.author == "Jane Doe")
    }

    @Test func adjacencyMatchesRelations() throws {
        let graph = try GraphFolder.load(from: FixturePaths.validSmall)
        let seeckt = try #require(graph.index(ofID: "hans-von-seeckt"))
        let neighbours = graph.undirectedAdjacency.neighbors(of: seeckt).map { graph.entities[Int($0)].id }
        #expect(Set(neighbours) == ["reichswehr", "mikhail-tukhachevsky"])
        let out = graph.directedAdjacency.neighbors(of: seeckt).map { graph.entities[Int($0)].id }
        #expect(Set(out) == ["reichswehr", "mikhail-tukhachevsky"])
        let tukhachevsky = try #require(graph.index(ofID: "mikhail-tukhachevsky"))
        #expect(graph.directedAdjacency.inNeighbors(of: tukhachevsky).map { graph.entities[Int($0)].id } == ["hans-von-seeckt"])
    }

    @Test func canonicalFolderRoundTripsByteForByte() throws {
        let graph = try GraphFolder.load(from: FixturePaths.validSmall)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-roundtrip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try GraphFolder.save(graph, to: out)
        for file in [GraphFolder.entitiesFile, GraphFolder.relationsFile, GraphFolder.sourcesFile] {
            let original = try Data(contentsOf: FixturePaths.validSmall.appendingPathComponent(file))
            let written = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(original == written, "\(file) changed on a load-save round trip")
        }
        // The saved schema reads back to the same vocabulary.
        let again = try GraphFolder.load(from: out, strict: true)
        #expect(again.schema == graph.schema)
        #expect(again.entities == graph.entities)
        #expect(again.relations == graph.relations)
        #expect(again.sources == graph.sources)
        // And saving what was read back changes nothing either.
        let out2 = out.appendingPathComponent("again")
        try GraphFolder.save(again, to: out2)
        for file in [GraphFolder.entitiesFile, GraphFolder.relationsFile, GraphFolder.sourcesFile, GraphFolder.schemaFile] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: out2.appendingPathComponent(file)))
        }
    }

    static let brokenCases: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.broken.path).sorted()) ?? []
    }()

    @Test func theBrokenCorpusIsThere() {
        #expect(Self.brokenCases.count >= 10)
    }

    /// Each broken folder holds `expected.txt`: the exact diagnostics, in order, with `FOLDER`
    /// standing for the folder's path; a file `STRICT` asks for strict validation.
    @Test(arguments: brokenCases)
    func brokenFolderReportsExactlyItsProblems(_ name: String) throws {
        let folder = FixturePaths.broken.appendingPathComponent(name)
        let strict = FileManager.default.fileExists(atPath: folder.appendingPathComponent("STRICT").path)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let (graph, report) = GraphFolder.validate(at: folder, strict: strict)
        #expect(graph == nil)
        #expect(report.hasErrors)
        #expect(report.diagnostics.map { $0.description.replacingOccurrences(of: folder.path, with: "FOLDER") } == expected)
        #expect(throws: ValidationReport.self) { try GraphFolder.load(from: folder, strict: strict) }
    }

    @Test func unknownSourceIsOnlyAWarningWithoutStrict() throws {
        let folder = FixturePaths.broken.appendingPathComponent("strict-citations")
        let (graph, report) = GraphFolder.validate(at: folder, strict: false)
        #expect(graph != nil)
        #expect(report.diagnostics.map(\.description) == ["relations.csv:4: warning: citation 'johnson:L5' names unknown source 'johnson'"])
    }

    @Test func graphInitializerGuardsItsInvariants() {
        let a = Entity(id: "a", kind: .person, name: "A")
        #expect(throws: GraphError.duplicateEntity("a")) { try Graph(entities: [a, a], relations: []) }
        #expect(throws: GraphError.unknownEntity("b", relation: 0)) {
            try Graph(entities: [a], relations: [Relation(subject: "a", predicate: "met", object: "b")])
        }
    }
}

