import Foundation
import GraphAlgorithms
import RelationGraph
import Testing

/// The NetworkX fixtures of GraphAlgorithmsTests, read here through the model layer.
enum AlgorithmFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GraphAlgorithmsTests/Fixtures")

    /// The values of the first case of `measure` whose params equal `params`, keyed by node name.
    static func values(_ graph: String, measure: String, params: [String: AnyHashable]) throws -> [String: Double] {
        let data = try Data(contentsOf: root.appendingPathComponent("\(graph).fixture.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let nodes = json["nodes"] as! [String]
        for c in json["cases"] as! [[String: Any]] where c["measure"] as? String == measure {
            let p = c["params"] as! [String: Any]
            guard p.count == params.count, params.allSatisfy({ key, value in
                (p[key] as? NSObject)?.isEqual(value) ?? false
            }) else { continue }
            let values = (c["values"] as! [NSNumber]).map(\.doubleValue)
            return Dictionary(uniqueKeysWithValues: zip(nodes, values))
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}

@Suite("Edge lists")
struct EdgeListFormatTests {
    func write(_ text: String, name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-edgelist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func readsWeightedTSVWithIdsAsWritten() throws {
        let g = try EdgeListFormat.read(from: AlgorithmFixtures.root.appendingPathComponent("lesmis.tsv"))
        #expect(g.entities.count == 77)
        #expect(g.relations.count == 254)
        #expect(g.entities.allSatisfy { $0.kind == .other && $0.name == $0.id })
        // lesmis.tsv line 3: Myriel<TAB>MmeMagloire<TAB>10
        #expect(g.relations[2].subject == "Myriel" && g.relations[2].object == "MmeMagloire" && g.relations[2].weight == 10)
        #expect(g.index(ofID: "Napoleon") == 0)
    }

    @Test func companionNodesFileAddsIsolatedVertices() throws {
        let g = try EdgeListFormat.read(from: AlgorithmFixtures.root.appendingPathComponent("toy_directed.tsv"))
        #expect(g.entities.map(\.id) == ["a", "b", "c", "d", "e", "f", "s", "z", "iso"])
        #expect(g.relations.count == 11)
    }

    @Test func csvWithHeaderCommentsQuotesAndCRLF() throws {
        let url = try write("# a comment\r\nsource,target,weight\r\n\"x\",y,2.5\r\n\r\ny,z\r\n", name: "g.csv")
        let g = try EdgeListFormat.read(from: url)
        #expect(g.entities.map(\.id) == ["x", "y", "z"])
        #expect(g.relations.map(\.weight) == [2.5, 1])
    }

    @Test(arguments: [
        ("a\tb\nc\n", "g.tsv:2: expected 'source target [weight]', found 'c'"),
        ("a\tb\tx\n", "g.tsv:1: weight 'x' is not a positive number"),
        ("a\tb\t-1\n", "g.tsv:1: weight '-1' is not a positive number"),
        ("a\tb\t1\t2\n", "g.tsv:1: 4 columns; an edge list has 2 or 3 (source, target, weight)"),
    ])
    func malformedLinesAreReportedWithTheirLine(text: String, message: String) throws {
        let url = try write(text, name: "g.tsv")
        #expect(throws: GraphFormatError.self) { try EdgeListFormat.read(from: url) }
        do { _ = try EdgeListFormat.read(from: url) } catch { #expect(error.description == message) }
    }
}

@Suite("Centrality over relationship graphs")
struct GraphCentralityTests {
    func karate() throws -> Graph {
        try EdgeListFormat.read(from: AlgorithmFixtures.root.appendingPathComponent("karate.tsv"))
    }

    @Test func karateAgreesWithNetworkX() throws {
        let g = try karate()
        func check(_ options: CentralityOptions, _ measure: String, _ params: [String: AnyHashable]) throws {
            let expected = try AlgorithmFixtures.values("karate", measure: measure, params: params)
            let scores = try g.centrality(options)
            #expect(scores.measure == options.measure && scores.count == g.entities.count)
            for (entity, value) in scores {
                #expect(abs(value - expected[entity.id]!) <= 1e-9, "\(measure) \(params) at \(entity.id)")
            }
        }
        var b = CentralityOptions(measure: .betweenness)
        b.normalized = true
        try check(b, "betweenness", ["normalized": true, "endpoints": false, "weighted": false])
        b.weighted = true
        b.normalized = false
        try check(b, "betweenness", ["normalized": false, "endpoints": false, "weighted": true])
        var c = CentralityOptions(measure: .closeness)
        c.weighted = true
        try check(c, "closeness", ["weighted": true, "wf_improved": true])
        try check(CentralityOptions(measure: .harmonic), "harmonic", ["weighted": false])
        var d = CentralityOptions(measure: .degree)
        d.normalized = true
        try check(d, "degree", ["direction": "total", "normalized": true])
    }

    /// valid-small, undirected: a 4-cycle Seeckt - Reichswehr - Red Army - Tukhachevsky - Seeckt,
    /// Kama hanging off the Reichswehr, and Weimar Germany - Rapallo apart.
    @Test func handCheckedBetweennessAndRanking() throws {
        let g = try GraphFolder.load(from: FixturePaths.validSmall)
        let scores = try g.centrality(CentralityOptions(measure: .betweenness))
        let byID = Dictionary(uniqueKeysWithValues: scores.map { ($0.entity.id, $0.value) })
        // Reichswehr: Kama's three pairs plus half of Seeckt-Red Army; Seeckt and Red Army: half of
        // Reichswehr-Tukhachevsky and half of Kama-Tukhachevsky.
        #expect(byID["reichswehr"] == 3.5)
        #expect(byID["hans-von-seeckt"] == 1)
        #expect(byID["red-army"] == 1)
        #expect(byID["mikhail-tukhachevsky"] == 0.5)
        #expect(byID["kama-tank-school"] == 0)
        let people = scores.ranking { $0.kind == .person }
        #expect(people.scores.map(\.id) == ["hans-von-seeckt", "mikhail-tukhachevsky"])
    }

    @Test func timeSliceKeepsOverlappingAndUndatedRelations() throws {
        let g = try GraphFolder.load(from: FixturePaths.validSmall)
        var options = CentralityOptions(measure: .degree)
        // 1929..1933 keeps reichswehr-kama (1929..1933), reichswehr-red-army (1926..) and the
        // undated seeckt-tukhachevsky meeting.
        options.filter = RelationFilter(window: try TimeSpan(parsing: "1929..1933"))
        let degree = try g.centrality(options)
        let byID = Dictionary(uniqueKeysWithValues: degree.map { ($0.entity.id, $0.value) })
        #expect(byID["reichswehr"] == 2 && byID["kama-tank-school"] == 1 && byID["hans-von-seeckt"] == 1)
        #expect(byID["weimar-germany"] == 0)
        options.filter.strictTime = true
        let strict = try g.centrality(options)
        #expect(strict[try #require(g.handle(ofID: "hans-von-seeckt"))] == 0)

        let before = try g.centrality(CentralityOptions(measure: .degree)).ranking()
        let after = degree.ranking()
        let changes = Graph.rankChanges(from: before, to: after)
        #expect(changes.first?.id == "reichswehr")
        #expect(changes.count == g.entities.count)
    }

    @Test func brokersOfTheSmallGraph() throws {
        let g = try GraphFolder.load(from: FixturePaths.validSmall)
        let brokers = Brokers(g)
        #expect(brokers.articulationPoints.map(\.id) == ["reichswehr"])
        #expect(brokers.articulationPoints.first?.separated == 1)
        #expect(Set(brokers.bridges.map { [$0.from, $0.to] }) == [["reichswehr", "kama-tank-school"], ["weimar-germany", "treaty-of-rapallo"]])
    }

    @Test func parallelRelationsCountAsOneLink() throws {
        // Two relations between a and b, one between b and c: NetworkX's simple graph has path
        // a-b-c once, so b's betweenness is 1, and a-b is not a bridge.
        let g = try Graph(
            entities: ["a", "b", "c"].map { Entity(id: $0, kind: .person, name: $0) },
            relations: [
                Relation(subject: "a", predicate: "met", object: "b"),
                Relation(subject: "b", predicate: "met", object: "a"),
                Relation(subject: "b", predicate: "met", object: "c"),
            ])
        #expect(try g.centrality(CentralityOptions(measure: .betweenness)).values == [0, 1, 0])
        #expect(Brokers(g).bridges.map(\.relations) == [[0, 1], [2]])
    }
}
