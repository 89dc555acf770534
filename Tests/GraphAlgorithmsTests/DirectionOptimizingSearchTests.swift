@testable import GraphAlgorithms
import Testing

/// The direction-optimizing search must report exactly what a plain breadth-first search does.
@Suite("Direction-optimizing BFS")
struct DirectionOptimizingSearchTests {
    @Test(arguments: [(false, 2000), (true, 2000), (false, 300), (true, 900)])
    func matchesPlainSearch(directed: Bool, edgeCount: Int) {
        // 300 edges on 400 vertices leave many components; 2000 make a dense small world.
        let g = DeterminismTests.randomGraph(n: 400, m: edgeCount, seed: 21, directed: directed, weighted: false)
        let hybrid = g.incomingDistanceSums(of: nil, weighted: false, concurrent: false, progress: nil)
        let plain = g.incomingDistanceSums(
            of: nil, weighted: false, concurrent: false, progress: nil, directionOptimizing: false)
        #expect(hybrid.map(\.reached) == plain.map(\.reached))
        #expect(hybrid.map(\.total) == plain.map(\.total))
        for (a, b) in zip(hybrid, plain) { #expect(abs(a.reciprocal - b.reciprocal) <= 1e-12 * max(1, b.reciprocal)) }
    }
}
