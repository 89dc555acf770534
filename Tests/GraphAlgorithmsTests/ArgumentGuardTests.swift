import GraphAlgorithms
import Testing

/// Every argument GraphAlgorithms' public API refuses gives its typed error instead of a trap.
/// The graphs are tiny and hand-made: a path 0 - 1 - 2 with one weight per edge.
@Suite("GraphAlgorithms refuses bad arguments with typed errors")
struct ArgumentGuardTests {
    static func path(weights: [Double]? = nil, directed: Bool = false) throws(GraphArgumentError) -> CSRGraph {
        try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2)], weights: weights, directed: directed)
    }

    @Test func constructionChecksEndpointsCountsAndFiniteWeights() {
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "endpoint of edge 1", vertex: 3, vertexCount: 3)) {
            try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 3)], directed: false)
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "endpoint of edge 0", vertex: -1, vertexCount: 3)) {
            try CSRGraph(vertexCount: 3, edges: [(-1, 1)], directed: true)
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "endpoint of edge 0", vertex: 0, vertexCount: 0)) {
            try CSRGraph(vertexCount: 0, sources: [0], targets: [0], directed: true)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "targets", expected: 2, actual: 1)) {
            try CSRGraph(vertexCount: 3, sources: [0, 1], targets: [1], directed: true)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "weights", expected: 2, actual: 1)) {
            try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2)], weights: [1], directed: false)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "vertexCount", reason: "-1 is negative")) {
            try CSRGraph(vertexCount: -1, edges: [], directed: false)
        }
        #expect(throws: GraphArgumentError.unusableWeight(edge: 1, weight: .infinity, need: "finite")) {
            try Self.path(weights: [1, .infinity])
        }
        // NaN is not equal to itself, so match the case instead of comparing errors.
        do {
            _ = try Self.path(weights: [.nan, 1])
            Issue.record("a NaN weight was accepted")
        } catch {
            guard case .unusableWeight(let edge, let weight, "finite") = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(edge == 0 && weight.isNaN)
        }
    }

    @Test func constructionRecordsWhetherWeightsCanBeLengths() throws {
        #expect(try Self.path(weights: [1, 2]).weightsArePositive)
        #expect(try !Self.path(weights: [1, 0]).weightsArePositive)
        #expect(try !Self.path(weights: [-1, 2]).weightsArePositive)
        #expect(try Self.path().weightsArePositive)
    }

    @Test(arguments: [0.0, -1.0])
    func weightedCentralityNeedsPositiveWeights(weight: Double) throws {
        let g = try Self.path(weights: [1, weight])
        let refusal = CentralityError.invalidParameter(
            name: "weights", reason: "edge 1 has weight \(weight); weights must be positive and finite")
        #expect(throws: refusal) { try g.betweennessCentrality(weighted: true) }
        #expect(throws: refusal) { try g.edgeBetweennessCentrality(weighted: true) }
        #expect(throws: refusal) { try g.closenessCentrality(weighted: true) }
        #expect(throws: refusal) { try g.harmonicCentrality(weighted: true) }
        // The same graph counted by hops is fine: the middle vertex lies on the one path 0 - 2.
        #expect(try g.betweennessCentrality(normalized: false) == [0, 1, 0])
        #expect(try g.closenessCentrality() == [2.0 / 3, 1, 2.0 / 3])
    }

    @Test func sourceSelectionsAreChecked() throws {
        let g = try Self.path()
        #expect(throws: CentralityError.invalidParameter(name: "sample", reason: "-1 sources; the count must not be negative")) {
            try g.betweennessCentrality(sources: .sample(count: -1, seed: 7))
        }
        #expect(throws: CentralityError.invalidParameter(name: "sample", reason: "\(Int.min) sources; the count must not be negative")) {
            try g.edgeBetweennessCentrality(sources: .sample(count: .min, seed: 7))
        }
        #expect(throws: CentralityError.invalidParameter(name: "sources", reason: "vertex 3 is not in 0..<3")) {
            try g.betweennessCentrality(sources: .vertices([0, 3]))
        }
        #expect(throws: CentralityError.invalidParameter(name: "sources", reason: "vertex -1 is not in 0..<3")) {
            try g.edgeBetweennessCentrality(sources: .vertices([-1]))
        }
        #expect(throws: CentralityError.invalidParameter(name: "vertices", reason: "vertex 5 is not in 0..<3")) {
            try g.closenessCentrality(of: [5])
        }
        #expect(throws: CentralityError.invalidParameter(name: "vertices", reason: "vertex -2 is not in 0..<3")) {
            try g.harmonicCentrality(of: [1, -2])
        }
        // From the sources 0 and 2 (the repeat ignored), vertex 1 lies on both ordered paths
        // between them: 2, halved (undirected) and scaled by (n - 1)/k = 1, as NetworkX 3.5 does.
        #expect(try g.betweennessCentrality(normalized: false, sources: .vertices([2, 0, 2])) == [0, 1, 0])
    }

    @Test func pathQueriesCheckTheirEnds() throws {
        let g = try Self.path()
        let s = PathSearcher(graph: g)
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "source", vertex: 3, vertexCount: 3)) {
            try g.shortestPath(from: 3, to: 0)
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "target", vertex: -1, vertexCount: 3)) {
            try s.hopDistance(from: 0, to: -1)
        }
        let badTarget = GraphArgumentError.vertexOutOfRange(name: "target", vertex: 9, vertexCount: 3)
        #expect(throws: badTarget) { try g.allShortestPaths(from: 0, to: 9) }
        #expect(throws: badTarget) { try g.minimumWeightPath(from: 0, to: 9) }
        #expect(throws: badTarget) { try g.allMinimumWeightPaths(from: 0, to: 9) }
        #expect(throws: badTarget) { try g.kShortestPaths(from: 0, to: 9, k: 2) }
        #expect(throws: badTarget) { try g.simplePaths(from: 0, to: 9, maxHops: 3) }
        #expect(throws: badTarget) { try g.chronologicalPath(from: 0, to: 9, edgeStart: [1, 2]) }
        #expect(throws: badTarget) { try s.leastCostShortestPath(from: 0, to: 9, vertexCost: [0, 0, 0]) }
        #expect(throws: badTarget) { try s.bestEdge(from: 0, to: 9) }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "target", vertex: 3, vertexCount: 3)) {
            try g.minimumVertexCut(from: 0, to: 3)
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "target", vertex: 4, vertexCount: 3)) {
            try g.shortestPaths(between: [(0, 2), (1, 4)])
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "root", vertex: 3, vertexCount: 3)) {
            try g.hopDistances(from: 3)
        }
        #expect(throws: GraphArgumentError.vertexOutOfRange(name: "stopAt", vertex: -5, vertexCount: 3)) {
            try s.hopDistances(from: 0, stopAt: -5)
        }
        // Good arguments still answer: 0 - 1 - 2 is the only path, edge 0 then edge 1.
        #expect(try g.shortestPath(from: 0, to: 2)?.edges == [0, 1])
        #expect(try s.bestEdge(from: 1, to: 2) == 1)
    }

    @Test func pathQueriesCheckCountsAndBounds() throws {
        let g = try Self.path()
        let shortMask = TraversalMask(allowedEdges: [true])
        #expect(throws: GraphArgumentError.countMismatch(name: "mask.allowedEdges", expected: 2, actual: 1)) {
            try g.shortestPath(from: 0, to: 2, mask: shortMask)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "mask.allowedIntermediates", expected: 3, actual: 4)) {
            try g.simplePaths(from: 0, to: 2, maxHops: 2, mask: TraversalMask(allowedIntermediates: [true, true, true, true]))
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "limit", reason: "-1 is negative")) {
            try g.allShortestPaths(from: 0, to: 2, limit: -1)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "limit", reason: "-3 is negative")) {
            try g.allMinimumWeightPaths(from: 0, to: 2, limit: -3)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "maxHops", reason: "-1 is negative")) {
            try g.simplePaths(from: 0, to: 2, maxHops: -1)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "maxHops", reason: "-2 is negative")) {
            try g.chronologicalPath(from: 0, to: 2, edgeStart: [1, 2], maxHops: -2)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "maxDepth", reason: "-1 is negative")) {
            try g.hopDistances(from: 0, maxDepth: -1)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "k", reason: "-1 paths; the count must not be negative")) {
            try g.kShortestPaths(from: 0, to: 2, k: -1)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "edgeStart", expected: 2, actual: 3)) {
            try g.chronologicalPath(from: 0, to: 2, edgeStart: [1, 2, 3])
        }
        let s = PathSearcher(graph: g)
        #expect(throws: GraphArgumentError.countMismatch(name: "vertexCost", expected: 3, actual: 2)) {
            try s.leastCostShortestPath(from: 0, to: 2, vertexCost: [0, 0])
        }
        #expect(throws: GraphArgumentError.invalidParameter(
            name: "vertexCost", reason: "vertex 1 costs -1.0; costs must be non-negative and finite")) {
            try s.leastCostShortestPath(from: 0, to: 2, vertexCost: [0, -1, 0])
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "t", reason: "the two ends are the same vertex 1")) {
            try g.minimumVertexCut(from: 1, to: 1)
        }
        #expect(try g.kShortestPaths(from: 0, to: 2, k: 0).isEmpty)
    }

    @Test(arguments: [0.0, -1.0])
    func minimumWeightSearchesNeedPositiveWeights(weight: Double) throws {
        let g = try Self.path(weights: [1, weight])
        let refusal = GraphArgumentError.unusableWeight(edge: 1, weight: weight, need: "positive and finite")
        #expect(throws: refusal) { try g.minimumWeightPath(from: 0, to: 2) }
        #expect(throws: refusal) { try g.allMinimumWeightPaths(from: 0, to: 2) }
        #expect(throws: refusal) { try g.kShortestPaths(from: 0, to: 2, k: 1, cost: .weight) }
        // Hop searches do not read weights.
        #expect(try g.kShortestPaths(from: 0, to: 2, k: 1).map(\.vertices) == [[0, 1, 2]])
        #expect(try g.shortestPath(from: 0, to: 2)?.vertices == [0, 1, 2])
    }

    @Test func pathsAndMasksCheckTheirShapes() {
        #expect(throws: GraphArgumentError.countMismatch(name: "edges", expected: 1, actual: 2)) {
            try GraphPath(vertices: [0, 1], edges: [0, 1], weight: 2)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "vertices", expected: 1, actual: 0)) {
            try GraphPath(vertices: [], edges: [], weight: 0)
        }
        #expect(throws: GraphArgumentError.countMismatch(name: "allowedEdges", expected: 2, actual: 3)) {
            try TraversalMask(allowedEdges: [true, true]).intersection(TraversalMask(allowedEdges: [true, false, true]))
        }
        var mask = TraversalMask.all
        #expect(throws: GraphArgumentError.invalidParameter(name: "edge", reason: "2 is not in 0..<2")) {
            try mask.forbid(edge: 2, edgeCount: 2)
        }
        #expect(throws: GraphArgumentError.invalidParameter(name: "vertex", reason: "-1 is not in 0..<3")) {
            try mask.forbid(vertex: -1, vertexCount: 3)
        }
        #expect(mask == .all)
        #expect(throws: GraphArgumentError.countMismatch(name: "allowedIntermediates", expected: 4, actual: 3)) {
            var m = TraversalMask(allowedIntermediates: [true, true, true])
            try m.forbid(vertex: 0, vertexCount: 4)
        }
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(GraphArgumentError.vertexOutOfRange(name: "source", vertex: 3, vertexCount: 3).description
            == "invalid source: vertex 3 is not in 0..<3")
        #expect(GraphArgumentError.unusableWeight(edge: 1, weight: 0, need: "positive and finite").description
            == "invalid weights: edge 1 has weight 0.0; weights must be positive and finite")
    }
}
