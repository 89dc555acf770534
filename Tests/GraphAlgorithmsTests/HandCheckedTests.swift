@testable import GraphAlgorithms
import Testing

/// Small graphs whose answers are worked out by hand in the comments.
@Suite("Hand-checked graphs")
struct HandCheckedTests {
    /// 0 - 1 - 2 - 3 - 4, a path.
    let path = try! CSRGraph(vertexCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: false)

    @Test func pathBetweenness() throws {
        // Vertex 2 lies on the paths {0,3} {0,4} {1,3} {1,4}: 4 unordered pairs; vertex 1 on
        // {0,2} {0,3} {0,4}: 3. Normalized: x 2/((n-1)(n-2)) = 2/12.
        #expect(try path.betweennessCentrality(normalized: false) == [0, 3, 4, 3, 0])
        #expect(try path.betweennessCentrality() == [0, 0.5, 4.0 / 6, 0.5, 0])
        // Every edge {i, i+1} separates i+1 vertices from 4-i: (i+1)(4-i) unordered pairs.
        #expect(try path.edgeBetweennessCentrality(normalized: false) == [4, 6, 6, 4])
    }

    @Test func pathCloseness() throws {
        // Vertex 0: distances 1+2+3+4 = 10, closeness 4/10; vertex 2: 2+1+1+2 = 6, 4/6.
        let c = try path.closenessCentrality()
        #expect(abs(c[0] - 0.4) < 1e-15 && abs(c[2] - 4.0 / 6) < 1e-15)
        // Harmonic of vertex 0: 1 + 1/2 + 1/3 + 1/4.
        #expect(try abs(path.harmonicCentrality()[0] - 25.0 / 12) < 1e-15)
    }

    @Test func pathBrokersAndCores() throws {
        let cuts = path.cutStructure()
        #expect(cuts.articulationPoints == [1, 2, 3])
        #expect(cuts.bridges == [0, 1, 2, 3])
        #expect(path.coreNumbers() == [1, 1, 1, 1, 1])
    }

    @Test func parallelEdgesAreNotBridges() throws {
        // 0 = 1 - 2: the doubled edge 0-1 survives losing either copy; 1-2 is a bridge.
        let g = try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 0), (1, 2)], directed: false)
        #expect(g.cutStructure().bridges == [2])
        #expect(g.cutStructure().articulationPoints == [1])
    }

    @Test func selfLoopDegree() throws {
        // NetworkX counts an undirected self-loop twice.
        let g = try CSRGraph(vertexCount: 2, edges: [(0, 0), (0, 1)], directed: false)
        #expect(g.degrees() == [3, 1])
    }

    @Test func directedCycleWithTail() throws {
        // 0 -> 1 -> 2 -> 0 is strongly connected; 3 hangs off 2 and is its own component.
        let g = try CSRGraph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], directed: true)
        #expect(g.stronglyConnectedComponents().members == [[0, 1, 2], [3]])
        #expect(g.weaklyConnectedComponents().count == 1)
        // Core numbers use in + out degree: 0, 1 have 2; 2 has 3; 3 has 1.
        #expect(g.coreNumbers() == [2, 2, 2, 1])
    }

    @Test func weightedPathsPreferLightEdges() throws {
        // 0 -1- 1 -1- 2 and a heavy shortcut 0 -5- 2: weighted, every 0-2 path runs via 1.
        let g = try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2), (0, 2)], weights: [1, 1, 5], directed: false)
        #expect(try g.betweennessCentrality(normalized: false, weighted: true) == [0, 1, 0])
        #expect(try g.betweennessCentrality(normalized: false, weighted: false) == [0, 0, 0])
    }
}

