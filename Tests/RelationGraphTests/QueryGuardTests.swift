import Foundation
import GraphAlgorithms
import Testing
import RelationGraph

/// What a library caller can hand the queries that no file reader produces: weights of 0, NaN
/// or below, sample sizes below one, bounds outside (0, 1), one entity for both ends, an avoided
/// centre, an index from another graph. Each is a typed error, never a trap.
@Suite("Queries refuse bad arguments with typed errors")
struct QueryGuardTests {
    /// a - b - c, with the relation a–b weighing `weight`.
    func chain(weight: Double) throws -> Graph {
        try Graph(
            entities: ["a", "b", "c"].map { Entity(id: $0, kind: .person, name: $0.uppercased()) },
            relations: [Relation(subject: "a", predicate: "met", object: "b", weight: weight),
                        Relation(subject: "b", predicate: "met", object: "c")])
    }

    func isInvalidParameter(_ error: CentralityError, named name: String) -> Bool {
        if case .invalidParameter(name, _) = error { return true }
        return false
    }

    @Test("weighted centralities refuse a weight that is not positive and finite; unweighted ones run",
          arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func weightedCentralityRefusesUnusableWeights(_ weight: Double) throws {
        let graph = try chain(weight: weight)
        for measure in [CentralityMeasure.betweenness, .closeness, .harmonic, .pagerank] {
            var options = CentralityOptions(measure: measure)
            options.weighted = true
            let error = #expect(throws: CentralityError.self) { try graph.centrality(options) }
            #expect(error.map { isInvalidParameter($0, named: "weight") } == true, "\(measure)")
            #expect(error?.description.contains("relation 1 (a met b)") == true)
            #expect(throws: CentralityError.self) { try graph.pairBetweenness(options) }
        }
        // Unweighted, the middle vertex of the path a - b - c lies on the one a–c shortest path.
        #expect(try graph.centrality(CentralityOptions(measure: .betweenness)).values == [0, 1, 0])
        // The integer layer checks its edge weights too: one that is not finite cannot be built
        // into a graph, and one that is not positive is refused by weighted measures.
        var options = CentralityOptions(measure: .betweenness)
        options.weighted = true
        guard weight.isFinite else {
            #expect(throws: GraphArgumentError.self) {
                try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2)], weights: [weight, 1], directed: false)
            }
            return
        }
        let csr = try CSRGraph(vertexCount: 3, edges: [(0, 1), (1, 2)], weights: [weight, 1], directed: false)
        #expect(throws: CentralityError.self) { try csr.centrality(options) }
    }

    @Test("a sample of fewer than one source is an error, also for pairs", arguments: [0, -1, Int.min])
    func sampleSizeBelowOne(_ k: Int) throws {
        let graph = try chain(weight: 1)
        var options = CentralityOptions(measure: .betweenness)
        options.sampleSources = k
        let error = #expect(throws: CentralityError.self) { try graph.centrality(options) }
        #expect(error.map { isInvalidParameter($0, named: "sample size") } == true)
        #expect(throws: CentralityError.self) { try graph.pairBetweenness(options) }
        options.sampleSources = 3
        #expect(try graph.centrality(options).values == [0, 1, 0])
    }

    @Test("KADABRA bounds outside (0, 1) are errors", arguments: [(0.0, 0.1), (-0.5, 0.1), (1.0, 0.1), (0.1, 0.0), (0.1, 2.0), (.nan, 0.1)])
    func approximationBoundsOutOfRange(_ bounds: (Double, Double)) throws {
        let graph = try chain(weight: 1)
        var options = CentralityOptions(measure: .betweenness)
        options.epsilon = bounds.0
        options.delta = bounds.1
        #expect(throws: CentralityError.self) { try graph.centrality(options) }
        #expect(throws: CentralityError.self) { try graph.approximateBetweenness(options) }
    }

    @Test("pair questions need two different entities of the graph")
    func pairQuestionsNeedTwoEntities() throws {
        let graph = try chain(weight: 1)
        let (a, b, c) = (graph.handles[0], graph.handles[1], graph.handles[2])
        let same = "the two ends are the same entity (b); give two different entities"
        #expect(throws: PathQueryError(same)) { try CommonNeighbors(graph: graph, a: b, b: b) }
        #expect(throws: PathQueryError(same)) { try CommonGround(graph: graph, a: b, b: b, depth: 2) }
        #expect(throws: PathQueryError(same)) { try PairGaps(graph: graph, a: b, b: b) }
        #expect(throws: PathQueryError(same)) { try Separation(graph: graph, a: b, b: b) }
        // A handle of a bigger graph: index 3 of a graph of 3.
        let bigger = try Graph(entities: (0..<4).map { Entity(id: "e\($0)", kind: .person, name: "E\($0)") }, relations: [])
        let outside = PathQueryError("entity 'e3' (index 3) is not an entity of this graph of 3 entities")
        #expect(throws: outside) { try CommonNeighbors(graph: graph, a: a, b: bigger.handles[3]) }
        #expect(throws: outside) { try Neighborhood(graph: graph, center: bigger.handles[3], depth: 1) }
        #expect(throws: outside) { try PairGaps(graph: graph, a: bigger.handles[3], b: a) }
        // Two different entities: a and c share b.
        #expect(try CommonNeighbors(graph: graph, a: a, b: c).common.map(\.id) == ["b"])
    }

    @Test("a neighbourhood cannot avoid its own centre")
    func neighbourhoodOfAnAvoidedCentre() throws {
        let graph = try chain(weight: 1)
        var filters = RelationFilter()
        filters.avoid = [graph.handles[1]]
        #expect(throws: PathQueryError("cannot avoid the centre entity itself")) {
            try Neighborhood(graph: graph, center: graph.handles[1], depth: 1, filters: filters)
        }
        // Avoiding b from a: b is listed (a path may end there) but not passed through to c.
        #expect(try Neighborhood(graph: graph, center: graph.handles[0], depth: 2, filters: filters).members.map(\.id) == ["b"])
    }
}
