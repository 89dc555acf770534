import GraphAlgorithms
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
        let g = CSRGraph(vertexCount: fixture.nodes.count, edges: edges, weights: fixture.relations.map(\.2),
                         directed: fixture.directed, parallel: .mergeMinimumWeight)
        #expect(g.edgeCount < fixture.relations.count, "the fixture repeats pairs")
        #expect(fixture.cases.count == 4)
        for c in fixture.cases {
            let scores = g.edgeBetweennessCentrality(normalized: c.normalized, weighted: c.weighted)
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
