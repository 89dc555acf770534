import Foundation
import Testing
@testable import RelationGraph

/// Path queries on `Fixtures/paths-pact`, a hand-made graph whose answers were worked out by hand
/// (and cross-checked with NetworkX on the same edges). Entity order, which breaks ties:
///   0 molotov, 1 ribbentrop, 2 pact, 3 stalin, 4 hitler, 5 soviet-union, 6 nazi-germany,
///   7 schulenburg, 8 poland, 9 treaty-of-rapallo (isolated)
@Suite("Path queries on a hand-made graph")
struct PathQueryTests {
    static let graph: Graph = try! GraphFolder.load(from: FixturePaths.pathsPact)

    let graph = Self.graph
    let finder = PathFinder(graph: Self.graph)

    func id(_ name: String) -> Int { try! graph.resolve(name) }

    func query(_ a: String, _ b: String, mode: PathQuery.Mode = .shortest, weighted: Bool = false,
               _ configure: (inout RelationFilter) -> Void = { _ in }) -> PathQuery {
        var filters = RelationFilter()
        configure(&filters)
        // The routes below were worked out by hand under the entity-order tie rule; the
        // hub-avoiding default has tests of its own.
        return PathQuery(source: id(a), target: id(b), mode: mode, weighted: weighted, filters: filters, tieBreak: .entityOrder)
    }

    /// The entity ids along each path found.
    func routes(_ q: PathQuery) throws -> [[String]] {
        try finder.paths(for: q).paths.map { p in p.entityIndices.map { graph.entities[$0].id } }
    }

    func route(_ q: PathQuery) throws -> [String]? { try routes(q).first }

    let molotov = "vyacheslav-molotov", ribbentrop = "joachim-von-ribbentrop", pact = "molotov-ribbentrop-pact"
    let stalin = "joseph-stalin", hitler = "adolf-hitler", ussr = "soviet-union", germany = "nazi-germany"
    let schulenburg = "friedrich-werner-von-der-schulenburg", poland = "poland"

