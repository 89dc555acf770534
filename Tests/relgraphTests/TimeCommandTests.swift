import Foundation
import Testing

/// The three commands at the top of the time-and-evidence issue, on the bundled graph, and the
/// usage errors of rule 4.
@Suite("Time and evidence on the bundled graph, end to end")
struct TimeCommandTests {
    @Test func noMolotovSigningIn1945UnderStrictTime() throws {
        // The pact was signed and Ribbentrop met on 1939-08-23/24: neither is known to hold in 1945.
        let r = try CLIRunner.run(["neighbors", "molotov", "--at", "1945", "--strict-time"])
        #expect(!r.stdout.contains("signed"))
        #expect(!r.stdout.contains("Ribbentrop"))
        // On the day itself, the meeting is there.
        let day = try CLIRunner.run(["neighbors", "molotov", "--at", "1939-08-23", "--strict-time"])
        #expect(day.stdout.contains("Vyacheslav Molotov met Joachim von Ribbentrop (1939-08-23..1939-08-24)"))
    }

    @Test func noLeninIn1940() throws {
        // Lenin died in 1924 (1870-1924): no relation of his is known, or even possible, in 1940.
        for strict in [["--strict-time"], []] {
            let r = try CLIRunner.run(["path", "lenin", "hitler", "--at", "1940"] + strict)
            #expect(!r.stdout.contains("Vladimir Lenin led"), "\(strict)")
            #expect(r.stdout.hasPrefix("No path from Vladimir Lenin to Adolf Hitler"), "\(strict)")
        }
    }

    @Test func anEmpty1800GraphUnderStrictTime() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-time-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("x.graphml").path
        let r = try CLIRunner.run(["subgraph", "--during", "1800..1801", "--strict-time", "-o", out])
        #expect((r.stdout + r.stderr).contains("wrote 0 entities and 0 relations"), "\(r.stdout)\(r.stderr)")
    }

    @Test func rule4QualifiedOrReversedWindowsAreUsageErrors() throws {
        for args in [["path", "molotov", "ribbentrop", "--during", "1941..1939"],
                     ["path", "molotov", "ribbentrop", "--at", "1939?"],
                     ["neighbors", "molotov", "--at", "1939~"],
                     ["subgraph", "--during", "1941..1939", "-o", "/dev/null"]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
        }
    }

    @Test func rule8CommentatorsLeftOutUnlessIncluded() throws {
        let show = try CLIRunner.run(["show", "kershaw"])
        #expect(show.stdout.contains("layer:       historiography"), "\(show.stdout)")
        let plain = try CLIRunner.run(["rank", "--top", "0"])
        let included = try CLIRunner.run(["rank", "--top", "0", "--include-layer", "historiography"])
        #expect(!plain.stdout.contains("Kershaw"))
        #expect(included.stdout.contains("Kershaw"))
    }

    @Test func rule6StatsCountsDisputesAndValidateListsThem() throws {
        let folder = CLIRunner.fixtures.appendingPathComponent("time-rules").path
        let stats = try CLIRunner.run(["stats", "--graph", folder])
        #expect(stats.stdout.contains("disputed facts  1\n"))
        let list = try CLIRunner.run(["validate", "--list-disputes", "--graph", folder])
        #expect(list.stdout.contains("""
            fact f1: p member-of o
              disputed: 1921, end unknown per Ambitious for War (Test Author), line 12 (Row 13 first claim); \
            1924, end unknown per Sowing the Wind (Test Author), line 30 (Row 13 second claim)
            """))
        // Row 11 ends after O's lifespan: the date wins, with a warning.
        #expect(list.stdout.contains("relations.csv:12: warning: 1965 is after o ends (1960)"))
    }
}
