import Foundation
import Testing
@testable import GraphAlgorithms
@testable import RelationGraph

/// `match` patterns: parsing with columns, hand-enumerated bindings on the questions graph, and
/// seeded random graphs and patterns against a brute-force enumeration of relation tuples.
@Suite("Chain patterns")
struct ChainMatchTests {
    let graph: Graph

    init() throws {
        graph = try GraphFolder.load(from: FixturePaths.questionsSmall)
    }

    func bindings(_ text: String, _ options: ChainMatches.Options = .init()) throws -> [[String]] {
        let pattern = try ChainPattern(parsing: text, in: graph)
        return ChainMatches(graph: graph, pattern: pattern, text: text, options: options).bindings.map { $0.entities.map(\.id) }
    }

    @Test func signersOfAgreementsAndTheirParties() throws {
        // Hand-enumerated: ann and bob signed the pact (parties state-a, state-b); cat the treaty (state-a).
        #expect(try bindings("person -signed-> agreement <-party-to- organization") == [
            ["ann", "pact", "state-a"], ["ann", "pact", "state-b"], ["bob", "pact", "state-a"],
            ["bob", "pact", "state-b"], ["cat", "treaty", "state-a"],
        ])
        let pattern = try ChainPattern(parsing: "person -signed-> agreement <-party-to- organization", in: graph)
        let first = ChainMatches(graph: graph, pattern: pattern, text: "", options: .init()).bindings[0]
        #expect(first.hops.map(\.relationIndex) == [0, 2])
        #expect(first.hops[1].reversed && first.hops[1].start?.description == "1939-08-23")
    }

    @Test func entitiesInBracketsAndAnyTerms() throws {
        #expect(try bindings("[ann] -*- * -*- [bob]") == [["ann", "party", "bob"], ["ann", "pact", "bob"]])
        #expect(try bindings("[Bob Brandt] -led,member-of-> organization") == [["bob", "party"], ["bob", "state-b"]])
        // Backwards: who is party to the pact.
        #expect(try bindings("[pact] <-party-to- *") == [["pact", "state-a"], ["pact", "state-b"]])
    }

    @Test func parallelRelationsDistinctAndChronological() throws {
        // Two meetings, each way along the chain: four bindings of two entities.
        #expect(try bindings("person -met- person").count == 4)
        #expect(try bindings("person -met- person -met- person").isEmpty)
        var repeated = ChainMatches.Options()
        repeated.distinct = false
        #expect(try bindings("person -met- person -met- person", repeated).count == 8)
        // In time order: (1931, 1931), (1931, 1939), (1939, 1939) per start.
        repeated.chronological = true
        #expect(try bindings("person -met- person -met- person", repeated).count == 6)
    }

    @Test func timeFiltersApplyToEveryHop() throws {
        let options = ChainMatches.Options(filter: RelationFilter(window: try TimeSpan(parsing: "1936..1937")))
        // Only bob's (1930..1940) and dan's (1936..1938) memberships reach into 1936-37.
        #expect(try bindings("person -member-of-> organization <-member-of- person", options) == [["bob", "party", "dan"], ["dan", "party", "bob"]])
    }

    @Test func limitAndCountBound() throws {
        let pattern = try ChainPattern(parsing: "* -*- *", in: graph)
        let all = ChainMatches(graph: graph, pattern: pattern, text: "* -*- *", options: .init())
        #expect(all.count == 30 && all.countIsExact && !all.truncated)
        let cut = ChainMatches(graph: graph, pattern: pattern, text: "", options: .init(limit: 3, countBound: 10))
        #expect(cut.bindings.count == 3 && cut.count == 10 && !cut.countIsExact && cut.truncated)
        #expect(cut.bindings.map(\.entities).map { $0.map(\.id) } == all.bindings.prefix(3).map { $0.entities.map(\.id) })
    }

    @Test func parseErrorsNameTheColumn() throws {
        func error(_ text: String) -> ChainPattern.ParseError? {
            do { _ = try ChainPattern(parsing: text, in: graph); return nil } catch { return error }
        }
        #expect(error("person signed agreement")?.column == 8)
        #expect(error("persn -signed-> agreement")?.column == 1)
        #expect(error("person -sined-> agreement")?.message.contains("did you mean 'signed'") == true)
        #expect(error("person -signed->")?.column == 17)
        #expect(error("person -signed-> -party-to- organization")?.column == 18)
        #expect(error("[nobody] -*- *")?.isLookup == true)
        #expect(error("[ann -*- *")?.column == 1)
        #expect(error("person <-signed-> agreement")?.column == 8)
        #expect(error("")?.column == 1)
        #expect(error("person -signed,,met-> *") != nil)
    }

    /// The documented order: first entity, then hop by hop the next entity and the relation reaching it.
    static func key(_ entities: [Int], _ relations: [Int]) -> [Int] {
        [entities[0]] + zip(entities.dropFirst(), relations).flatMap { [$0, $1] }
    }

    /// Every tuple of relations, checked against the pattern term by term.
    static func bruteForce(_ pattern: ChainPattern, in graph: Graph, options: ChainMatches.Options) -> [[Int]] {
        let k = pattern.edges.count
        var results: [[Int]] = []
        func fits(_ term: ChainPattern.NodeTerm, _ i: Int) -> Bool {
            switch term {
            case .any: true
            case .kinds(let kinds): kinds.contains(graph.entities[i].kind)
            case .entity(let e): e == graph.handles[i]
            }
        }
        func walk(_ chain: [Int], _ relations: [Int]) {
            if relations.count == k {
                if options.distinct && Set(chain).count != chain.count { return }
                if options.chronological {
                    let starts = relations.compactMap { r -> Int? in
                        let day = graph.time(of: r).possibleStart
                        return day == Int.min ? nil : day
                    }
                    if starts != starts.sorted() { return }
                }
                results.append(Self.key(chain, relations))
                return
            }
            let edge = pattern.edges[relations.count]
            for r in graph.relations.indices where options.filter.admits(relation: r, in: graph) {
                if let p = edge.predicates, !p.contains(graph.relations[r].predicate) { continue }
                let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
                let here = chain[chain.count - 1]
                var nexts: [Int] = []
                if (edge.direction == .forward || edge.direction == .either) && s == here { nexts.append(o) }
                if (edge.direction == .backward || edge.direction == .either) && o == here && !nexts.contains(s) { nexts.append(s) }
                for next in nexts where fits(pattern.nodes[relations.count + 1], next) { walk(chain + [next], relations + [r]) }
            }
        }
        for start in graph.entities.indices where fits(pattern.nodes[0], start) { walk([start], []) }
        return results.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test func randomGraphsAgreeWithBruteForce() throws {
        var rng = SplitMix64(seed: 15)
        let kinds: [EntityKind] = [.person, .organization, .agreement]
        let predicates = ["met", "signed", "member-of", "related-to"]
        var checked = 0
        for _ in 0..<60 {
            let n = Int.random(in: 4...9, using: &rng)
            let entities = (0..<n).map { Entity(id: "e\($0)", kind: kinds.randomElement(using: &rng)!, name: "E\($0)") }
            let relations = (0..<Int.random(in: 3...16, using: &rng)).map { _ in
                let year = Int.random(in: 1920...1930, using: &rng)
                let dated = Bool.random(using: &rng)
                return Relation(
                    subject: "e\(Int.random(in: 0..<n, using: &rng))", predicate: predicates.randomElement(using: &rng)!,
                    object: "e\(Int.random(in: 0..<n, using: &rng))",
                    span: dated ? TimeSpan(start: try? PartialDate(year: year)) : .unknown)
            }
            let g = try Graph(entities: entities, relations: relations)
            for _ in 0..<5 {
                let length = Int.random(in: 1...3, using: &rng)
                var nodes: [ChainPattern.NodeTerm] = []
                var edges: [ChainPattern.EdgeTerm] = []
                for i in 0...length {
                    switch Int.random(in: 0..<4, using: &rng) {
                    case 0: nodes.append(.entity(graph.handles[Int.random(in: 0..<n, using: &rng)]))
                    case 1: nodes.append(.kinds([kinds.randomElement(using: &rng)!]))
                    default: nodes.append(.any)
                    }
                    if i < length {
                        let p: Set<String>? = Bool.random(using: &rng) ? nil : [predicates.randomElement(using: &rng)!]
                        let d: [ChainPattern.Direction] = [.forward, .backward, .either]
                        edges.append(.init(predicates: p, direction: d.randomElement(using: &rng)!))
                    }
                }
                let pattern = ChainPattern(nodes: nodes, edges: edges)
                let options = ChainMatches.Options(distinct: Bool.random(using: &rng), chronological: Bool.random(using: &rng),
                                                   limit: 100_000, countBound: 100_000)
                var found: [[Int]] = []
                ChainMatches.search(pattern, in: g, options: options) { e, r in
                    found.append(Self.key(e, r))
                    return true
                }
                let expected = Self.bruteForce(pattern, in: g, options: options)
                #expect(found == expected, "pattern \(nodes) \(edges) on \(relations.count) relations")
                checked += expected.count
            }
        }
        #expect(checked > 200)
    }
}