    @Test func shortestPathTieGoesToEntityOrder() throws {
        // Two 2-hop routes: through the pact (entity 2) and through Stalin (entity 3).
        #expect(try route(query("molotov", "ribbentrop")) == [molotov, pact, ribbentrop])
        #expect(try routes(query("molotov", "ribbentrop", mode: .allShortest(limit: 10)))
            == [[molotov, pact, ribbentrop], [molotov, stalin, ribbentrop]])
        let result = try finder.paths(for: query("molotov", "ribbentrop", mode: .allShortest(limit: 1)))
        #expect(result.paths.count == 1 && result.truncated)
    }

    @Test func hopsReadInTheirOwnDirection() throws {
        let path = try #require(try finder.paths(for: query("molotov", "ribbentrop")).paths.first)
        #expect(path.length == 2 && path.weight == 10)
        #expect(path.hops.map(\.reversed) == [false, true])
        #expect(path.hops.map(\.predicate) == ["signed", "signed"])
        #expect(path.hops[0].sources.map(\.description) == ["treaty-text:L40", "notes:L10"])
        #expect(path.hops[1].start?.description == "1939-08-23")
        let text = PathExplanation.text(for: try finder.answer(query("molotov", "ribbentrop")), query: query("molotov", "ribbentrop"), graph: graph)
        #expect(text == """
            Vyacheslav Molotov to Joachim von Ribbentrop: 2 hops
              1. Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1][2]
              2. Molotov-Ribbentrop Pact was signed by Joachim von Ribbentrop (1939-08-23) [3]

            Sources:
              [1] Treaty of Non-Aggression between Germany and the USSR (1939-08-23), line 40
              [2] Test notes on the pact (Test Author, 2026), line 10
              [3] Treaty of Non-Aggression between Germany and the USSR (1939-08-23), line 41

            """)
    }

    @Test func eachFilterAlone() throws {
        // --via person: only people in the middle, so through Stalin.
        #expect(try route(query("molotov", "ribbentrop") { $0.viaKinds = [.person] }) == [molotov, stalin, ribbentrop])
        // --predicate met: the same route, the only one made of meetings.
        #expect(try route(query("molotov", "ribbentrop") { $0.predicates = ["met"] }) == [molotov, stalin, ribbentrop])
        // --exclude-predicate signed,met: Molotov negotiated the pact, Germany was party to it.
        #expect(try route(query("molotov", "ribbentrop") { $0.excludedPredicates = ["signed", "met"] })
            == [molotov, pact, germany, ribbentrop])
        // --avoid the pact: through Stalin.
        #expect(try route(query("molotov", "ribbentrop") { $0.avoid = [id("pact")] }) == [molotov, stalin, ribbentrop])
        // --during 1940..1941: only the 1940 trade agreement links the two states.
        #expect(try route(query("molotov", "ribbentrop") { $0.window = try! TimeSpan(parsing: "1940..1941") })
            == [molotov, ussr, germany, ribbentrop])
        // --at 1936: Hitler's undated visit to Poland counts, unless --strict-time.
        #expect(try route(query("hitler", "poland") { $0.window = try! TimeSpan(parsing: "1936") }) == [hitler, poland])
        #expect(try route(query("hitler", "poland") { $0.window = try! TimeSpan(parsing: "1936"); $0.strictTime = true }) == nil)
        // --max-hops 1: Molotov and Ribbentrop never dealt directly.
        #expect(try route(query("molotov", "ribbentrop") { $0.maxHops = 1 }) == nil)
        #expect(try route(query("molotov", "ribbentrop") { $0.maxHops = 2 }) == [molotov, pact, ribbentrop])
    }

    @Test func filtersCombined() throws {
        // No pact and no Stalin: through the states' trade agreement.
        #expect(try route(query("molotov", "ribbentrop") { $0.avoid = [id("pact"), id("stalin")] })
            == [molotov, ussr, germany, ribbentrop])
        // ...and no trade either: through the ambassador.
        #expect(try route(query("molotov", "ribbentrop") {
            $0.avoid = [id("pact"), id("stalin")]; $0.excludedPredicates = ["traded-with"]
        }) == [molotov, schulenburg, germany, ribbentrop])
        // ...and only people in the middle: Germany is an organization, so nothing is left.
        #expect(try route(query("molotov", "ribbentrop") {
            $0.avoid = [id("pact"), id("stalin")]; $0.excludedPredicates = ["traded-with"]; $0.viaKinds = [.person]
        }) == nil)
        // People in the middle during 1939: the Kremlin meetings.
        #expect(try route(query("molotov", "ribbentrop") { $0.viaKinds = [.person]; $0.window = try! TimeSpan(parsing: "1939") })
            == [molotov, stalin, ribbentrop])
        // ... but not after 1940.
        #expect(try route(query("molotov", "ribbentrop") { $0.viaKinds = [.person]; $0.window = try! TimeSpan(parsing: "1940..") }) == nil)
    }

    @Test func directedFollowsArrowsAndSymmetricPredicatesBothWays() throws {
        // "Ribbentrop met Stalin" is stored from Ribbentrop, but meeting is symmetric.
        #expect(try route(query("molotov", "ribbentrop") { $0.directed = true }) == [molotov, stalin, ribbentrop])
        #expect(try route(query("ribbentrop", "molotov") { $0.directed = true }) == [ribbentrop, stalin, molotov])
        // Nothing starts from Poland: it is only ever invaded or visited.
        #expect(try route(query("poland", "hitler") { $0.directed = true }) == nil)
        #expect(try route(query("hitler", "poland") { $0.directed = true }) == [hitler, poland])
    }

    @Test func chronologicalPathWhenTheShortestIsNot() throws {
        // Plain: pact -> Germany (party, 1939-08-23) -> Hitler (led from 1933): out of time order.
        #expect(try route(query("pact", "hitler")) == [pact, germany, hitler])
        // Time-respecting paths order hops by possible start (rule 4). Every hop out of the pact
        // starts on 1939-08-23, and both ways into Hitler start earlier: he led Germany from 1933,
        // and his undated visit to Poland may start with his life (1889). So no route is in order.
        #expect(try route(query("pact", "hitler") { $0.chronological = true }) == nil)
        // With --strict-time by known start; still nothing in order, and only dropping the
        // time order finds a path.
        let strict = query("pact", "hitler") { $0.chronological = true; $0.strictTime = true }
        #expect(try route(strict) == nil)
        let diagnosis = try #require(try finder.answer(strict).diagnosis)
        #expect(diagnosis.culprits == [.chronological])
        #expect(diagnosis.relaxations.map { $0.path?.length } == [nil, 2])
    }

    @Test func kShortestWeightedAndSimplePaths() throws {
        #expect(try routes(query("molotov", "ribbentrop", mode: .kShortest(4)))
            == [[molotov, pact, ribbentrop], [molotov, stalin, ribbentrop], [molotov, pact, germany, ribbentrop],
                [molotov, ussr, pact, ribbentrop]])
        // Weighted: signing weighs 5 and meeting 3; negotiating, party-to and served-in weigh 1.
        let weighted = try finder.paths(for: query("molotov", "ribbentrop", weighted: true))
        #expect(weighted.paths.map(\.weight) == [3])
        #expect(weighted.paths.first?.hops.map(\.predicate) == ["negotiated", "party-to", "served-in"])
        #expect(try routes(query("molotov", "ribbentrop", mode: .allShortest(limit: 10), weighted: true))
            == [[molotov, pact, germany, ribbentrop], [molotov, ussr, germany, ribbentrop]])
        // Two hops at most: 1 (negotiated) + 5 (signed) = 6, tied with 3 + 3 through Stalin.
        let short = try finder.paths(for: query("molotov", "ribbentrop", weighted: true) { $0.maxHops = 2 })
        #expect(short.paths.map(\.weight) == [6])
        #expect(short.paths.first?.hops.map(\.predicate) == ["negotiated", "signed"])
        // Simple paths up to 3 hops: 2 of two hops, 5 of three (NetworkX agrees).
        let simple = try finder.paths(for: query("molotov", "ribbentrop", mode: .allSimple(limit: 100)) { $0.maxHops = 3 })
        #expect(simple.paths.map(\.length) == [2, 2, 3, 3, 3, 3, 3])
        #expect(!simple.truncated)
        let cut = try finder.paths(for: query("molotov", "ribbentrop", mode: .allSimple(limit: 3)) { $0.maxHops = 3 })
        #expect(cut.paths.count == 3 && cut.truncated)
    }

    @Test func noPathExplainsWhichFilterCutIt() throws {
        let q = query("molotov", "ribbentrop") { $0.viaKinds = [.person]; $0.window = try! TimeSpan(parsing: "1940..") }
        let result = try finder.answer(q)
        #expect(result.paths.isEmpty)
        let d = try #require(result.diagnosis)
        #expect(d.connected)
        #expect(d.relaxations.map(\.drop) == [.via, .time])
        // Without --via: the 1940 trade route; without the window: the Kremlin meetings.
        #expect(d.relaxations[0].path?.entityIndices == [0, 5, 6, 1])
        #expect(d.relaxations[1].path?.entityIndices == [0, 3, 1])
        #expect(d.unfiltered?.entityIndices == [0, 2, 1])
        let text = PathExplanation.text(for: result, query: q, graph: graph)
        #expect(text.hasPrefix("""
            No path from Vyacheslav Molotov to Joachim von Ribbentrop with these filters.
              without --via: 3 hops, Vyacheslav Molotov → Soviet Union → Nazi Germany → Joachim von Ribbentrop
              without --at/--during: 2 hops, Vyacheslav Molotov → Joseph Stalin → Joachim von Ribbentrop
            Without any filter, the shortest path has 2 hops:
            """))
        // Not connected at all.
        let isolated = try finder.answer(query("molotov", "rapallo"))
        #expect(isolated.diagnosis?.connected == false && isolated.diagnosis?.unfiltered == nil)
        // Each of two filters cuts every route on its own: Molotov's four neighbours avoided, and a
        // window (1800) before every dated relation. Dropping either alone still finds nothing.
        let bothQuery = query("molotov", "ribbentrop") {
            $0.avoid = [id("pact"), id("stalin"), id("soviet-union"), id("schulenburg")]
            $0.window = try! TimeSpan(parsing: "1800")
        }
        let both = try finder.answer(bothQuery)
        #expect(both.diagnosis?.relaxations.map(\.drop) == [.avoid, .time])
        #expect(both.diagnosis?.culprits == [])
        #expect(PathExplanation.text(for: both, query: bothQuery, graph: graph)
            .contains("No single filter is to blame; only dropping several together finds a path."))
    }

    @Test func jsonShape() throws {
        let result = try finder.answer(query("molotov", "ribbentrop"))
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["paths", "truncated"])
        let path = try #require((object["paths"] as? [[String: Any]])?.first)
        #expect(Set(path.keys) == ["length", "weight", "hops"])
        #expect(path["length"] as? Int == 2 && path["weight"] as? Double == 10)
        let hop = try #require((path["hops"] as? [[String: Any]])?[1])
        // Today's keys, then the evidence (rule 7; shapes in TimeRulesTests.rule7JSONShapesOfAHop).
        #expect(Set(hop.keys) == ["from", "predicate", "to", "reversed", "start", "end", "sources", "note", "attributes",
                                  "known", "possible", "disputed", "fact", "claims"])
        #expect(hop["from"] as? String == pact && hop["to"] as? String == ribbentrop)
        #expect(hop["reversed"] as? Bool == true && hop["start"] as? String == "1939-08-23")
        #expect(hop["sources"] as? [String] == ["treaty-text:L41"])
        // Unknown dates are null, not missing.
        let visit = try JSONEncoder().encode(try finder.answer(query("hitler", "poland")))
        let visitHop = try #require(((try JSONSerialization.jsonObject(with: visit) as? [String: Any])?["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])
        #expect(visitHop[0]["start"] is NSNull && visitHop[0]["end"] is NSNull)
        // A decoded result reads back the same hops.
        let decoded = try JSONDecoder().decode(PathResult.self, from: data)
        #expect(decoded.paths.first?.hops.map(\.to) == result.paths.first?.hops.map(\.to))
    }

    @Test func highlightedElementsForRendering() throws {
        let result = try finder.paths(for: query("molotov", "ribbentrop", mode: .allShortest(limit: 10)))
        let (entities, relations) = result.highlightedElements
        #expect(entities == [0, 2, 1, 3])
        // Relations 0 and 1 (the signatures), 13 (Stalin met Molotov) and 2 (Ribbentrop met Stalin).
        #expect(relations == [0, 1, 13, 2])
    }

    @Test func badQueriesAreRefused() throws {
        #expect(throws: PathQueryError.self) { try finder.paths(for: query("molotov", "molotov")) }
        #expect(throws: PathQueryError.self) { try finder.paths(for: query("molotov", "ribbentrop") { $0.avoid = [id("molotov")] }) }
        #expect(throws: PathQueryError.self) { try finder.paths(for: query("molotov", "ribbentrop", mode: .kShortest(2)) { $0.chronological = true }) }
        #expect(throws: PathQueryError.self) { try finder.paths(for: query("molotov", "ribbentrop", mode: .kShortest(0))) }
    }

    @Test func weightedQueriesRefuseNonPositiveWeights() throws {
        let g = try Graph(
            entities: [Entity(id: "a", kind: .person, name: "A"), Entity(id: "b", kind: .person, name: "B"),
                       Entity(id: "c", kind: .person, name: "C")],
            relations: [Relation(subject: "a", predicate: "met", object: "b", weight: 0),
                        Relation(subject: "b", predicate: "met", object: "c")])
        let finder = PathFinder(graph: g)
        #expect(throws: PathQueryError.self) { try finder.paths(for: PathQuery(source: 0, target: 2, weighted: true)) }
        // Hop counts ignore weights, so the same query by hops works.
        #expect(try finder.paths(for: PathQuery(source: 0, target: 2)).paths.first?.length == 2)
    }

    @Test func neighbourhoodByDepth() throws {
        let hood = try Neighborhood(graph: graph, center: id("molotov"), depth: 1)
        #expect(hood.members.map(\.id) == [pact, stalin, ussr, schulenburg])
        #expect(hood.members.allSatisfy { $0.distance == 1 && $0.hop.from == molotov })
        // The pact is reached over the first relation listed between them: the signature, not the negotiation.
        #expect(hood.members[0].hop.predicate == "signed")
        // Two hops out: Ribbentrop (via the pact), Germany (via the pact), Poland (via the Soviet Union).
        let two = try Neighborhood(graph: graph, center: id("molotov"), depth: 2)
        #expect(two.members.filter { $0.distance == 2 }.map(\.id) == [ribbentrop, germany, poland])
        #expect(two.members.first { $0.id == poland }?.hop.from == ussr)
        // Hitler is three hops out (Germany and Poland are his only links).
        #expect(try Neighborhood(graph: graph, center: id("molotov"), depth: 3).members.last?.id == hitler)
        // Only people passed through: the pact and the Soviet Union are listed but not crossed.
        var people = RelationFilter()
        people.viaKinds = [.person]
        let viaPeople = try Neighborhood(graph: graph, center: id("molotov"), depth: 2, filters: people)
        #expect(viaPeople.members.filter { $0.distance == 2 }.map(\.id) == [ribbentrop, germany])
        // Directed: nothing leaves Poland.
        var directed = RelationFilter()
        directed.directed = true
        #expect(try Neighborhood(graph: graph, center: id("poland"), depth: 2, filters: directed).members.isEmpty)
    }

    @Test func commonNeighbours() throws {
        let both = try CommonNeighbors(graph: graph, a: id("molotov"), b: id("ribbentrop"))
        #expect(both.common.map(\.id) == [pact, stalin])
        #expect(both.common[0].fromA.map(\.predicate) == ["signed", "negotiated"])
        #expect(both.common[0].fromB.map(\.predicate) == ["signed"])
        #expect(both.common[1].fromA.map(\.reversed) == [true])   // "Stalin met Molotov", read from Molotov
        var people = RelationFilter()
        people.viaKinds = [.person]
        #expect(try CommonNeighbors(graph: graph, a: id("molotov"), b: id("ribbentrop"), filters: people).common.map(\.id) == [stalin])
        var signed = RelationFilter()
        signed.predicates = ["signed"]
        let bySigning = try CommonNeighbors(graph: graph, a: id("molotov"), b: id("ribbentrop"), filters: signed)
        #expect(bySigning.common.map(\.id) == [pact] && bySigning.common[0].fromA.count == 1)
        #expect(try CommonNeighbors(graph: graph, a: id("hitler"), b: id("rapallo")).common.isEmpty)
    }
}

extension PathQueryTests {
    /// Under the default rule the route avoids the better-connected pact (5 relations) for Stalin
    /// (3); with a filter that removes Stalin, the pact route is the only 2-hop one left.
    @Test func defaultTieBreakPrefersTheLeastConnectedRoute() throws {
        var q = query("molotov", "ribbentrop")
        q.tieBreak = .fewestHubs
        #expect(try route(q) == [molotov, stalin, ribbentrop])
        q.filters.avoid = [id("stalin")]
        #expect(try route(q) == [molotov, pact, ribbentrop])
        #expect(PathQuery(source: 0, target: 1).tieBreak == .fewestHubs)
    }
}
