@testable import GraphAlgorithms
import Testing

/// Edge betweenness on a multigraph pooled into its simple graph (shortest relation as the
/// pair's length) against NetworkX's `edge_betweenness_centrality` on the same pairs, to 1e-9.
@Suite("Edge betweenness of pooled pairs agrees with NetworkX")
struct PooledEdgeBetweennessTests {
    @Test(arguments: PooledFixture.names)
    func pooledPairs(_ name: String) throws {
        let fixture = try PooledFixture(name)
        let index = Dictionary(uniqueKeysWithValues: fixture.nodes.enumerated().map { ($1, $0) })
        let edges = fixture.relations.compactMap { r in index[r.0].flatMap { a in index[r.1].map { (a, $0) } } }
        #expect(edges.count == fixture.relations.count)
        let g = try CSRGraph(vertexCount: fixture.nodes.count, edges: edges, weights: fixture.relations.map(\.2),
                         directed: fixture.directed, parallel: .mergeMinimumWeight)
        #expect(g.edgeCount < fixture.relations.count, "the fixture repeats pairs")
        #expect(fixture.cases.count == 4)
        for c in fixture.cases {
            let scores = try g.edgeBetweennessCentrality(normalized: c.normalized, weighted: c.weighted)
            #expect(c.pairs.count == g.edgeCount, "\(name): \(c.call)")
            for (a, b, expected) in c.pairs {
                guard let u = index[a], let v = index[b] else { Issue.record("unknown node"); continue }
                let e = (0..<g.edgeCount).first { k in
                    let s = Int(g.edgeSource[k]), t = Int(g.edgeTarget[k])
                    return (s, t) == (u, v) || (!fixture.directed && (s, t) == (v, u))
                }
                guard let e else { Issue.record("\(name): pair \(a)-\(b) missing"); continue }
                #expect(abs(scores[e] - expected) <= 1e-9 * max(1, abs(expected)), "\(name): \(c.call): \(a)-\(b)")
            }
        }
    }
}

/// Merging parallel edges: first-appearance order and orientation, and each rule's weight,
/// checked against a direct dictionary merge on seeded multigraphs.
@Suite("Parallel-edge merging")
struct ParallelEdgeMergeTests {
    @Test(arguments: [false, true])
    func mergeMatchesDictionaryMerge(directed: Bool) throws {
        var rng = SplitMix64(seed: directed ? 3 : 4)
        let n = 60
        var edges: [(Int, Int)] = [], weights: [Double] = []
        for _ in 0..<500 {
            edges.append((Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n))))
            weights.append(Double(1 + rng.next() % 9) / 4)
        }
        for rule in [CSRGraph.ParallelEdges.mergeMinimumWeight, .mergeSummingWeights, .mergeKeepingFirst] {
            var order: [UInt64] = [], first: [UInt64: (Int, Int, Double)] = [:]
            for (e, w) in zip(edges, weights) {
                let key = directed || e.0 <= e.1 ? UInt64(e.0) << 32 | UInt64(e.1) : UInt64(e.1) << 32 | UInt64(e.0)
                if let seen = first[key] {
                    let merged = rule == .mergeMinimumWeight ? min(seen.2, w) : rule == .mergeSummingWeights ? seen.2 + w : seen.2
                    first[key] = (seen.0, seen.1, merged)
                } else {
                    order.append(key); first[key] = (e.0, e.1, w)
                }
            }
            let g = try CSRGraph(vertexCount: n, edges: edges, weights: weights, directed: directed, parallel: rule)
            #expect(g.edgeCount == order.count)
            for (i, key) in order.enumerated() {
                let (a, b, w) = first[key]!
                #expect(Int(g.edgeSource[i]) == a && Int(g.edgeTarget[i]) == b && g.edgeWeight[i] == w, "\(rule) edge \(i)")
            }
        }
    }
}
