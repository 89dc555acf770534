import Foundation
import Testing
@testable import RelationGraph

/// The interchange formats on real data: the bundled German-Soviet graph (hundreds of entities,
/// multi-valued cells, long descriptions, non-ASCII names) through every format that reads back.
@Suite("Exports of the bundled graph")
struct BundledGraphExportTests {
    static let graph: Graph? = try? GraphFolder.load(from: FixturePaths.bundled)

    @Test(arguments: [GraphFormat.graphml, .json, .gexf])
    func roundTrips(_ format: GraphFormat) throws {
        let graph = try #require(Self.graph)
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bundled.\(format.rawValue)")
        let clock = ContinuousClock()
        let writing = try clock.measure { try GraphFormat.write(graph, to: file) }
        var back: Graph?
        let reading = try clock.measure { back = try GraphFormat.read(file) }
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        print("bundled graph as \(format.rawValue): \(size) bytes, write \(writing), read \(reading)")
        let read = try #require(back)
        if format == .gexf {
            #expect(read.entities == graph.entities)
            #expect(read.relations == graph.relations)
        } else {
            ExportTestSupport.expectSameGraph(graph, read)
        }
    }

    @Test(.enabled(if: ExportTestSupport.networkxAvailable, "python3 with networkx is not installed"),
          arguments: [("graphml", GraphFormat.graphml), ("node-link", .json)])
    func networkxCountsTheSameGraph(_ reader: String, _ format: GraphFormat) throws {
        let graph = try #require(Self.graph)
        let dir = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bundled.\(format.rawValue)")
        try GraphFormat.write(graph, to: file)
        let run = try ExportTestSupport.runPython(ExportTestSupport.networkxScript, [reader, file.path])
        try #require(run.status == 0, "\(run.errors)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(seen["number_of_nodes"] as? Int == graph.entities.count)
        #expect(seen["number_of_edges"] as? Int == graph.relations.count)
        let nodes = try #require(seen["nodes"] as? [String: [String: Any]])
        #expect(nodes.count == graph.entities.count)
        for entity in graph.entities {
            #expect(nodes[entity.id]?["name"] as? String == entity.name)
            #expect(nodes[entity.id]?["kind"] as? String == entity.kind.rawValue)
        }
    }
}
