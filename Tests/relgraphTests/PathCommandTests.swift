import Foundation
import Testing

@Suite("relgraph path, neighbors and common, end to end")
struct PathCommandTests {
    let pact = CLIRunner.fixtures.appendingPathComponent("paths-pact").path

    func run(_ args: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(args + ["--graph", pact])
    }

    @Test func pathExplainsEachHopWithSources() throws {
        let r = try run(["path", "Molotov", "ribbentrop", "--tie-break", "entity-order"])
        #expect(r.status == 0)
        #expect(r.stdout == """
            Vyacheslav Molotov to Joachim von Ribbentrop: 2 hops
              1. Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1][2]
              2. Molotov-Ribbentrop Pact was signed by Joachim von Ribbentrop (1939-08-23) [3]

            Sources:
              [1] Treaty of Non-Aggression between Germany and the USSR (1939-08-23), line 40
              [2] Test notes on the pact (Test Author, 2026), line 10
              [3] Treaty of Non-Aggression between Germany and the USSR (1939-08-23), line 41

            """)
    }

    @Test func filtersFromTheCommandLine() throws {
        // An alias names the pact; --avoid takes it out, so the route goes through Stalin.
        let r = try run(["path", "molotov", "ribbentrop", "--avoid", "Nazi-Soviet Pact"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Vyacheslav Molotov to Joachim von Ribbentrop: 2 hops\n  1. Vyacheslav Molotov met Joseph Stalin"))
        let during = try run(["path", "molotov", "ribbentrop", "--during", "1940..1941", "--via", "organization"])
        #expect(during.stdout.contains("Soviet Union traded with Nazi Germany (1940-02-11..1941-06-22)"))
        // Ordered by possible start, nothing out of the pact (1939-08-23) reaches Hitler in time
        // order (his relations start in 1933, or with his life for the undated visit to Poland).
        let chrono = try run(["path", "pact", "hitler", "--chronological"])
        #expect(chrono.status == 1)
        #expect(chrono.stdout.hasPrefix("No path from Molotov-Ribbentrop Pact to Adolf Hitler with these filters.\n  without --chronological: 2 hops"))
        let k = try run(["path", "molotov", "ribbentrop", "--k", "3"])
        #expect(k.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("Path ") }
            == ["Path 1 of 3: 2 hops", "Path 2 of 3: 2 hops", "Path 3 of 3: 3 hops"])
        let weighted = try run(["path", "molotov", "ribbentrop", "--weighted", "--max-hops", "2"])
        #expect(weighted.stdout.hasPrefix("Vyacheslav Molotov to Joachim von Ribbentrop: 2 hops, weight 6\n"))
        let simple = try run(["path", "molotov", "ribbentrop", "--all-simple", "--max-hops", "3", "--limit", "5"])
        #expect(simple.stdout.contains("Path 5 of 5+: 3 hops"))
        #expect(simple.stdout.contains("(more paths exist: the list stops at the limit; raise --limit to see more)"))
    }

    @Test func noPathSaysWhyAndExitsOne() throws {
        let r = try run(["path", "molotov", "ribbentrop", "--via", "person", "--during", "1940..", "--tie-break", "entity-order"])
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("""
            No path from Vyacheslav Molotov to Joachim von Ribbentrop with these filters.
              without --via: 3 hops, Vyacheslav Molotov → Soviet Union → Nazi Germany → Joachim von Ribbentrop
              without --at/--during: 2 hops, Vyacheslav Molotov → Joseph Stalin → Joachim von Ribbentrop
            Without any filter, the shortest path has 2 hops:
              1. Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1][2]
            """))
        let directed = try run(["path", "poland", "hitler", "--directed", "--format", "json"])
        #expect(directed.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(directed.stdout.utf8)) as? [String: Any]
        let diagnosis = object?["diagnosis"] as? [String: Any]
        #expect(diagnosis?["connected"] as? Bool == true)
        let relaxations = diagnosis?["relaxations"] as? [[String: Any]]
        #expect(relaxations?.first?["drop"] as? String == "directed")
        #expect(((relaxations?.first?["path"] as? [String: Any])?["length"]) as? Int == 1)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let r = try run(["path", "molotov", "ribbentrop", "--format", "json", "--tie-break", "entity-order"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["paths", "truncated"])
        let path = try #require((object["paths"] as? [[String: Any]])?.first)
        #expect(path["length"] as? Int == 2 && path["weight"] as? Double == 10)
        let hops = try #require(path["hops"] as? [[String: Any]])
        #expect(hops.map { $0["from"] as? String } == ["vyacheslav-molotov", "molotov-ribbentrop-pact"])
        #expect(hops.map { $0["reversed"] as? Bool } == [false, true])
        #expect(hops[0]["sources"] as? [String] == ["treaty-text:L40", "notes:L10"])
        #expect(hops[0]["end"] as? String == "1939-08-23")
    }

    @Test func usageErrorsExitNonZeroWithAHint() throws {
        let bad: [([String], Int32, String)] = [
            (["path", "molotov", "ribbentrop", "--k", "0"], 64, "--k must be at least 1"),
            (["path", "molotov", "ribbentrop", "--k", "2", "--all-shortest"], 64, "at most one of"),
            (["path", "molotov", "ribbentrop", "--chronological", "--weighted"], 64, "--chronological"),
            (["path", "molotov", "ribbentrop", "--predicate", "sigend"], 64, "did you mean 'signed'?"),
            (["path", "molotov", "ribbentrop", "--via", "people"], 64, "--via"),
            (["path", "molotov", "ribbentrop", "--during", "1940..19x"], 64, "--during"),
            (["path", "molotov", "molotov"], 64, "same entity"),
            (["path", "molotov", "ribbentrop", "--avoid", "molotov"], 64, "cannot avoid"),
            (["path", "molotov", "nobody-at-all"], 1, "nobody-at-all"),
            (["path", "molotov"], 64, "Missing expected argument"),
            (["neighbors", "molotov", "--depth", "0"], 64, "--depth"),
            (["common", "molotov", "ribbentrop", "--directed"], 64, "--directed"),
        ]
        for (args, status, hint) in bad {
            let r = try run(args)
            #expect(r.status == status, "\(args)")
            #expect(r.stderr.contains(hint), "\(args): \(r.stderr)")
        }
    }

    @Test func neighborsByDepth() throws {
        let r = try run(["neighbors", "molotov", "--depth", "2", "--via", "person"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("""
            Vyacheslav Molotov: 6 entities within 2 hops

            at 1 hop:
              Molotov-Ribbentrop Pact [agreement]: Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1][2]
              Joseph Stalin [person]: Vyacheslav Molotov met Joseph Stalin (1939-08-23) [3]
              Soviet Union [organization]: Vyacheslav Molotov served in Soviet Union (1930..1956) [4]
              Friedrich-Werner von der Schulenburg [person]: Vyacheslav Molotov met Friedrich-Werner von der Schulenburg (1939-05-20) [5]

            at 2 hops:
              Joachim von Ribbentrop [person]: Joseph Stalin met Joachim von Ribbentrop (1939-08-23) [6]
                  note: In the Kremlin
              Nazi Germany [organization]: Friedrich-Werner von der Schulenburg served in Nazi Germany (1934..1941) [7]
            """))
        let json = try run(["neighbors", "molotov", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["members"] as? [[String: Any]])?.count == 4)
    }

    @Test func commonNeighbours() throws {
        let r = try run(["common", "molotov", "ribbentrop"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("""
            Vyacheslav Molotov and Joachim von Ribbentrop: 2 shared entities

            Molotov-Ribbentrop Pact [agreement]
              Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1][2]
              Vyacheslav Molotov negotiated Molotov-Ribbentrop Pact (1939-08) [3]
              Joachim von Ribbentrop signed Molotov-Ribbentrop Pact (1939-08-23) [4]

            Joseph Stalin [person]
              Vyacheslav Molotov met Joseph Stalin (1939-08-23) [5]
              Joachim von Ribbentrop met Joseph Stalin (1939-08-23) [6]
            """))
        let none = try run(["common", "hitler", "rapallo"])
        #expect(none.status == 1)
        #expect(none.stdout.hasPrefix("Adolf Hitler and Treaty of Rapallo: 0 shared entities"))
    }

    /// The default tie rule avoids hubs. Molotov reaches Ribbentrop in two hops through the pact
    /// (5 relations in this fixture) or through Stalin (3 relations): log(1+3) < log(1+5), so
    /// through Stalin; both hops are `met` relations walked from their object side.
    @Test func defaultTieBreakAvoidsHubs() throws {
        let r = try run(["path", "molotov", "ribbentrop", "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let hops = try #require(((object["paths"] as? [[String: Any]])?.first)?["hops"] as? [[String: Any]])
        #expect(hops.map { $0["from"] as? String } == ["vyacheslav-molotov", "joseph-stalin"])
        #expect(hops.map { $0["to"] as? String } == ["joseph-stalin", "joachim-von-ribbentrop"])
        #expect(hops.map { $0["predicate"] as? String } == ["met", "met"])
        #expect(hops.map { $0["reversed"] as? Bool } == [true, true])
        let bad = try run(["path", "molotov", "ribbentrop", "--tie-break", "random"])
        #expect(bad.status == 64)
    }
}
