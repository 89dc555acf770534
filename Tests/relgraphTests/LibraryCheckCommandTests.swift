import Foundation
import Testing

/// Checks that moved from the commands into the library calls they guard: the commands report
/// the library's typed errors as usage errors (64), in its words.
@Suite("relgraph: argument checks made by the library")
struct LibraryCheckCommandTests {
    @Test("common, gaps and path refuse one entity for both ends alike")
    func oneEntityForBothEnds() throws {
        for command in ["common", "gaps", "path", "separate"] {
            let r = try CLIRunner.run([command, "molotov", "molotov"])
            #expect(r.status == 64, "\(command)")
            #expect(r.stderr.contains("the two ends are the same entity (vyacheslav-molotov); give two different entities"), "\(command): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test("neighbors refuses to avoid its own centre")
    func neighborsAvoidingTheCentre() throws {
        let r = try CLIRunner.run(["neighbors", "molotov", "--avoid", "molotov"])
        #expect(r.status == 64)
        #expect(r.stderr.hasSuffix("\nerror: cannot avoid the centre entity itself\n"))
    }
}

/// The predicate, time and layer options are one option group: every command that filters
/// relations reads and refuses them alike, and they pick the same relations.
@Suite("relgraph: one set of relation filter options")
struct RelationFilterOptionsCommandTests {
    static let commands: [[String]] = [
        ["relations"], ["match", "person -signed-> agreement"], ["project", "--via", "agreement"],
        ["subgraph", "-o", "-", "--to", "tsv"], ["render", "--format", "dot"],
        // Exact ids, so no "also:" line about other names containing the query comes first.
        ["path", "vyacheslav-molotov", "joachim-von-ribbentrop"], ["neighbors", "vyacheslav-molotov"],
        ["common", "vyacheslav-molotov", "joachim-von-ribbentrop"], ["separate", "vyacheslav-molotov", "joachim-von-ribbentrop"],
    ]

    @Test("both --during and --at, or a window that is no date, are usage errors in every command", arguments: commands)
    func windowsAreCheckedAlike(_ command: [String]) throws {
        let both = try CLIRunner.run(command + ["--during", "1922", "--at", "1922"])
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: give --during or --at, not both\n"), "\(both.stderr)")
        let bad = try CLIRunner.run(command + ["--during", "19x2"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: --during: '19x2' is not a valid date"), "\(bad.stderr)")
        let unknown = try CLIRunner.run(command + ["--predicate", "sgned"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: unknown predicate 'sgned'; did you mean 'signed'?"), "\(unknown.stderr)")
    }

    @Test("relations and subgraph keep the same relations for the same filters")
    func sameRelationsForTheSameFilters() throws {
        let arguments = ["--predicate", "signed", "--during", "1939"]
        let facts = try CLIRunner.run(["relations", "--format", "csv"] + arguments)
        let sub = try CLIRunner.run(["subgraph", "-o", "-", "--to", "csv"] + arguments)
        #expect(facts.status == 0 && sub.status == 0)
        let pairs = Set(facts.stdout.split(separator: "\n").dropFirst().map { line -> String in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return "\(cells[0]) \(cells[3])"
        })
        let edges = Set(sub.stdout.split(separator: "\n").map { line -> String in
            let cells = line.split(separator: ",")
            return "\(cells[0]) \(cells[1])"
        })
        #expect(!pairs.isEmpty && pairs == edges)
    }
}
