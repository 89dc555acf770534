import Testing
@testable import GraphAlgorithms

/// Path searches on small graphs whose answers are worked out by hand in the comments.
struct HandMadePathTests {
    //   0 - 1 - 2 - 5        edges: e0 0-1, e1 1-2, e2 2-5, e3 0-3, e4 3-4, e5 4-5, e6 1-4
    //   |    \      |        shortest 0 -> 5: 0-1-2-5, 0-1-4-5, 0-3-4-5 (three hops each)
    //   3 ---- 4 ---+        the only longer simple path: 0-3-4-1-2-5 (five hops)
    static let ladderEdges = [(0, 1), (1, 2), (2, 5), (0, 3), (3, 4), (4, 5), (1, 4)]
    static let ladder = try! CSRGraph(vertexCount: 6, edges: ladderEdges, directed: false)

    func mask(forbiddingVertices vs: [Int] = [], edges es: [Int] = [], in g: CSRGraph = ladder) throws -> TraversalMask {
        var m = TraversalMask.all
        for v in vs { try m.forbid(vertex: v, vertexCount: g.vertexCount) }
        for e in es { try m.forbid(edge: e, edgeCount: g.edgeCount) }
        return m
    }

    @Test func shortestPathTakesTheLexicographicallySmallest() throws {
        let p = try Self.ladder.shortestPath(from: 0, to: 5)
        #expect(p?.vertices == [0, 1, 2, 5])
        #expect(p?.edges == [0, 1, 2])
        #expect(p?.weight == 3)
        // Reversed query: 5-2-1-0 and 5-4-1-0 and 5-4-3-0; the smallest sequence is 5-2-1-0.
        #expect(try Self.ladder.shortestPath(from: 5, to: 0)?.vertices == [5, 2, 1, 0])
        #expect(try Self.ladder.shortestPath(from: 3, to: 3)?.vertices == [3])
    }

