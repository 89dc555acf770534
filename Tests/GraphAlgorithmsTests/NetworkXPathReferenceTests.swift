import Foundation
import Testing
@testable import GraphAlgorithms

/// Checks every path search against values NetworkX computed on seeded random graphs
/// (`Fixtures/path_reference.json`, written by `Fixtures/make_path_reference.py`).
struct NetworkXPathReferenceTests {
    struct Reference: Decodable {
        struct Query: Decodable {
            var source: Int
            var target: Int
            var hops: Int?
            var lexmin_path: [Int]?
            var all_shortest_count: Int?
            var weighted_length: Double?
            var weighted_lexmin_path: [Int]?
            var weighted_all_count: Int?
            var yen_hops: [Int]?
            var yen_weights: [Double]?
            var simple_counts: [Int]?
        }
        struct TestGraph: Decodable {
            var name: String
            var directed: Bool
            var n: Int
            var edges: [[Int]]
            var k: Int
            var cutoff: Int
            var queries: [Query]

            var csr: CSRGraph {
                try! CSRGraph(
                    vertexCount: n, edges: edges.map { ($0[0], $0[1]) },
                    weights: edges.map { Double($0[2]) }, directed: directed)
            }
        }
        var graphs: [TestGraph]
    }

    static let reference: Reference = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/path_reference.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode(Reference.self, from: data)
    }()

    static var graphNames: [String] { reference.graphs.map(\.name) }

    static func graph(_ name: String) throws -> Reference.TestGraph {
        reference.graphs.first { $0.name == name }!
    }

    /// Checks that a path is a real walk in `g`: consecutive vertices joined by the stated edges.
    func expectValid(_ p: GraphPath, in g: CSRGraph, from s: Int, to t: Int) throws {
        #expect(p.vertices.first == s && p.vertices.last == t)
        #expect(Set(p.vertices).count == p.vertices.count, "path is simple")
        for (i, e) in p.edges.enumerated() {
            let a = Int(g.edgeSource[e]), b = Int(g.edgeTarget[e])
            let (x, y) = (p.vertices[i], p.vertices[i + 1])
            #expect((a == x && b == y) || (!g.isDirected && a == y && b == x))
        }
        #expect(p.weight == p.edges.reduce(0.0) { $0 + g.edgeWeight[$1] })
    }

    @Test("hop distance and the lexicographically smallest shortest path", arguments: graphNames)
    func shortestPaths(name: String) throws {
        let ref = try Self.graph(name)
        let g = ref.csr
        let searcher = PathSearcher(graph: g)
        for q in ref.queries {
            let p = try searcher.shortestPath(from: q.source, to: q.target)
            #expect(try searcher.hopDistance(from: q.source, to: q.target) == q.hops)
            guard let hops = q.hops else {
                #expect(p == nil)
                continue
            }
            #expect(p?.length == hops)
            #expect(p?.vertices == q.lexmin_path, "\(name) \(q.source)->\(q.target)")
            if let p { try expectValid(p, in: g, from: q.source, to: q.target) }
            // A plain BFS towards the target agrees on the distance.
            let bfs = try searcher.hopDistances(from: q.target, direction: .backward)
            #expect(bfs.first { $0.vertex == q.source }?.distance == hops)
        }
    }

    @Test("every shortest path, by hops and by weight", arguments: graphNames)
    func allShortest(name: String) throws {
        let ref = try Self.graph(name)
        let g = ref.csr
        let searcher = PathSearcher(graph: g)
        for q in ref.queries {
            let byHops = try searcher.allShortestPaths(from: q.source, to: q.target)
            let byWeight = try searcher.allMinimumWeightPaths(from: q.source, to: q.target)
            guard q.hops != nil else {
                #expect(byHops.paths.isEmpty && byWeight.paths.isEmpty)
                continue
            }
            #expect(byHops.paths.count == q.all_shortest_count)
            #expect(byHops.paths.first?.vertices == q.lexmin_path)
            #expect(byHops.paths.allSatisfy { $0.length == q.hops })
            #expect(byHops.paths.map(\.vertices) == byHops.paths.map(\.vertices).sorted { $0.lexicographicallyPrecedes($1) })
            #expect(byWeight.paths.count == q.weighted_all_count)
            #expect(byWeight.paths.allSatisfy { $0.weight == q.weighted_length })
            #expect(byWeight.paths.first?.vertices == q.weighted_lexmin_path)
            for p in byHops.paths + byWeight.paths { try expectValid(p, in: g, from: q.source, to: q.target) }
            let truncated = try searcher.allShortestPaths(from: q.source, to: q.target, limit: 1)
            #expect(truncated.isTruncated == (q.all_shortest_count! > 1))
        }
    }

    @Test("Dijkstra's minimum weight and its tie rule", arguments: graphNames)
    func dijkstra(name: String) throws {
        let ref = try Self.graph(name)
        let g = ref.csr
        let searcher = PathSearcher(graph: g)
        for q in ref.queries {
            let p = try searcher.minimumWeightPath(from: q.source, to: q.target)
            #expect(p?.weight == q.weighted_length)
            #expect(p?.vertices == q.weighted_lexmin_path)
            if let p { try expectValid(p, in: g, from: q.source, to: q.target) }
        }
    }

    @Test("Yen's k shortest simple paths in NetworkX's order of costs", arguments: graphNames)
    func yen(name: String) throws {
        let ref = try Self.graph(name)
        let g = ref.csr
        let searcher = PathSearcher(graph: g)
        for q in ref.queries where q.hops != nil {
            let hops = try searcher.kShortestPaths(from: q.source, to: q.target, k: ref.k, cost: .hops)
            #expect(hops.map(\.length) == q.yen_hops, "\(name) \(q.source)->\(q.target)")
            let weighted = try searcher.kShortestPaths(from: q.source, to: q.target, k: ref.k, cost: .weight)
            #expect(weighted.map(\.weight) == q.yen_weights, "\(name) \(q.source)->\(q.target)")
            for p in hops + weighted { try expectValid(p, in: g, from: q.source, to: q.target) }
            #expect(Set(hops.map(\.vertices)).count == hops.count, "distinct paths")
            #expect(hops.first?.vertices == q.lexmin_path)
        }
    }

    @Test("simple paths up to the cutoff, counted by length", arguments: graphNames)
    func simplePaths(name: String) throws {
        let ref = try Self.graph(name)
        let g = ref.csr
        let searcher = PathSearcher(graph: g)
        for q in ref.queries where q.hops != nil {
            let found = try searcher.simplePaths(from: q.source, to: q.target, maxHops: ref.cutoff, limit: 100_000)
            var counts = [Int](repeating: 0, count: ref.cutoff + 1)
            for p in found.paths { counts[p.length] += 1 }
            #expect(counts == q.simple_counts, "\(name) \(q.source)->\(q.target)")
            #expect(!found.isTruncated)
            #expect(found.paths.map(\.length) == found.paths.map(\.length).sorted(), "shortest first")
            for p in found.paths { try expectValid(p, in: g, from: q.source, to: q.target) }
            let total = counts.reduce(0, +)
            if total > 1 {
                let cut = try searcher.simplePaths(from: q.source, to: q.target, maxHops: ref.cutoff, limit: total - 1)
                #expect(cut.isTruncated)
                #expect(cut.paths == Array(found.paths.prefix(total - 1)))
            }
        }
    }
}
