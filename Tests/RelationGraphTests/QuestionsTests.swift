import Foundation
import Testing
@testable import RelationGraph

/// The question queries on `Fixtures/questions-small`, a graph of eleven entities and fifteen
/// relations whose answers were worked out by hand (relation numbers below are 1-based rows of
/// its relations.csv; entity order: ann, bob, cat, dan, party, state-a, state-b, pact, treaty,
/// lipetsk-school, lipetsk).
@Suite("Questions on a hand-checked graph")
struct QuestionsTests {
    let graph: Graph

    init() throws {
        graph = try GraphFolder.load(from: FixturePaths.questionsSmall)
    }

    func index(_ id: String) throws -> Int { try #require(graph.index(ofID: id)) }

    /// The 1-based relation rows of a listing.
    func rows(_ listing: FactListing) -> [Int] { listing.facts.flatMap(\.relationIndices).map { $0 + 1 } }

    @Test func relationsOfAnEntityByStart() throws {
        let listing = FactListing(graph: graph, query: .init(entity: try index("bob")))
        // 8 (1930..1940), 10 (1931), 12 (1933), then 2 and 11 (both 1939-08-23) in file order.
        #expect(rows(listing) == [8, 10, 12, 2, 11])
        #expect(listing.count == 5 && !listing.truncated)
        #expect(listing.facts[4].note == "At the signing.")
        #expect(listing.facts[0].citations == [Citation(sourceID: "doc2", locator: "L2")])
    }

    @Test func relationsBySubjectObjectAndOtherEnd() throws {
        var q = FactListing.Query(object: try index("pact"), limit: 2)
        let pact = FactListing(graph: graph, query: q)
        #expect(rows(pact) == [1, 2] && pact.count == 4 && pact.truncated)
        q = FactListing.Query(entity: try index("ann"))
        q.otherEnd.kinds = [.person]
        #expect(rows(FactListing(graph: graph, query: q)) == [10, 11])
        q.otherEnd.kinds = [.agreement]
        #expect(rows(FactListing(graph: graph, query: q)) == [1])
        // No end named: at least one end in group east (bob, dan, state-b, lipetsk).
        var east = FactListing.Query(filter: RelationFilter(predicates: ["led", "visited"]))
        east.otherEnd.groups = ["east"]
        #expect(rows(FactListing(graph: graph, query: east)) == [15, 12])
    }

    @Test func relationsSortedByNamesAndPredicate() throws {
        let signed = FactListing(graph: graph, query: .init(filter: RelationFilter(predicates: ["signed"]), sort: .subject))
        #expect(signed.facts.map(\.subject) == ["ann", "bob", "cat"])
        let byObject = FactListing(graph: graph, query: .init(subject: try index("ann"), sort: .object))
        // Objects by folded name: Bob Brandt (1931, then 1939), Pact of August, Party.
        #expect(rows(byObject) == [10, 11, 1, 7])
        let byPredicate = FactListing(graph: graph, query: .init(subject: try index("cat"), sort: .predicate))
        #expect(byPredicate.facts.map(\.predicate) == ["led", "signed"])
        let byEnd = FactListing(graph: graph, query: .init(filter: RelationFilter(predicates: ["member-of"]), sort: .end))
        #expect(rows(byEnd) == [7, 9, 8])
    }

    @Test func relationsInATimeWindow() throws {
        let window = try TimeSpan(parsing: "1925..1926")
        let ann = FactListing(graph: graph, query: .init(entity: try index("ann"), filter: RelationFilter(window: window)))
        #expect(rows(ann) == [7])
        // An undated relation passes a window unless the time is strict.
        let located = FactListing.Query(subject: try index("lipetsk-school"), filter: RelationFilter(window: window))
        #expect(rows(FactListing(graph: graph, query: located)) == [14])
        var strict = located
        strict.filter.strictTime = true
        #expect(FactListing(graph: graph, query: strict).count == 0)
    }

    @Test func factsShareAFactLabel() throws {
        var relations = graph.relations
        relations[9].fact = "meeting"
        relations[10].fact = "meeting"
        let labelled = try Graph(entities: graph.entities, relations: relations, sources: graph.sources, schema: graph.schema)
        let q = FactListing.Query(entity: try index("ann"), filter: RelationFilter(predicates: ["met"]))
        let listing = FactListing(graph: labelled, query: q)
        #expect(listing.count == 1)
        #expect(listing.facts[0].claims.map { $0.start?.description } == ["1931", "1939-08-23"])
        #expect(listing.facts[0].citations.map(\.description) == ["doc1:L5", "doc2:L3"])
    }

    @Test func layersAreLeftOutUnlessIncluded() throws {
        var relations = graph.relations
        relations[9].layer = "historiography"
        let layered = try Graph(entities: graph.entities, relations: relations, sources: graph.sources, schema: graph.schema)
        let q = FactListing.Query(entity: try index("ann"), filter: RelationFilter(predicates: ["met"]))
        #expect(rows(FactListing(graph: layered, query: q)) == [11])
        var included = q
        included.filter.includedLayers = ["historiography"]
        #expect(rows(FactListing(graph: layered, query: included)) == [10, 11])
    }

    @Test func entitiesByKindLifespanNameAndDegree() throws {
        var q = EntityListing.Query(filter: RelationFilter(kinds: [.person]), aliveDuring: try TimeSpan(parsing: "1945..1955"))
        // Ann (to 1950) and Bob (to 1960); Cat has no lifespan and passes unless strict; Dan died 1940.
        #expect(EntityListing(graph: graph, query: q).entities.map(\.id) == ["ann", "bob", "cat"])
        q.strictTime = true
        #expect(EntityListing(graph: graph, query: q).entities.map(\.id) == ["ann", "bob"])
        let named = EntityListing(graph: graph, query: .init(nameContains: "LIPETSK"))
        #expect(named.entities.map(\.id) == ["lipetsk", "lipetsk-school"])
        #expect(EntityListing(graph: graph, query: .init(nameContains: "bobby")).entities.map(\.id) == ["bob"])
        let busy = EntityListing(graph: graph, query: .init(minimumDegree: 4, sort: .degree))
        #expect(busy.entities.map(\.id) == ["bob", "ann", "pact"])
        #expect(busy.entities.map(\.degree) == [5, 4, 4])
        let groups = EntityListing(graph: graph, query: .init(filter: RelationFilter(groups: ["east"]), sort: .start, limit: 2))
        // East: bob 1905, dan 1910, state-b 1918, lipetsk undated last.
        #expect(groups.entities.map(\.id) == ["bob", "dan"] && groups.count == 4 && groups.truncated)
        let byEnd = EntityListing(graph: graph, query: .init(filter: RelationFilter(kinds: [.person]), sort: .end))
        #expect(byEnd.entities.map(\.id) == ["dan", "ann", "bob", "cat"])
    }

    @Test func nameResolutionSaysWhatElseMatches() throws {
        let lipetsk = try graph.resolveNoting("lipetsk")
        #expect(lipetsk.index == (try index("lipetsk")))
        #expect(lipetsk.alsoLine == "also: Lipetsk flying school (lipetsk-school)")
        #expect(try graph.resolveNoting("Ann Arendt").alsoLine == nil)
        // A word match is not exact: nothing else is said.
        #expect(try graph.resolveNoting("flying").alsoMatching.isEmpty)
    }

    @Test func commonGroundDirectAndWithinTwo() throws {
        let ground = try CommonGround(graph: graph, a: try index("ann"), b: try index("bob"), depth: 2)
        #expect(ground.direct.map(\.relationIndex) == [9, 10])
        #expect(ground.withinTwo.map(\.id) == ["state-b", "dan", "state-a"])
        #expect(ground.withinTwo.map { [$0.distanceFromA, $0.distanceFromB] } == [[2, 1], [2, 2], [2, 2]])
        let stateB = ground.withinTwo[0]
        #expect(stateB.fromA.map(\.to) == ["pact", "state-b"] && stateB.fromB.map(\.to) == ["state-b"])
        let shallow = try CommonGround(graph: graph, a: try index("ann"), b: try index("bob"))
        #expect(shallow.withinTwo.isEmpty && shallow.direct.count == 2)
    }

    @Test func mostAttestedWeighsTheWeakestHopThenTheSum() throws {
        let ann = try index("ann"), dan = try index("dan")
        let shortest = try AttestedPath(graph: graph, from: ann, to: dan)
        #expect(shortest.path?.entityIndices == [ann, try index("party"), dan])
        #expect(shortest.path?.weakest == 1 && shortest.path?.documents == 2)
        // One hop longer: ann-bob (met twice: doc1 and doc2 pooled), bob-party (doc2), party-dan (doc3).
        let slack = try AttestedPath(graph: graph, from: ann, to: dan, slack: 1)
        #expect(slack.path?.entityIndices == [ann, try index("bob"), try index("party"), dan])
        #expect(slack.path?.hops.map(\.documents) == [["doc1", "doc2"], ["doc2"], ["doc3"]])
        #expect(slack.path?.hops[0].relations.count == 2)
        #expect(slack.candidates == 2 && slack.shortest == 2)
    }

    @Test func mostAttestedPrefersTheStrongestWeakestHop() throws {
        // s-x-t with 1 and 3 documents, s-y-t with 2 and 2: both sum to 4; y's weakest hop wins.
        // s-z-t has the same relation twice from one document: pooled, it counts once.
        let entities = ["s", "x", "y", "z", "t"].map { Entity(id: $0, kind: .person, name: $0.uppercased()) }
        func r(_ a: String, _ b: String, _ docs: [String]) -> Relation {
            Relation(subject: a, predicate: "met", object: b, citations: docs.map { Citation(sourceID: $0) })
        }
        let relations = [
            r("s", "x", ["d1"]), r("x", "t", ["d1", "d2", "d3"]),
            r("s", "y", ["d1", "d2"]), r("y", "t", ["d3", "d4"]),
            r("s", "z", ["d5"]), r("s", "z", ["d5"]), r("z", "t", ["d1", "d2", "d3", "d4"]),
        ]
        let g = try Graph(entities: entities, relations: relations)
        let found = try AttestedPath(graph: g, from: 0, to: 4)
        #expect(found.path?.entityIndices == [0, 2, 4])
        #expect(found.path?.weakest == 2 && found.candidates == 3)
        #expect(throws: PathQueryError.self) { try AttestedPath(graph: g, from: 0, to: 0) }
    }

    @Test func withoutASourceDropsWhatRestsOnItAlone() throws {
        let removal = SourceRemoval(graph: graph, droppingOnly: "doc3")
        // Rows 5, 6, 9 and 15 cite doc3 alone.
        #expect(removal.dropped.map { $0 + 1 } == [5, 6, 9, 15])
        #expect(removal.graph.entities.map(\.id) == graph.entities.map(\.id))
        let doc2 = SourceRemoval(graph: graph, droppingOnly: "doc2")
        // Row 1 cites doc1 too and stays.
        #expect(doc2.dropped.map { $0 + 1 } == [4, 8, 11, 12])
        let single = SourceRemoval(droppingSingleSourceFrom: graph)
        #expect(single.dropped.count == 14 && single.originalIndex == [0])
    }

    @Test func separationCutsAndRoutes() throws {
        let ann = try index("ann"), dan = try index("dan")
        let s = try Separation(graph: graph, a: ann, b: dan)
        #expect(s.connected && s.direct.isEmpty)
        #expect(s.cutIndices == [try index("party"), try index("pact")])
        #expect(s.cut[0].route?.length == 7)
        #expect(s.cut[1].route?.entityIndices == [ann, try index("party"), dan])
        let linked = try Separation(graph: graph, a: ann, b: try index("bob"))
        #expect(linked.direct.count == 2 && linked.cut.map(\.id) == ["party", "pact"])
        // Lipetsk hangs on two chains: the school (to Cat) and Dan.
        let lipetsk = try Separation(graph: graph, a: try index("lipetsk"), b: try index("cat"))
        #expect(lipetsk.cut.map(\.id) == ["dan", "lipetsk-school"])
    }

    @Test func singleSourceRelationsAndRankDrops() throws {
        let gaps = try EvidenceGaps(graph: graph)
        #expect(gaps.singleSource.map(\.source) == ["doc1", "doc2", "doc3"])
        #expect(gaps.singleSource.map(\.facts.count) == [6, 4, 4])
        #expect(gaps.uncited == 0)
        // Only ann-pact survives: every betweenness falls to 0, the largest fall first.
        let before = try graph.centrality(CentralityOptions(measure: .betweenness))
        #expect(gaps.rankDrops.first?.beforeScore == before.max())
        #expect(gaps.rankDrops.allSatisfy { $0.afterScore == 0 && $0.drop == $0.beforeScore })
        #expect(gaps.rankDrops.count == min(10, before.filter { $0 > 0 }.count))
    }

    @Test func yearsWithoutAKnownLink() throws {
        let gaps = try PairGaps(graph: graph, a: try index("ann"), b: try index("bob"))
        #expect(gaps.from == 1905 && gaps.to == 1950)
        #expect(gaps.gaps == [.init(from: 1905, to: 1929), .init(from: 1936, to: 1938), .init(from: 1940, to: 1950)])
        let y1939 = try #require(gaps.years.first { $0.year == 1939 })
        #expect(y1939.direct == 1 && y1939.via == ["pact"])
        // Cat has no lifespan: her dated relations (1922; 1926..1933) give the years.
        let cat = try PairGaps(graph: graph, a: try index("cat"), b: try index("dan"))
        #expect(cat.from == 1922 && cat.to == 1933 && cat.basis == ["a": "relations", "b": "lifespan"])
        #expect(cat.gaps == [.init(from: 1922, to: 1933)])
        let narrowed = try PairGaps(graph: graph, a: try index("ann"), b: try index("bob"), filter: RelationFilter(window: try TimeSpan(parsing: "1930..1931")))
        #expect(narrowed.gaps.isEmpty && narrowed.years.count == 2)
    }

    @Test func coAffiliationWeightsSharedEntitiesAndOverlaps() throws {
        let all = CoAffiliation(graph: graph, kinds: [.person], via: [.organization, .agreement])
        #expect(all.ties.map { [$0.a, $0.b] } == [["ann", "bob"], ["ann", "dan"], ["bob", "dan"]])
        #expect(all.ties.map(\.weight) == [2, 1, 1])
        #expect(all.ties[0].shared.map(\.id) == ["party", "pact"])
        #expect(all.members == 4)
        // Ann's and Dan's memberships (1925..1935, 1936..1938) never overlap.
        #expect(all.ties[1].start == nil)
        let window = try TimeSpan(parsing: "1936..1937")
        let during = CoAffiliation(graph: graph, kinds: [.person], via: [.organization, .agreement], filter: RelationFilter(window: window))
        #expect(during.ties.map { [$0.a, $0.b] } == [["bob", "dan"]])
        #expect(during.ties[0].start == "1936-01-01" && during.ties[0].end == "1937-12-31")
        let saved = all.graph(from: graph)
        #expect(saved.entities.map(\.id) == ["ann", "bob", "cat", "dan"])
        #expect(saved.relations.map(\.weight) == [2, 1, 1])
        #expect(saved.relations[0].attributes["shared"] == "party;pact")
        #expect(saved.schema.predicate(named: "co-affiliated")?.isSymmetric == true)
    }

    @Test func spansKnownAndPossible() throws {
        // Row 10: ann met bob, 1931, an instant: known and possible are the year 1931.
        let known = try #require(RelationSpans.known(9, in: graph))
        #expect(RelationSpans.dateText(ofDay: known.lowerBound) == "1931-01-01")
        #expect(RelationSpans.dateText(ofDay: known.upperBound) == "1931-12-31")
        #expect(RelationSpans.possible(9, in: graph) == known)
        // Row 8: bob member-of party 1930..1940, a state: both spans are its dates.
        #expect(RelationSpans.known(7, in: graph) == RelationSpans.possible(7, in: graph))
        // Row 12: bob led state-b from 1933, no end: known is 1933; possible runs to Bob's death (1960).
        let led = RelationSpans.possible(11, in: graph)
        #expect(RelationSpans.dateText(ofDay: led.upperBound) == "1960-12-31")
        #expect(RelationSpans.dateText(ofDay: try #require(RelationSpans.known(11, in: graph)).upperBound) == "1933-12-31")
        // Row 14 is undated: no known span; possible from the school's founding (1925) to its end (1933).
        #expect(RelationSpans.known(13, in: graph) == nil)
        let school = RelationSpans.possible(13, in: graph)
        #expect(RelationSpans.dateText(ofDay: school.lowerBound) == "1925-01-01")
        #expect(RelationSpans.dateText(ofDay: school.upperBound) == "1933-12-31")
        #expect(RelationSpans.year(ofDay: try PartialDate("1600-12-31").firstDay) == 1600)
        #expect(RelationSpans.dateText(ofDay: try PartialDate("2000-02-29").firstDay) == "2000-02-29")
    }
}

extension FixturePaths {
    /// Eleven entities, fifteen relations: the hand-checked graph of the question queries.
    static let questionsSmall = root.appendingPathComponent("questions-small")
}
