@testable import GraphAlgorithms
import Testing

/// KADABRA's (epsilon, delta) guarantee against exact Brandes, its sampler's uniformity and the
/// vertex-diameter bound it rests on.
@Suite("Approximate betweenness (KADABRA)")
struct ApproximateBetweennessTests {
    /// Seeded graphs: undirected and directed, connected and not, and a Barabási–Albert-like
    /// graph with hubs (high betweenness is where the bounds are tightest).
    static func graphs() throws -> [(String, CSRGraph)] {
        [
            ("random undirected", try DeterminismTests.randomGraph(n: 300, m: 900, seed: 3, directed: false, weighted: false)),
            ("random directed", try DeterminismTests.randomGraph(n: 300, m: 1200, seed: 5, directed: true, weighted: false)),
            ("sparse, many components", try DeterminismTests.randomGraph(n: 400, m: 380, seed: 7, directed: false, weighted: false)),
            ("preferential attachment", try preferentialAttachment(n: 500, links: 2, seed: 9)),
        ]
    }

    static func preferentialAttachment(n: Int, links: Int, seed: UInt64) throws -> CSRGraph {
        var rng = SplitMix64(seed: seed)
        var ends: [Int] = [0, 1]
        var edges: [(Int, Int)] = [(0, 1)]
        for v in 2..<n {
            for _ in 0..<links {
                let u = ends[Int(rng.next() % UInt64(ends.count))]
                edges.append((u, v)); ends += [u, v]
            }
        }
        return try CSRGraph(vertexCount: n, edges: edges, directed: false, parallel: .mergeMinimumWeight)
    }

    @Test(arguments: [0.05, 0.02])
    func errorWithinEpsilon(epsilon: Double) throws {
        for (name, g) in try Self.graphs() {
            let exact = try g.betweennessCentrality(normalized: true)
            let estimate = try g.approximateBetweenness(epsilon: epsilon, delta: 0.1, seed: 42)
            let worst = zip(exact, estimate.scores).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= epsilon, "\(name): max error \(worst) > \(epsilon)")
            #expect(estimate.samples > 0 && estimate.samples <= estimate.sampleLimit, "\(name)")
            // The estimate is informative, not all zeros: the most central vertex is found.
            let top = exact.indices.max { exact[$0] < exact[$1] }!
            #expect(estimate.scores[top] > exact[top] - epsilon && exact[top] > 0, "\(name)")
        }
    }

    @Test func rawScaleIsNormalizedTimesPairs() throws {
        let g = try Self.graphs()[0].1
        let n = Double(g.vertexCount)
        let normalized = try g.approximateBetweenness(epsilon: 0.05, seed: 3)
        let raw = try g.approximateBetweenness(epsilon: 0.05, normalized: false, seed: 3)
        for (a, b) in zip(normalized.scores, raw.scores) {
            #expect(abs(a * (n - 1) * (n - 2) / 2 - b) <= 1e-9 * max(1, b))
        }
    }

    @Test func deterministicUnderSeedWhateverTheThreads() throws {
        for (_, g) in try Self.graphs() {
            let a = try g.approximateBetweenness(epsilon: 0.03, seed: 11, concurrent: true)
            let b = try g.approximateBetweenness(epsilon: 0.03, seed: 11, concurrent: false)
            #expect(a == b)
            let c = try g.approximateBetweenness(epsilon: 0.03, seed: 12)
            #expect(c.scores != a.scores)
        }
    }

    @Test func rejectsBadParameters() throws {
        let g = try Self.graphs()[0].1
        #expect(throws: CentralityError.self) { try g.approximateBetweenness(epsilon: 0) }
        #expect(throws: CentralityError.self) { try g.approximateBetweenness(epsilon: 1.5) }
        #expect(throws: CentralityError.self) { try g.approximateBetweenness(epsilon: 0.1, delta: 1) }
    }

    @Test func tinyAndPathlessGraphsScoreZero() throws {
        let star = try CSRGraph(vertexCount: 2, edges: [(0, 1)], directed: false)
        #expect(try star.approximateBetweenness(epsilon: 0.1).scores == [0, 0])
        let matching = try CSRGraph(vertexCount: 6, edges: [(0, 1), (2, 3), (4, 5)], directed: false)
        let e = try matching.approximateBetweenness(epsilon: 0.1)
        #expect(e.scores == [Double](repeating: 0, count: 6) && e.vertexDiameterBound == 2)
    }

    /// s = 0, t = 5; shortest paths 0-1-3-5, 0-2-3-5, 0-2-4-5: uniform sampling puts vertex 1 on
    /// a third of them, 2 and 3 on two thirds, 4 on a third.
    @Test func samplerIsUniformOverShortestPaths() throws {
        let g = try CSRGraph(vertexCount: 6, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (2, 4), (3, 5), (4, 5)], directed: true)
        let sampler = ShortestPathSampler(vertexCount: 6)
        var counts = [Int](repeating: 0, count: 6)
        let draws = 30_000
        g.outOffsets.withUnsafeBufferPointer { oo in g.outTargets.withUnsafeBufferPointer { ot in
        g.inOffsets.withUnsafeBufferPointer { io in g.inSources.withUnsafeBufferPointer { isrc in
            let out = SearchRows(offsets: oo.baseAddress!, targets: ot.baseAddress!, slotCount: ot.count)
            let back = SearchRows(offsets: io.baseAddress!, targets: isrc.baseAddress!, slotCount: isrc.count)
            var random = SplitMix64(seed: 1)
            var path: [Int32] = []
            for _ in 0..<draws {
                path.removeAll()
                sampler.sample(from: 0, to: 5, out: out, in: back, random: &random, into: &path)
                #expect(path.count == 2)
                for v in path { counts[Int(v)] += 1 }
            }
            path.removeAll()
            sampler.sample(from: 5, to: 0, out: out, in: back, random: &random, into: &path)
            #expect(path.isEmpty, "no path against the edges")
        }}}}
        let share = counts.map { Double($0) / Double(draws) }
        for (v, expected) in [(1, 1.0 / 3), (2, 2.0 / 3), (3, 2.0 / 3), (4, 1.0 / 3)] {
            #expect(abs(share[v] - expected) < 0.02, "vertex \(v): \(share[v])")
        }
        #expect(counts[0] == 0 && counts[5] == 0)
    }

    /// The bound is at least the true vertex diameter (most vertices on a shortest path),
    /// found here by a search from every vertex.
    @Test func vertexDiameterBoundHolds() throws {
        for (name, g) in try Self.graphs() + [("path", try CSRGraph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: true))] {
            var most = 0
            for s in 0..<g.vertexCount {
                var dist = [Int](repeating: -1, count: g.vertexCount)
                dist[s] = 0
                var queue = [s], head = 0
                while head < queue.count {
                    let v = queue[head]; head += 1
                    most = max(most, dist[v] + 1)
                    for w in g.neighbors(of: v) where dist[Int(w)] < 0 { dist[Int(w)] = dist[v] + 1; queue.append(Int(w)) }
                }
            }
            let bound = g.vertexDiameterBound()
            #expect(bound >= most, "\(name): bound \(bound) below the vertex diameter \(most)")
            #expect(bound <= 4 * most, "\(name): bound \(bound) far above \(most)")
        }
        #expect(try CSRGraph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: true).vertexDiameterBound() == 5)
    }
}