@Suite("Parallel determinism and sampling")
struct DeterminismTests {
    /// A seeded random graph big enough to use every partition.
    static func randomGraph(n: Int, m: Int, seed: UInt64, directed: Bool, weighted: Bool) throws -> CSRGraph {
        var rng = SplitMix64(seed: seed)
        var edges: [(Int, Int)] = []
        var weights: [Double] = []
        for _ in 0..<m {
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            if a != b { edges.append((a, b)); weights.append(Double(1 + rng.next() % 4)) }
        }
        return try CSRGraph(vertexCount: n, edges: edges, weights: weighted ? weights : nil,
                        directed: directed, parallel: .mergeMinimumWeight)
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func concurrentEqualsSequentialBitForBit(directed: Bool, weighted: Bool) throws {
        let g = try Self.randomGraph(n: 400, m: 1600, seed: 11, directed: directed, weighted: weighted)
        #expect(try g.betweennessCentrality(weighted: weighted, concurrent: true)
            == g.betweennessCentrality(weighted: weighted, concurrent: false))
        #expect(try g.edgeBetweennessCentrality(weighted: weighted, concurrent: true)
            == g.edgeBetweennessCentrality(weighted: weighted, concurrent: false))
        #expect(try g.closenessCentrality(weighted: weighted, concurrent: true)
            == g.closenessCentrality(weighted: weighted, concurrent: false))
    }

    @Test func sampleIsReproducibleAndApproximates() throws {
        let g = try Self.randomGraph(n: 300, m: 1200, seed: 5, directed: false, weighted: false)
        let a = try g.betweennessCentrality(sources: .sample(count: 150, seed: 42))
        let b = try g.betweennessCentrality(sources: .sample(count: 150, seed: 42))
        #expect(a == b)
        #expect(try a != g.betweennessCentrality(sources: .sample(count: 150, seed: 43)))
        // Half the sources: the estimate's total stays within 10% of the exact total.
        let exact = try g.betweennessCentrality().reduce(0, +)
        #expect(abs(a.reduce(0, +) - exact) < 0.1 * exact)
        // Asking for every vertex is the exact computation.
        #expect(try g.betweennessCentrality(sources: .sample(count: 300, seed: 1)) == g.betweennessCentrality())
    }

    @Test func progressCountsEverySource() throws {
        let g = try Self.randomGraph(n: 500, m: 1500, seed: 3, directed: true, weighted: false)
        let counter = ProgressCounter()
        _ = try g.betweennessCentrality(progress: { counter.add($0) })
        #expect(counter.total == 500)
    }
}

@Suite("Errors and the heap")
struct ErrorAndHeapTests {
    @Test func eigenvectorReportsNonConvergence() throws {
        let g = try CSRGraph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)], directed: false)
        #expect(throws: CentralityError.didNotConverge(iterations: 2, tolerance: 1e-12)) {
            try g.eigenvectorCentrality(tolerance: 1e-12, maxIterations: 2)
        }
        #expect(throws: CentralityError.emptyGraph) {
            try CSRGraph(vertexCount: 0, edges: [], directed: false).eigenvectorCentrality()
        }
    }

    @Test func pageRankRejectsBadPersonalization() throws {
        let g = try CSRGraph(vertexCount: 2, edges: [(0, 1)], directed: true)
        #expect(throws: CentralityError.self) { try g.pageRank(personalization: [0, 0]) }
        #expect(throws: CentralityError.self) { try g.pageRank(personalization: [1]) }
        #expect(throws: CentralityError.self) { try g.pageRank(personalization: [1, -1]) }
    }

    @Test func heapPopsInPriorityOrderAfterDecreases() {
        var rng = SplitMix64(seed: 9)
        let n = 500
        var heap = IndexedMinHeap(capacity: n)
        var priority = [Double](repeating: 0, count: n)
        for v in 0..<n {
            priority[v] = Double(rng.next() % 10_000)
            heap.insert(v, priority: priority[v])
        }
        for v in stride(from: 0, to: n, by: 3) {
            priority[v] /= 2
            heap.decrease(v, to: priority[v])
        }
        var popped: [Double] = []
        while let (v, p) = heap.popMin() {
            #expect(p == priority[v])
            popped.append(p)
        }
        #expect(popped.count == n)
        #expect(popped == popped.sorted())
    }
}

