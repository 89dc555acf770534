import Foundation
import Testing
@testable import RelationGraph

/// `separate` and `project` against NetworkX (`minimum_node_cut` sizes and
/// `bipartite.weighted_projected_graph`) on the seeded random graphs of
/// `Fixtures/questions/make_questions_fixtures.py`.
@Suite("Questions against NetworkX")
struct NetworkXQuestionsTests {
    struct Reference: Decodable {
        struct SeparationCase: Decodable {
            struct Pair: Decodable { let s: Int, t: Int, cut: Int }
            let seed: Int, n: Int
            let edges: [[Int]]
            let pairs: [Pair]
        }
        struct ProjectionCase: Decodable {
            let seed: Int, members: Int, shared: Int
            let edges: [[Int]]
            let projected: [[Int]]
        }
        let separation: [SeparationCase]
        let projection: [ProjectionCase]
    }

    let reference: Reference

    init() throws {
        let url = FixturePaths.root.appendingPathComponent("questions/questions_reference.json")
        reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    @Test func separationSizesMatchMinimumNodeCut() throws {
        var pairs = 0
        for c in reference.separation {
            let entities = (0..<c.n).map { Entity(id: "n\($0)", kind: .person, name: "N\($0)") }
            let relations = c.edges.map { Relation(subject: "n\($0[0])", predicate: "related-to", object: "n\($0[1])") }
            let graph = try Graph(entities: entities, relations: relations)
            for p in c.pairs {
                let s = try Separation(graph: graph, a: graph.handles[p.s], b: graph.handles[p.t])
                #expect(s.cut.count == p.cut, "seed \(c.seed): \(p.s)-\(p.t)")
                // The cut really separates: nothing joins them once it is avoided.
                var filters = RelationFilter()
                filters.avoid = Set(s.cutEntities)
                let left = try PathFinder(graph: graph).paths(for: PathQuery(source: graph.handles[p.s], target: graph.handles[p.t], filters: filters))
                #expect(left.paths.isEmpty, "seed \(c.seed): \(p.s)-\(p.t) still connected without the cut")
                pairs += 1
            }
        }
        #expect(pairs > 100)
    }

    @Test func projectionMatchesWeightedProjectedGraph() throws {
        for c in reference.projection {
            let members = (0..<c.members).map { Entity(id: "m\($0)", kind: .person, name: "M\($0)") }
            let shared = (0..<c.shared).map { Entity(id: "o\($0)", kind: .organization, name: "O\($0)") }
            // NetworkX numbers the shared side after the members.
            let relations = c.edges.map { Relation(subject: "m\($0[0])", predicate: "member-of", object: "o\($0[1] - c.members)") }
            let graph = try Graph(entities: members + shared, relations: relations)
            let network = CoAffiliation(graph: graph, kinds: [.person], via: [.organization])
            let ours = network.ties.map { [$0.indices[0], $0.indices[1], $0.weight] }.sorted { $0.lexicographicallyPrecedes($1) }
            #expect(ours == c.projected, "seed \(c.seed)")
            #expect(network.members == c.members)
        }
    }
}
