import Foundation
import Testing
@testable import RelationGraph

/// NetworkX reads what relgraph writes: `Fixtures/networkx_reads.py` loads each file with
/// NetworkX's own readers and prints every node and edge with its attributes, which the tests
/// compare with the graph that was written. Runs only where `python3` has networkx.
@Suite("NetworkX reads relgraph's exports", .enabled(if: ExportTestSupport.networkxAvailable, "python3 with networkx is not installed"))
struct NetworkXInteropTests {
    struct Seen {
        let object: [String: Any]
        var nodes: [String: [String: Any]] { object["nodes"] as? [String: [String: Any]] ?? [:] }
        /// Edges by key, as NetworkX keyed them.
        var edges: [(source: String, target: String, key: String, data: [String: Any])] {
            (object["edges"] as? [[Any]] ?? []).map {
                ($0[0] as? String ?? "", $0[1] as? String ?? "", $0[2] as? String ?? "", $0[3] as? [String: Any] ?? [:])
            }
        }
        var graph: [String: Any] { object["graph"] as? [String: Any] ?? [:] }
    }

    func readWithNetworkX(_ format: String, _ file: URL) throws -> Seen {
        let run = try ExportTestSupport.runPython(ExportTestSupport.networkxScript, [format, file.path])
        try #require(run.status == 0, "networkx_reads.py failed: \(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        return Seen(object: object)
    }

    @Test(arguments: ExportTestSupport.roundTripFolders)
    func networkxReadsGraphML(_ folder: String) throws {
        let graph = try ExportTestSupport.load(folder)
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("graph.graphml")
        try GraphML.write(graph, to: file)
        let seen = try readWithNetworkX("graphml", file)
        #expect(seen.object["directed"] as? Bool == true)
        #expect(seen.object["number_of_nodes"] as? Int == graph.entities.count)
        #expect(seen.object["number_of_edges"] as? Int == graph.relations.count)
        for entity in graph.entities {
            let attrs = try #require(seen.nodes[entity.id], "NetworkX lacks node \(entity.id)")
            // GraphML carries every field as text, multi-valued ones `;`-joined, plus the display label.
            var expected = InterchangeFields.values(of: entity)
            expected["label"] = entity.name
            #expect(attrs.mapValues { "\($0)" } == expected, "node \(entity.id)")
        }
        let edges = seen.edges
        #expect(edges.count == graph.relations.count)
        for (source, target, key, data) in edges {
            // read_graphml keys parallel edges by the GraphML edge id, e<relation index>.
            let index = try #require(Int(key.dropFirst()), "edge key \(key)")
            let relation = graph.relations[index]
            #expect(source == relation.subject && target == relation.object)
            #expect(data["weight"] as? Double == relation.weight)
            var expected = InterchangeFields.values(of: relation)
            expected["weight"] = nil
            expected["label"] = relation.predicate
            var got = data.mapValues { "\($0)" }
            got["weight"] = nil
            #expect(got == expected, "edge \(key)")
        }
        // The graph-level JSON decodes to the same sources and schema.
        let sourcesText = try #require(seen.graph["sources"] as? String)
        #expect(try GraphMetadataJSON.sources(from: GraphMetadataJSON.parse(sourcesText, what: "sources")) == graph.sources)
        let schemaText = try #require(seen.graph["schema"] as? String)
        #expect(try GraphMetadataJSON.schema(from: GraphMetadataJSON.parse(schemaText, what: "schema")) == graph.schema)
    }

    @Test(arguments: ExportTestSupport.roundTripFolders)
    func networkxReadsNodeLinkJSON(_ folder: String) throws {
        let graph = try ExportTestSupport.load(folder)
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("graph.json")
        try NodeLinkJSON.write(graph, to: file)
        let seen = try readWithNetworkX("node-link", file)
        #expect(seen.object["directed"] as? Bool == true)
        #expect(seen.object["multigraph"] as? Bool == true)
        #expect(seen.object["number_of_nodes"] as? Int == graph.entities.count)
        #expect(seen.object["number_of_edges"] as? Int == graph.relations.count)
        for entity in graph.entities {
            let attrs = try #require(seen.nodes[entity.id])
            #expect(attrs["kind"] as? String == entity.kind.rawValue)
            #expect(attrs["name"] as? String == entity.name)
            #expect((attrs["aliases"] as? [String] ?? []) == entity.aliases)
            #expect((attrs["sources"] as? [String] ?? []) == entity.citations.map(\.description))
            #expect(attrs["start"] as? String == entity.span.start?.description)
            #expect(attrs["end"] as? String == entity.span.end?.description)
            #expect(attrs["group"] as? String == entity.group)
            #expect(attrs["description"] as? String == entity.description)
            for (name, value) in entity.attributes { #expect(attrs[name] as? String == value) }
            #expect(attrs.count == InterchangeFields.values(of: entity).count, "node \(entity.id): \(attrs.keys.sorted())")
        }
        // Keys count the parallel relations of each ordered pair from 0, in relation order.
        var byPair: [String: [Relation]] = [:]
        for r in graph.relations { byPair[r.subject + " " + r.object, default: []].append(r) }
        for (source, target, key, data) in seen.edges {
            let relation = try #require(byPair[source + " " + target]?[Int(key) ?? -1], "edge \(source) \(target) \(key)")
            #expect(data["predicate"] as? String == relation.predicate)
            #expect(data["weight"] as? Double == relation.weight)
            #expect(data["note"] as? String == relation.note)
            #expect(data["start"] as? String == relation.span.start?.description)
            #expect((data["sources"] as? [String] ?? []) == relation.citations.map(\.description))
            for (name, value) in relation.attributes { #expect(data[name] as? String == value) }
        }
        #expect((seen.graph["sources"] as? [Any])?.count == graph.sources.count)
        #expect((seen.graph["schema"] as? [Any])?.count == graph.schema.predicates.count)
    }
}
