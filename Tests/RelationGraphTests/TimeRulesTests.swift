import Foundation
import Testing
@testable import RelationGraph

/// The worked examples of shared/TIME.md on `Fixtures/time-rules` (entities P 1890-1940,
/// Q 1900-1970, O 1910-1960, R undated; rows numbered as in TIME.md's table, row 13 being two
/// claims of fact f1 and row 14 three separate meetings). Every expected span is the table's.
@Suite("Time rules (TIME.md worked examples)")
struct TimeRulesTests {
    let graph = try! GraphFolder.load(from: FixturePaths.root.appendingPathComponent("time-rules"))

    /// Relation indices of TIME.md row `n` (file order: rows 1-12 one each, 13 two, 14 three).
    func rows(_ n: Int) -> [Int] {
        switch n {
        case 1...12: [n - 1]
        case 13: [12, 13]
        case 14: [14, 15, 16]
        default: []
        }
    }

    func day(_ text: String) -> Int { (try? PartialDate(text))?.firstDay ?? .min }
    func last(_ text: String) -> Int { (try? PartialDate(text))?.lastDay ?? .max }
    func range(_ a: String, _ b: String) -> DayRange { DayRange(lower: day(a), upper: last(b)) }

    @Test func rule1InstantsLastTheirDatesExtentAndRule2KnownSpans() {
        #expect(graph.time(of: rows(1)[0]).known == range("1922-04-16", "1922-04-16"))
        #expect(graph.time(of: rows(2)[0]).known == range("1922-01-01", "1922-12-31"))
        #expect(graph.time(of: rows(3)[0]).known == range("1939-08-23", "1939-08-24"))
        // A state with only a start is known only at its start's extent.
        #expect(graph.time(of: rows(4)[0]).known == range("1920", "1920"))
        // An explicit open end runs to the earlier lifespan end (P, 1940).
        #expect(graph.time(of: rows(5)[0]).known == range("1920", "1940"))
        for n in [6, 7, 8, 9, 10, 12] { #expect(graph.time(of: rows(n)[0]).known == nil, "row \(n)") }
        // A known date wins over O's end (1960).
        #expect(graph.time(of: rows(11)[0]).known == range("1950", "1965"))
    }

    @Test func rule3PossibleSpansAndLifespanBoundsOnBothEnds() {
        let expected: [Int: DayRange] = [
            1: range("1922-04-16", "1922-04-16"), 2: range("1922", "1922"), 3: range("1939-08-23", "1939-08-24"),
            4: range("1920", "1940"), 5: range("1920", "1940"),
            6: range("1910", "1960"), 7: range("1910", "1960"), 8: range("1900", "1970"),
            9: range("1922", "1940"), 10: range("1920", "1960"), 11: range("1950", "1965"),
            12: .unbounded,
        ]
        for (n, span) in expected { #expect(graph.time(of: rows(n)[0]).possible == [span], "row \(n)") }
    }

    @Test func rule3ABoundNeverCrossesAKnownDateAndValidateWarns() throws {
        // Row 11's end (1965) lies past O's end (1960): the date wins, and loading warns.
        #expect(graph.time(of: rows(11)[0]).possibleHull.upper == last("1965"))
        let report = GraphFolder.validate(at: FixturePaths.root.appendingPathComponent("time-rules")).report
        #expect(report.warnings.map(\.description).contains("relations.csv:12: warning: 1965 is after o ends (1960); the relation's own date wins over the lifespan"))
    }

    @Test func rule6DisputedFactUnionOfPossibleIntersectionOfKnown() {
        let fact = graph.time(of: rows(13)[0])
        #expect(fact.isDisputed)
        #expect(fact.claims == rows(13))
        #expect(fact.known == nil)   // 1921 and 1924 do not overlap
        #expect(fact.possibleHull == range("1921", "1940"))
        #expect(graph.time(of: rows(13)[1]) == fact)
        #expect(graph.isPrimaryClaim(rows(13)[0]) && !graph.isPrimaryClaim(rows(13)[1]))
        // Rows without a fact id are separate facts even when the triple repeats.
        for r in rows(14) { #expect(graph.time(of: r).claims == [r] && !graph.time(of: r).isDisputed) }
    }

    /// The rows a filter keeps, as TIME.md numbers them ("14a" for 14's 1922-04-16 row).
    func kept(_ window: String, strict: Bool) throws -> [String] {
        let filter = RelationFilter(window: try TimeSpan(parsing: window), strictTime: strict)
        var out: [String] = []
        for n in 1...14 {
            let passing = rows(n).filter { filter.admits(relation: $0, in: graph) }
            if n == 14 { out += passing.map { $0 == 14 ? "14a" : "14-\($0)" } } else if !passing.isEmpty { out.append("\(n)") }
        }
        return out
    }

    @Test func rule4FiltersKeepWhatTheTableSays() throws {
        #expect(try kept("1925", strict: false) == ["4", "5", "6", "7", "8", "9", "10", "12", "13"])
        #expect(try kept("1925", strict: true) == ["5"])
        #expect(try kept("1922-04", strict: false) == ["1", "2", "4", "5", "6", "7", "8", "9", "10", "12", "13", "14a"])
        #expect(try kept("1922-04", strict: true) == ["1", "2", "5", "14a"])
        #expect(try kept("1800..1805", strict: false) == ["12"])
        #expect(try kept("1800..1805", strict: true) == [])
    }

    @Test func rule6DisputedFactUnderAtAndStrictTime() throws {
        // Possible: a 1930 window meets the union (1921..1940); known: the empty intersection meets nothing.
        #expect(try kept("1930", strict: false).contains("13"))
        #expect(try !kept("1930", strict: true).contains("13"))
        #expect(try !kept("1910", strict: false).contains("13"))
    }

    @Test func rule8LayerLeftOutAndBroughtBack() throws {
        let c = try graph.resolve("c"), judged = graph.relations.firstIndex { $0.predicate == "judged" }!
        var filter = RelationFilter()
        #expect(!filter.admits(graph.entities[c]))
        #expect(!filter.masks(for: graph).relations[judged])
        filter.includedLayers = [RelationFilter.historiographyLayer]
        #expect(filter.admits(graph.entities[c]))
        #expect(filter.masks(for: graph).relations[judged])
        let hood = try Neighborhood(graph: graph, center: try graph.resolve("p"), depth: 1)
        #expect(!hood.members.map(\.id).contains("c"))
        let withLayer = try Neighborhood(graph: graph, center: try graph.resolve("p"), depth: 1, filters: filter)
        #expect(withLayer.members.map(\.id).contains("c"))
    }

    @Test func rule7JSONShapesOfAHop() throws {
        let hop = PathHop(graph: graph, relation: rows(13)[1], from: try graph.resolve("o"))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(hop)) as! [String: Any]
        #expect(Set(json.keys) == ["from", "predicate", "to", "reversed", "start", "end", "sources", "note", "attributes",
                                   "known", "possible", "disputed", "fact", "claims"])
        #expect(json["disputed"] as? Bool == true)
        #expect((json["known"] as? [String: Any])?.count == 2 && (json["known"] as? [String: Any])?["start"] is NSNull)
        #expect((json["possible"] as? [String: String]) == ["start": "1921-01-01", "end": "1940-12-31"])
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.map { $0["start"] as? String } == ["1921", "1924"])
        #expect(claims.map { $0["sources"] as? [String] } == [["a:L12"], ["b:L30"]])
        let open = PathHop(graph: graph, relation: rows(5)[0], from: try graph.resolve("p"))
        let openJSON = try JSONSerialization.jsonObject(with: JSONEncoder().encode(open)) as! [String: Any]
        #expect(openJSON["end"] as? String == "..")
        #expect((openJSON["attributes"] as? [String: String]) == ["goods": "tanks"])
        #expect((openJSON["claims"] as? [Any])?.isEmpty == true)
    }

    @Test func rule6DisputedFactShownOnceWithEveryClaim() throws {
        var explanation = PathExplanation(graph: graph)
        let hop = PathHop(graph: graph, relation: rows(13)[0], from: try graph.resolve("p"))
        #expect(explanation.sentence(for: hop) == "P was a member of O [1][2]")
        #expect(explanation.evidenceLines(for: hop, indent: "") == [
            "disputed: 1921, end unknown per Ambitious for War (Test Author), line 12 (Row 13 first claim); 1924, end unknown per Sowing the Wind (Test Author), line 30 (Row 13 second claim)",
        ])
        let card = EntityCard(graph: graph, entity: try graph.resolve("p"))
        #expect(card.lines.filter { $0.other.id == "o" && $0.wording == "was a member of" }.count == 2)  // rows 9 and 13, 13 once
    }

    @Test func rule4ChronologicalByPossibleStartOrKnownStart() throws {
        // R met Q (row 8, undated: possible from 1900) then Q led O (row 11, 1950): in order.
        var query = PathQuery(source: try graph.resolve("r"), target: try graph.resolve("o"))
        query.filters.predicates = ["met", "led"]
        query.filters.chronological = true
        #expect(try PathFinder(graph: graph).paths(for: query).paths.first?.hops.map(\.relationIndex) == [7, 10])
        // Under --strict-time row 8 has no known start and cannot be ordered: no path.
        query.filters.strictTime = true
        #expect(try PathFinder(graph: graph).paths(for: query).paths.isEmpty)
    }
}
