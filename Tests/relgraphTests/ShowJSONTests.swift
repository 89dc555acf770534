import Foundation
import Testing

/// `relgraph show ENTITY --format json`: the card's entity and every relation, each encoded as a
/// `path` hop with its evidence and layer (issue 10, rule 7).
@Suite("relgraph show --format json, end to end")
struct ShowJSONTests {
    static let timeRules = CLIRunner.fixtures.appendingPathComponent("time-rules").path

    static func card(_ arguments: [String]) throws -> (entity: [String: Any], relations: [[String: Any]]) {
        let r = try CLIRunner.run(["show"] + arguments + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return (try #require(object["entity"] as? [String: Any]), try #require(object["relations"] as? [[String: Any]]))
    }

    static func span(_ value: Any?) -> [String?]? {
        guard let span = value as? [String: Any] else { return nil }
        return [span["start"] as? String, span["end"] as? String]
    }

    @Test func bundledSeecktCarriesHisRowsDatesAndLineNumbers() throws {
        let (entity, relations) = try Self.card(["seeckt"])
        // entities.csv line 126.
        #expect(entity["id"] as? String == "hans-von-seeckt")
        #expect(entity["name"] as? String == "Hans von Seeckt")
        #expect(entity["kind"] as? String == "person")
        #expect(Self.span(entity["lifespan"]) == ["1866-04-22", "1936-12-27"])
        #expect(entity["group"] as? String == "germany")
        #expect(entity["description"] as? String == "Head of the Reichswehr and early architect of secret military ties with Moscow.")
        #expect(entity["layer"] is NSNull)
        #expect((entity["sources"] as? [String])?.first == "enabled-hitler:L23")
        #expect((entity["sources"] as? [String])?.count == 8)
        // Eleven rows of relations.csv (202-212), two of them claims about one fact: ten relations, as the text says.
        #expect(relations.count == 10)
        #expect(relations.allSatisfy { $0["from"] as? String == "hans-von-seeckt" && $0["reversed"] as? Bool == false })

        let commanded = try #require(relations.first { $0["predicate"] as? String == "commanded" })
        #expect(commanded["to"] as? String == "reichswehr")
        #expect(commanded["toName"] as? String == "Reichswehr")
        #expect(commanded["phrase"] as? String == "commanded")
        #expect(commanded["start"] as? String == "1920")
        #expect(commanded["end"] as? String == "1926")
        #expect(commanded["sources"] as? [String] == ["enabled-hitler:L23", "sowing-the-wind:L11"])
        // A state from 1920 to 1926, both dates unqualified: known and possible alike.
        #expect(Self.span(commanded["known"]) == ["1920-01-01", "1926-12-31"])
        #expect(Self.span(commanded["possible"]) == ["1920-01-01", "1926-12-31"])
        #expect(commanded["disputed"] as? Bool == false)
        #expect((commanded["claims"] as? [Any])?.isEmpty == true)
        #expect(commanded["layer"] is NSNull)

        // The Enver mission (fact enver-mission, rows 204 and 205): 1919 per Sowing the Wind line 11,
        // 1920 per Enabled Hitler line 23. `dispatched` is an instant, so the possible span is the
        // union of the two years and no day is known.
        let enver = try #require(relations.first { $0["predicate"] as? String == "dispatched" })
        #expect(enver["disputed"] as? Bool == true)
        #expect(enver["fact"] as? String == "enver-mission")
        #expect(Self.span(enver["possible"]) == ["1919-01-01", "1920-12-31"])
        #expect(Self.span(enver["known"]) == [nil, nil])
        let claims = try #require(enver["claims"] as? [[String: Any]])
        #expect(claims.map { $0["start"] as? String } == ["1919", "1920"])
        #expect(claims.map { $0["sources"] as? [String] } == [["sowing-the-wind:L11"], ["enabled-hitler:L23"]])
        #expect((claims[1]["note"] as? String)?.hasPrefix("This account has Seeckt sending him to Moscow") == true)

        let mackensen = try #require(relations.first { $0["to"] as? String == "august-von-mackensen" })
        #expect(mackensen["note"] as? String == "Served as Mackensen's chief of staff in the 1914-1918 war.")
        #expect(mackensen["start"] is NSNull)
    }

    @Test func bundledCommentatorIsShownAndMarked() throws {
        let (entity, relations) = try Self.card(["kershaw"])
        #expect(entity["layer"] as? String == "historiography")
        #expect(relations.count == 1)
        #expect(relations.first?["predicate"] as? String == "assessed")
        #expect(relations.first?["to"] as? String == "hitler-speaks")
        #expect(relations.first?["layer"] as? String == "historiography")
        #expect(relations.first?["sources"] as? [String] == ["relations-1918-1941:L354"])
    }

    @Test func disputedFactOfTheTimeRulesFixture() throws {
        let (entity, relations) = try Self.card([
            "p", "--graph", Self.timeRules,
        ])
        #expect(Self.span(entity["lifespan"]) == ["1890", "1940"])
        // P's rows: 1-5, 9, 12, 13 (two claims, one fact), 14 (three meetings) and C's judgement.
        #expect(relations.count == 12)

        let f1 = try #require(relations.first { $0["fact"] as? String == "f1" })
        #expect(f1["predicate"] as? String == "member-of")
        #expect(f1["phrase"] as? String == "was a member of")
        #expect(f1["disputed"] as? Bool == true)
        // TIME.md row 13: no known span (1921 and 1924 do not overlap), possible 1921 to P's end.
        #expect(Self.span(f1["known"]) == [nil, nil])
        #expect(Self.span(f1["possible"]) == ["1921-01-01", "1940-12-31"])
        let claims = try #require(f1["claims"] as? [[String: Any]])
        #expect(claims.map { $0["start"] as? String } == ["1921", "1924"])
        #expect(claims.map { $0["sources"] as? [String] } == [["a:L12"], ["b:L30"]])
        #expect(claims.map { $0["note"] as? String } == ["Row 13 first claim", "Row 13 second claim"])
        #expect(claims.allSatisfy { $0["end"] is NSNull })

        // Row 5: an explicit open end runs the known span to P's death; its extra column comes along.
        let row5 = try #require(relations.first { $0["note"] as? String == "Row 5" })
        #expect(row5["end"] as? String == "..")
        #expect(Self.span(row5["known"]) == ["1920-01-01", "1940-12-31"])
        #expect(row5["attributes"] as? [String: String] == ["goods": "tanks"])

        // Row 3: an instant over two days.
        let row3 = try #require(relations.first { ($0["note"] as? String)?.hasPrefix("Row 3") == true })
        #expect(Self.span(row3["known"]) == ["1939-08-23", "1939-08-24"])
        #expect(Self.span(row3["possible"]) == ["1939-08-23", "1939-08-24"])

        // Row 14's meetings have Q as subject: read from P's side, reversed.
        let meetings = relations.filter { ($0["note"] as? String)?.hasPrefix("Row 14") == true }
        #expect(meetings.count == 3)
        #expect(meetings.allSatisfy { $0["from"] as? String == "p" && $0["to"] as? String == "q" && $0["reversed"] as? Bool == true })

        // C's judgement is in the historiography layer (C's own), shown and marked.
        let judged = try #require(relations.first { $0["predicate"] as? String == "judged" })
        #expect(judged["phrase"] as? String == "was judged by")
        #expect(judged["toName"] as? String == "Commentator C")
        #expect(judged["layer"] as? String == "historiography")
        #expect(judged["sources"] as? [String] == ["b:L40"])
    }

    @Test func unknownEntityFailsWithoutPrintingJSON() throws {
        let r = try CLIRunner.run(["show", "nobody-at-all", "--graph", Self.timeRules, "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("error: no entity matches 'nobody-at-all'"), "\(r.stderr)")
    }

    @Test func invalidUTF8NameIsAUsageErrorThatSaysSo() throws {
        // \377 is never UTF-8; the shell passes the byte through as it is. Without the check, "p\377"
        // would fold to P's id and show P's card.
        let executable = CLIRunner.executable.path
        for (name, format) in [("p\\377", "json"), ("x\\377y", "text")] {
            let r = try CLIRunner.run([], shell: "'\(executable)' show \"$(printf '\(name)')\" --graph '\(Self.timeRules)' --format \(format)")
            #expect(r.status == 64, "\(name): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(name)")
            #expect(r.stderr.contains("is not valid UTF-8; give the entity's id, name or alias in UTF-8"), "\(name): \(r.stderr)")
            #expect(!r.stderr.contains("did you mean"), "\(name)")
        }
    }
}