@Suite("IndexedMinHeap against a reference")
struct IndexedMinHeapModelTests {
    @Test(arguments: [1, 2, 3])
    func randomOperationsMatchASortedModel(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = 300
        var heap = IndexedMinHeap(capacity: n)
        var model: [Int: Double] = [:]
        for _ in 0..<5000 {
            let v = Int(rng.next() % UInt64(n))
            let p = Double(rng.next() % 1000)
            switch rng.next() % 3 {
            case 0:
                if model[v] == nil { heap.insert(v, priority: p); model[v] = p }
            case 1:
                if let old = model[v] { heap.decrease(v, to: p); model[v] = min(old, p) }
            default:
                let popped = heap.popMin()
                let smallest = model.values.min()
                #expect(popped?.priority == smallest)
                if let popped { #expect(model.removeValue(forKey: popped.vertex) == popped.priority) }
            }
            #expect(heap.count == model.count)
        }
    }
}

@Suite("CSR rows")
struct CSRRowTests {
    /// A hub's row is longer than the short rows sorted by insertion: listed from the highest
    /// neighbour down, with parallel edges, it must still come out by neighbour, then edge.
    @Test(arguments: [false, true])
    func hubRowIsSortedByNeighbourThenEdge(directed: Bool) throws {
        let leaves = 40
        var edges: [(Int, Int)] = []
        for copy in 0..<3 { for leaf in stride(from: leaves, through: 1, by: -1) where leaf % (copy + 1) == 0 { edges.append((0, leaf)) } }
        let g = try CSRGraph(vertexCount: leaves + 1, edges: edges, directed: directed)
        let row = (g.outOffsets[0]..<g.outOffsets[1]).map { (Int(g.outTargets[$0]), Int(g.outEdge[$0])) }
        let want = edges.enumerated().map { ($1.1, $0) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        #expect(row.count == edges.count && row.count > 32)
        #expect(row.map(\.0) == want.map(\.0))
        #expect(row.map(\.1) == want.map(\.1))
        // Leaf 12 is listed by all three copies (12 is divisible by 1, 2 and 3), as edges 28, 54 and 69 (hand-counted: 40 edges of copy 0, 20 of copy 1).
        #expect(row.filter { $0.0 == 12 }.map(\.1) == [28, 54, 69])
    }

    @Test(arguments: [false, true])
    func rowsHoldEveryEdgeSortedByNeighbourThenEdge(directed: Bool) throws {
        var rng = SplitMix64(seed: 17)
        let n = 50
        // Parallel edges and self-loops included on purpose.
        let edges = (0..<600).map { _ in (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n))) }
        let g = try CSRGraph(vertexCount: n, edges: edges, directed: directed)
        var expected = [[(Int32, Int32)]](repeating: [], count: n)
        var expectedIn = [[(Int32, Int32)]](repeating: [], count: n)
        for (i, (a, b)) in edges.enumerated() {
            expected[a].append((Int32(b), Int32(i)))
            if directed { expectedIn[b].append((Int32(a), Int32(i))) } else if a != b { expected[b].append((Int32(a), Int32(i))) }
        }
        for v in 0..<n {
            let row = (g.outOffsets[v]..<g.outOffsets[v + 1]).map { (g.outTargets[$0], g.outEdge[$0]) }
            let want = expected[v].sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            #expect(row.map(\.0) == want.map(\.0) && row.map(\.1) == want.map(\.1))
            if directed {
                let inRow = (g.inOffsets[v]..<g.inOffsets[v + 1]).map { (g.inSources[$0], g.inEdge[$0]) }
                let wantIn = expectedIn[v].sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                #expect(inRow.map(\.0) == wantIn.map(\.0) && inRow.map(\.1) == wantIn.map(\.1))
            }
        }
    }
}