    @Test func vertexFiltersRouteAroundAndSpareTheEndpoints() throws {
        let g = Self.ladder
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(forbiddingVertices: [2]))?.vertices == [0, 1, 4, 5])
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(forbiddingVertices: [1]))?.vertices == [0, 3, 4, 5])
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(forbiddingVertices: [1, 4])) == nil)
        // The source and target are never "intermediate": forbidding them changes nothing.
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(forbiddingVertices: [0, 5]))?.vertices == [0, 1, 2, 5])
    }

    @Test func edgeFiltersAndTheirIntersection() throws {
        let g = Self.ladder
        // Without e1 (1-2) the smallest is 0-1-4-5; without e6 (1-4) as well, 0-3-4-5.
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(edges: [1]))?.vertices == [0, 1, 4, 5])
        let both = try mask(edges: [1]).intersection(mask(edges: [6]))
        #expect(both.allows(edge: 1) == false && both.allows(edge: 6) == false && both.allows(edge: 0))
        #expect(try g.shortestPath(from: 0, to: 5, mask: both)?.vertices == [0, 3, 4, 5])
        // Vertex and edge filters compose: no 3, no 1-2 edge => 0-1-4-5.
        let mixed = try mask(forbiddingVertices: [3]).intersection(mask(edges: [1]))
        #expect(try g.shortestPath(from: 0, to: 5, mask: mixed)?.vertices == [0, 1, 4, 5])
        // Cutting 0's two edges isolates it.
        #expect(try g.shortestPath(from: 0, to: 5, mask: mask(edges: [0, 3])) == nil)
    }

    @Test func directedSearchFollowsArrows() throws {
        let g = try CSRGraph(vertexCount: 6, edges: Self.ladderEdges, directed: true)
        #expect(try g.shortestPath(from: 0, to: 5)?.vertices == [0, 1, 2, 5])
        #expect(try g.shortestPath(from: 5, to: 0) == nil)
        // 3 -> 4 -> 5 only; 1 -> 4 points into 4, so 3 cannot reach 1.
        #expect(try g.shortestPath(from: 3, to: 5)?.vertices == [3, 4, 5])
        #expect(try g.shortestPath(from: 3, to: 1) == nil)
        #expect(try g.allShortestPaths(from: 0, to: 5).paths.map(\.vertices) == [[0, 1, 2, 5], [0, 1, 4, 5], [0, 3, 4, 5]])
    }

    @Test func allShortestPathsInOrderWithATruncationFlag() throws {
        let all = try Self.ladder.allShortestPaths(from: 0, to: 5)
        #expect(all.paths.map(\.vertices) == [[0, 1, 2, 5], [0, 1, 4, 5], [0, 3, 4, 5]])
        #expect(!all.isTruncated)
        let two = try Self.ladder.allShortestPaths(from: 0, to: 5, limit: 2)
        #expect(two.paths.count == 2 && two.isTruncated)
    }

    @Test func parallelEdgesPickTheSmallestIndexOrTheLightest() throws {
        // e0: 0-1 (w 1), e1: 1-2 (w 5), e2: 1-2 again (w 2), e3: 0-2 (w 10)
        let g = try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2), (1, 2), (0, 2)], weights: [1, 5, 2, 10], directed: false)
        #expect(try g.shortestPath(from: 0, to: 2)?.edges == [3])
        // Weighted: 0-1-2 over e2 weighs 3, beating e3 (10) and e1 (1 + 5).
        let w = try g.minimumWeightPath(from: 0, to: 2)
        #expect(w?.vertices == [0, 1, 2] && w?.edges == [0, 2] && w?.weight == 3)
        // Without e2 the route through 1 costs 6, still lighter than 10.
        #expect(try g.minimumWeightPath(from: 0, to: 2, mask: mask(edges: [2], in: g))?.edges == [0, 1])
        // Hop search through 1 (forcing it by cutting e3) takes the smaller index e1 of the parallel pair.
        #expect(try g.shortestPath(from: 0, to: 2, mask: mask(edges: [3], in: g))?.edges == [0, 1])
        // Yen lists vertex sequences once, whatever the parallel edges: 0-2, then 0-1-2.
        #expect(try g.kShortestPaths(from: 0, to: 2, k: 5).map(\.vertices) == [[0, 2], [0, 1, 2]])
        #expect(try g.kShortestPaths(from: 0, to: 2, k: 5, cost: .weight).map(\.weight) == [3, 10])
    }

    @Test func zeroWeightsAreRefused() throws {
        // Zero weights break Dijkstra's requirement: the search refuses them before it starts.
        let g = try CSRGraph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 1), (2, 3)], weights: [0, 0, 0, 1], directed: true)
        #expect(throws: GraphArgumentError.unusableWeight(edge: 0, weight: 0, need: "positive and finite")) {
            try g.allMinimumWeightPaths(from: 0, to: 3)
        }
    }

    @Test func weightedTiesGoToTheSmallestVertexSequence() throws {
        // Two routes of weight 0.3: via 1, 0.1 + 0.2 (0.30000000000000004 in floating point); via 2,
        // 0.15 + 0.15 (0.3 exactly). They tie within the tolerance, so the smaller sequence wins.
        let g = try CSRGraph(vertexCount: 4, edges: [(0, 1), (1, 3), (0, 2), (2, 3)], weights: [0.1, 0.2, 0.15, 0.15], directed: false)
        #expect(0.1 + 0.2 != 0.15 + 0.15)
        #expect(try g.minimumWeightPath(from: 0, to: 3)?.vertices == [0, 1, 3])
        #expect(try g.allMinimumWeightPaths(from: 0, to: 3).paths.map(\.vertices) == [[0, 1, 3], [0, 2, 3]])
    }

    @Test func yenOnTheLadder() throws {
        let paths = try Self.ladder.kShortestPaths(from: 0, to: 5, k: 10)
        #expect(paths.map(\.vertices) == [[0, 1, 2, 5], [0, 1, 4, 5], [0, 3, 4, 5], [0, 3, 4, 1, 2, 5]])
        #expect(try Self.ladder.kShortestPaths(from: 0, to: 5, k: 2).count == 2)
        #expect(try Self.ladder.kShortestPaths(from: 0, to: 5, k: 3, mask: mask(forbiddingVertices: [2])).map(\.vertices)
            == [[0, 1, 4, 5], [0, 3, 4, 5]])
    }

    @Test func simplePathsUpToAHopLimit() throws {
        let g = Self.ladder
        #expect(try g.simplePaths(from: 0, to: 5, maxHops: 2).paths.isEmpty)
        #expect(try g.simplePaths(from: 0, to: 5, maxHops: 4).paths.count == 3)
        let all = try g.simplePaths(from: 0, to: 5, maxHops: 5)
        #expect(all.paths.map(\.vertices) == [[0, 1, 2, 5], [0, 1, 4, 5], [0, 3, 4, 5], [0, 3, 4, 1, 2, 5]])
        #expect(!all.isTruncated)
        let cut = try g.simplePaths(from: 0, to: 5, maxHops: 5, limit: 3)
        #expect(cut.isTruncated && cut.paths.count == 3 && cut.paths.allSatisfy { $0.length == 3 })
        #expect(try g.simplePaths(from: 0, to: 5, maxHops: 5, mask: mask(forbiddingVertices: [3])).paths.count == 2)
    }

    @Test func neighbourhoodsByDepth() throws {
        let g = Self.ladder
        #expect(try g.hopDistances(from: 0, maxDepth: 1).map(\.vertex) == [0, 1, 3])
        #expect(try Set(g.hopDistances(from: 0, maxDepth: 2).map(\.vertex)) == [0, 1, 2, 3, 4])
        // A forbidden vertex is reached but not passed through: 2 lies behind 1.
        let blocked = try g.hopDistances(from: 0, maxDepth: 2, mask: mask(forbiddingVertices: [1]))
        #expect(Dictionary(uniqueKeysWithValues: blocked.map { ($0.vertex, $0.distance) }) == [0: 0, 1: 1, 3: 1, 4: 2])
        let directed = try CSRGraph(vertexCount: 6, edges: Self.ladderEdges, directed: true)
        #expect(try directed.hopDistances(from: 4, direction: .backward).map(\.vertex).sorted() == [0, 1, 3, 4])
    }

    //  A plain shortest path that is not chronological:
    //    0 -1930- 1 -1925- 2          (two hops, but the second link is older than the first)
    //    0 -1920- 3 -1922- 4 -1926- 2 (three hops in time order)
    static let timeline = try! CSRGraph(vertexCount: 5, edges: [(0, 1), (1, 2), (0, 3), (3, 4), (4, 2)], directed: false)

    @Test func chronologicalPathWaitsForTimeOrder() throws {
        let g = Self.timeline
        #expect(try g.shortestPath(from: 0, to: 2)?.vertices == [0, 1, 2])
        let starts: [Int?] = [1930, 1925, 1920, 1922, 1926]
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: starts)?.vertices == [0, 3, 4, 2])
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: starts)?.edges == [2, 3, 4])
        // Backwards in time the short route works: 2 -1925- 1 -1930- 0.
        #expect(try g.chronologicalPath(from: 2, to: 0, edgeStart: starts)?.vertices == [2, 1, 0])
        // Capped at two hops, no chronological route remains.
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: starts, maxHops: 2) == nil)
        // Equal years are in order (non-decreasing).
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: [1930, 1930, nil, nil, nil])?.vertices == [0, 1, 2])
        // An unknown start fits anywhere: with 1-2 undated, the two-hop route is allowed.
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: [1930, nil, 1920, 1922, 1926])?.vertices == [0, 1, 2])
        // Forbidding vertex 3 leaves no chronological route.
        #expect(try g.chronologicalPath(from: 0, to: 2, edgeStart: starts, mask: mask(forbiddingVertices: [3], in: g)) == nil)
    }

    @Test func chronologicalPathPrefersTheEarliestArrivalAmongFewestHops() throws {
        // Two two-hop routes 0-1-3 (1900, 1950) and 0-2-3 (1900, 1910): the second arrives first.
        let g = try CSRGraph(vertexCount: 4, edges: [(0, 1), (1, 3), (0, 2), (2, 3)], directed: false)
        #expect(try g.chronologicalPath(from: 0, to: 3, edgeStart: [1900, 1950, 1900, 1910])?.vertices == [0, 2, 3])
        // With equal arrival, the smaller predecessor wins.
        #expect(try g.chronologicalPath(from: 0, to: 3, edgeStart: [1900, 1910, 1900, 1910])?.vertices == [0, 1, 3])
    }

    @Test("a reused searcher answers like a fresh one, across the stamp wrap-around")
    func searcherReuse() throws {
        var rng = SplitMix64(seed: 42)
        var edges: [(Int, Int)] = []
        for _ in 0..<120 { edges.append((Int.random(in: 0..<60, using: &rng), Int.random(in: 0..<60, using: &rng))) }
        let g = try CSRGraph(vertexCount: 60, edges: edges, directed: false)
        let reused = PathSearcher(graph: g)
        reused.generation = UInt32.max - 3
        for _ in 0..<200 {
            let s = Int.random(in: 0..<60, using: &rng), t = Int.random(in: 0..<60, using: &rng)
            let fresh = PathSearcher(graph: g)
            #expect(try reused.shortestPath(from: s, to: t) == fresh.shortestPath(from: s, to: t))
            #expect(try reused.minimumWeightPath(from: s, to: t) == fresh.minimumWeightPath(from: s, to: t))
        }
    }
}

