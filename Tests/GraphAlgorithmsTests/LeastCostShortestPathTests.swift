import Foundation
import Testing
@testable import GraphAlgorithms

@Suite("Least-cost shortest paths (hub-avoiding tie-break)")
struct LeastCostShortestPathTests {
    static func hubCost(_ g: CSRGraph) throws -> [Double] { (0..<g.vertexCount).map { log1p(Double(g.outDegree($0))) } }

    /// 0 reaches 3 in two hops through 1 (a hub with six extra leaves) or through 2 (degree 2).
    /// Vertex order alone picks 0-1-3; the hub cost picks 0-2-3.
    static let hubGraph = try! CSRGraph(
        vertexCount: 10,
        edges: [(0, 1), (1, 3), (0, 2), (2, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8), (1, 9)],
        directed: false)

    @Test func avoidsTheHub() throws {
        let g = Self.hubGraph
        let s = PathSearcher(graph: g)
        #expect(try s.shortestPath(from: 0, to: 3)?.vertices == [0, 1, 3])
        let p = try #require(try s.leastCostShortestPath(from: 0, to: 3, vertexCost: Self.hubCost(g)))
        #expect(p.vertices == [0, 2, 3])
        #expect(p.edges == [2, 3])
    }

    @Test func equalCostsFallBackToVertexOrder() throws {
        let g = Self.hubGraph
        let flat = [Double](repeating: 1, count: g.vertexCount)
        #expect(try PathSearcher(graph: g).leastCostShortestPath(from: 0, to: 3, vertexCost: flat)?.vertices == [0, 1, 3])
    }

    @Test func respectsMasksAndReachability() throws {
        let g = Self.hubGraph
        var allowed = [Bool](repeating: true, count: g.vertexCount)
        allowed[2] = false
        let s = PathSearcher(graph: g)
        let mask = TraversalMask(allowedEdges: nil, allowedIntermediates: allowed)
        #expect(try s.leastCostShortestPath(from: 0, to: 3, mask: mask, vertexCost: Self.hubCost(g))?.vertices == [0, 1, 3])
        let apart = try CSRGraph(vertexCount: 3, edges: [(0, 1)], directed: false)
        #expect(try PathSearcher(graph: apart).leastCostShortestPath(from: 0, to: 2, vertexCost: [0, 0, 0]) == nil)
        #expect(try PathSearcher(graph: apart).leastCostShortestPath(from: 1, to: 1, vertexCost: [0, 0, 0])?.vertices == [1])
    }

    /// On seeded random graphs the answer is the cheapest of all shortest paths, ties by vertex
    /// order, as brute-force enumeration finds it.
    @Test(arguments: 0..<12)
    func agreesWithBruteForce(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 1000)
        let n = 40
        let directed = seed % 2 == 1
        let edges = (0..<110).map { _ in (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n))) }.filter { $0.0 != $0.1 }
        let g = try CSRGraph(vertexCount: n, edges: edges, directed: directed)
        let cost = (0..<n).map { _ in Double(rng.next() % 5) }
        let s = PathSearcher(graph: g)
        for _ in 0..<20 {
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            let all = try s.allShortestPaths(from: a, to: b, limit: 100_000)
            let got = try s.leastCostShortestPath(from: a, to: b, vertexCost: cost)
            guard let first = all.paths.first else { #expect(got == nil); continue }
            func total(_ p: GraphPath) -> Double { p.vertices.dropFirst().dropLast().map { cost[$0] }.reduce(0, +) }
            let best = all.paths.map(total).min()!
            // allShortestPaths lists paths in lexicographic order, so the first cheapest is the answer.
            let expected = all.paths.first { total($0) == best }!
            #expect(got?.vertices == expected.vertices, "\(a)->\(b)")
            #expect(got?.length == first.length)
        }
    }
}
