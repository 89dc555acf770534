@testable import GraphAlgorithms
import Testing

/// The bit-parallel (64 sources per word) and direction-optimizing searches must report exactly
/// what one plain breadth-first search per source does: the same bits, not merely close values.
@Suite("Unweighted distance-sum searches agree bit for bit")
struct UnweightedSearchAgreementTests {
    // 300 edges on 400 vertices leave many components; 2000 make a dense small world; 130
    // vertices give a last batch of 2 sources; 64 exactly one full batch.
    @Test(arguments: [
        (false, 400, 2000), (true, 400, 2000), (false, 400, 300), (true, 400, 900),
        (false, 130, 260), (true, 130, 150), (false, 64, 200), (true, 1000, 1500),
    ])
    func everySearchAgrees(directed: Bool, vertexCount: Int, edgeCount: Int) throws {
        let g = try DeterminismTests.randomGraph(n: vertexCount, m: edgeCount, seed: 21, directed: directed, weighted: false)
        let plain = try g.incomingDistanceSums(of: nil, weighted: false, concurrent: false, progress: nil, search: .plain)
        for search in [UnweightedSearch.bitParallel, .directionOptimizing] {
            for concurrent in [false, true] {
                let sums = try g.incomingDistanceSums(
                    of: nil, weighted: false, concurrent: concurrent, progress: nil, search: search)
                #expect(sums.map(\.reached) == plain.map(\.reached), "\(search)")
                #expect(sums.map(\.total) == plain.map(\.total), "\(search)")
                #expect(sums.map(\.reciprocal) == plain.map(\.reciprocal), "\(search)")
            }
        }
    }

    @Test func bitParallelOnAListedSubsetWithRepeats() throws {
        let g = try DeterminismTests.randomGraph(n: 300, m: 700, seed: 4, directed: true, weighted: false)
        // Repeats and an order that is not ascending: each listed vertex gets its own bit.
        let listed = (0..<150).map { ($0 * 37) % 300 } + [5, 5, 299]
        let fast = try g.incomingDistanceSums(of: listed, weighted: false, concurrent: true, progress: nil)
        let plain = try g.incomingDistanceSums(of: listed, weighted: false, concurrent: false, progress: nil, search: .plain)
        #expect(fast.map(\.reached) == plain.map(\.reached))
        #expect(fast.map(\.total) == plain.map(\.total))
        #expect(fast.map(\.reciprocal) == plain.map(\.reciprocal))
        let everyVertex = try g.closenessCentrality()
        #expect(try g.closenessCentrality(of: listed) == listed.map { everyVertex[$0] })
    }

    @Test func progressCountsEverySource() throws {
        let g = try DeterminismTests.randomGraph(n: 500, m: 1500, seed: 8, directed: false, weighted: false)
        let counter = ProgressCounter()
        _ = try g.harmonicCentrality(progress: { counter.add($0) })
        #expect(counter.total == 500)
    }

    @Test func isolatedVerticesAndEmptyGraph() throws {
        let g = try CSRGraph(vertexCount: 70, edges: [(0, 1), (1, 2)], directed: false)
        let c = try g.closenessCentrality()
        // Hand-checked: 1 reaches 0 and 2 at distance 1: (2/2)·(2/69); 0 and 2 reach two others
        // with distances 1 + 2: (2/3)·(2/69); isolated vertices score 0.
        #expect(c[1] == 1.0 * (2.0 / 69.0))
        #expect(c[0] == (2.0 / 3.0) * (2.0 / 69.0))
        #expect(c[3...].allSatisfy { $0 == 0 })
        #expect(try CSRGraph(vertexCount: 0, edges: [], directed: true).harmonicCentrality().isEmpty)
    }
}