/// The bidirectional search against the one-sided enumeration, on seeded random graphs with
/// random masks: both must return the same lexicographically smallest shortest path.
struct BidirectionalAgreementTests {
    @Test("bidirectional BFS agrees with a one-sided BFS", arguments: [false, true])
    func agreesWithOneSidedSearch(directed: Bool) throws {
        var rng = SplitMix64(seed: directed ? 7 : 8)
        for _ in 0..<20 {
            let n = Int.random(in: 20..<120, using: &rng)
            let m = Int.random(in: n..<(4 * n), using: &rng)
            var edges: [(Int, Int)] = []
            for _ in 0..<m { edges.append((Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng))) }
            let g = try CSRGraph(vertexCount: n, edges: edges, directed: directed)
            var mask = TraversalMask.all
            for _ in 0..<(n / 10) { try mask.forbid(vertex: Int.random(in: 0..<n, using: &rng), vertexCount: n) }
            for _ in 0..<(m / 10) { try mask.forbid(edge: Int.random(in: 0..<m, using: &rng), edgeCount: m) }
            let searcher = PathSearcher(graph: g)
            for _ in 0..<30 {
                let s = Int.random(in: 0..<n, using: &rng), t = Int.random(in: 0..<n, using: &rng)
                for mk in [TraversalMask.all, mask] {
                    let fast = try searcher.shortestPath(from: s, to: t, mask: mk)
                    let reference = try searcher.allShortestPaths(from: s, to: t, mask: mk, limit: 1).paths.first
                    #expect(fast == reference, "n=\(n) \(s)->\(t)")
                    #expect(try searcher.hopDistance(from: s, to: t, mask: mk) == reference?.length)
                }
            }
        }
    }
}

struct BatchPathTests {
    @Test("batched queries on several threads answer like one searcher", arguments: [1, 2, 3])
    func batchMatchesSequential(threads: Int) throws {
        var rng = SplitMix64(seed: 99)
        let n = 300
        var edges: [(Int, Int)] = []
        // Vertices 280..<300 stay isolated, so some pairs have no path.
        for _ in 0..<700 { edges.append((Int.random(in: 0..<280, using: &rng), Int.random(in: 0..<280, using: &rng))) }
        let g = try CSRGraph(vertexCount: n, edges: edges, directed: false)
        let pairs = (0..<200).map { _ in (Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng)) }
        let searcher = PathSearcher(graph: g)
        let expected = try pairs.map { try searcher.shortestPath(from: $0.0, to: $0.1) }
        #expect(expected.contains { $0 == nil } && expected.contains { ($0?.length ?? 0) > 2 })
        #expect(try g.shortestPaths(between: pairs, threads: threads) == expected)
        #expect(try g.shortestPaths(between: [], threads: threads).isEmpty)
    }
}
