import Foundation
import Testing
@testable import RelationGraph

@Suite("Node-link JSON")
struct NodeLinkJSONTests {
    @Test(arguments: ExportTestSupport.roundTripFolders)
    func roundTripIsLossless(_ folder: String) throws {
        let graph = try ExportTestSupport.load(folder)
        let data = try NodeLinkJSON.data(of: graph)
        let back = try NodeLinkJSON.graph(from: data)
        ExportTestSupport.expectSameGraph(graph, back)
        // Writing what was read gives the same bytes: the output is deterministic.
        #expect(try NodeLinkJSON.data(of: back) == data)
    }

    @Test func writesTheNetworkXShape() throws {
        let graph = try ExportTestSupport.load("valid-small")
        let object = try #require(try JSONSerialization.jsonObject(with: NodeLinkJSON.data(of: graph)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.count == 7)
        #expect(links.count == 6)
        let seeckt = try #require(nodes.first { $0["id"] as? String == "hans-von-seeckt" })
        #expect(seeckt["kind"] as? String == "person")
        #expect(seeckt["aliases"] as? [String] == ["Seeckt"])
        #expect(seeckt["start"] as? String == "1866-04-22")
        #expect(seeckt["sources"] as? [String] == ["doc:L3"])
        #expect(seeckt["wikidata"] as? String == "Q60120")
        #expect(seeckt["group"] as? String == "germany")
        let chief = try #require(links.first { $0["note"] as? String == "Chief of staff" })
        #expect(chief["source"] as? String == "mikhail-tukhachevsky")
        #expect(chief["target"] as? String == "red-army")
        #expect(chief["weight"] as? Double == 2.5)
        #expect(chief["key"] as? Int == 0)
        let meta = try #require(object["graph"] as? [String: Any])
        #expect((meta["sources"] as? [[String: Any]])?.first?["author"] as? String == "Jane Doe")
        #expect((meta["schema"] as? [Any])?.count == graph.schema.predicates.count)
    }

    @Test func parallelLinksAreNumberedPerPair() throws {
        let graph = try ExportTestSupport.load("exports-unicode")
        let object = try #require(try JSONSerialization.jsonObject(with: NodeLinkJSON.data(of: graph)) as? [String: Any])
        let links = try #require(object["links"] as? [[String: Any]])
        let met = links.filter { $0["predicate"] as? String == "met" }
        #expect(met.map { $0["key"] as? Int } == [0, 1])
        #expect(met.map { $0["note"] as? String } == ["first meeting", "second meeting"])
    }

    @Test func readsForeignNodeLinkData() throws {
        // What `nx.node_link_data(nx.path_graph(3))` gives, plus a name that needs a slug.
        let text = """
            {"directed": false, "multigraph": false, "graph": {},
             "nodes": [{"id": 0, "color": "red"}, {"id": 1}, {"id": "Hans von Seeckt", "kind": "Person"}],
             "edges": [{"source": 0, "target": 1, "weight": 2}, {"source": 1, "target": "Hans von Seeckt", "label": "Met with"}]}
            """
        let graph = try NodeLinkJSON.graph(from: Data(text.utf8))
        #expect(graph.entities.map(\.id) == ["0", "1", "hans-von-seeckt"])
        #expect(graph.entities[0].kind == .other)
        #expect(graph.entities[0].name == "0")
        #expect(graph.entities[0].attributes == ["color": "red"])
        #expect(graph.entities[2].kind == .person)
        #expect(graph.entities[2].name == "Hans von Seeckt")
        #expect(graph.entities[2].attributes == ["original_id": "Hans von Seeckt"])
        #expect(graph.relations[0].predicate == "related-to")
        #expect(graph.relations[0].weight == 2)
        #expect(graph.relations[1].predicate == "met-with")
        #expect(graph.relations[1].object == "hans-von-seeckt")
        // The unknown predicate joins the schema, so the graph saves and loads as a folder.
        #expect(graph.schema.predicate(named: "met-with") != nil)
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GraphFolder.save(graph, to: folder)
        #expect(try GraphFolder.load(from: folder).relations == graph.relations)
    }

    @Test func reservedNamesAreKeptApartOrRefused() throws {
        let text = """
            {"nodes": [{"id": "a", "name": "A"}, {"id": "b"}],
             "links": [{"source": "a", "target": "b", "subject": "x", "object": "y", "": "nameless"}]}
            """
        let graph = try NodeLinkJSON.graph(from: Data(text.utf8))
        #expect(graph.relations[0].attributes == ["original_subject": "x", "original_object": "y"])
        // So the graph still saves as a folder with distinct columns, and loads again.
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try GraphFolder.save(graph, to: folder)
        #expect(try GraphFolder.load(from: folder).relations == graph.relations)

        let clash = try Graph(entities: [Entity(id: "a", kind: .person, name: "A")],
                              relations: [Relation(subject: "a", predicate: "met", object: "a", attributes: ["key": "k1"])])
        #expect(throws: GraphFormatError.self) { try NodeLinkJSON.data(of: clash) }
        let infinite = try Graph(entities: [Entity(id: "a", kind: .person, name: "A")],
                                 relations: [Relation(subject: "a", predicate: "met", object: "a", weight: .infinity)])
        #expect(throws: GraphFormatError.self) { try NodeLinkJSON.data(of: infinite) }
    }

    @Test func slugsForIdsThatAreNotSlugs() {
        #expect(ImportedGraph.slugs(for: ["Hans von Seeckt", "Георгий Чичерин", "a", "A", "Ä", "--", "東京", "!!"]) == [
            "Hans von Seeckt": "hans-von-seeckt", "Георгий Чичерин": "georgij-cicerin", "a": "a", "A": "a-2",
            "Ä": "a-3", "--": "node", "東京": "dong-jing", "!!": "node-2",
        ])
    }

    @Test(arguments: [
        ("{\"nodes\": [", "malformed JSON"),
        ("[1, 2]", "expected a JSON object"),
        ("{\"links\": []}", "expected a \"nodes\" array"),
        ("{\"nodes\": [{\"name\": \"x\"}], \"links\": []}", "node 1 has no \"id\""),
        ("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}], \"links\": []}", "duplicate node id 'a'"),
        ("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\"}]}", "link 1 needs a \"source\" and a \"target\""),
        ("{\"nodes\": [{\"id\": \"a\", \"start\": \"April 1922\"}], \"links\": []}", "node 'a': start 'April 1922' is not a valid date"),
        ("{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\", \"weight\": -1}]}", "weight '-1' is not a positive number"),
        ("{\"nodes\": [], \"links\": [], \"graph\": {\"schema\": [{\"predicate\": \"p\", \"subject_kinds\": [\"pope\"]}]}}", "unknown kind 'pope'"),
    ])
    func malformedInputIsAClearError(_ text: String, _ expected: String) {
        do {
            _ = try NodeLinkJSON.graph(from: Data(text.utf8))
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func malformedJSONNamesTheFileAndPosition() throws {
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.json")
        try Data("{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\" \"kind\": 1}\n]}".utf8).write(to: file)
        do {
            _ = try NodeLinkJSON.read(from: file)
            Issue.record("no error")
        } catch let error as GraphFormatError {
            #expect(error.file == file.path)
            #expect(error.line == 3, "\(error)")
            #expect(error.description.hasPrefix("\(file.path):3:"), "\(error)")
        }
    }
}
