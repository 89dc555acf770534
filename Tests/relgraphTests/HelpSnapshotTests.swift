import Foundation
import RelgraphTestSupport
import Testing

/// Every subcommand's `--help`, pinned by a snapshot, each with a worked example and lines that
/// fit an 80-column terminal.
@Suite("relgraph --help of every command")
struct HelpSnapshotTests {
    /// The subcommands as `relgraph --help` lists them.
    static func subcommands() throws -> [String] {
        let help = try CLIRunner.run(["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = line.split(separator: " ").first,
                  word.allSatisfy({ $0.isLowercase || $0 == "-" }), word != "help" else { return nil }
            return String(word)
        }
    }

    @Test func theTopLevelHelpIsPinned() throws {
        let r = try CLIRunner.run(["--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        assertSnapshot(r.stdout, named: "help")
    }

    @Test(arguments: try HelpSnapshotTests.subcommands())
    func eachCommandHelpIsPinnedHasAnExampleAndFits(_ command: String) throws {
        let r = try CLIRunner.run([command, "--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("$ relgraph \(command)"), "no example in relgraph \(command) --help")
        // ArgumentParser never wraps the usage line; everything else must fit.
        for line in r.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "relgraph \(command) --help: line over 80 columns: \(line)")
            // An option's discussion is indented prose: a run of spaces inside it is a
            // line-continuation slip in the source.
            if line.hasPrefix("        ") {
                #expect(line.trimmingCharacters(in: .whitespaces).range(of: "   ") == nil,
                        "relgraph \(command) --help: a run of spaces inside: \(line)")
            }
        }
        assertSnapshot(r.stdout, named: "help-\(command)")
    }

    @Test func everyCommandIsListed() throws {
        let listed = try Self.subcommands()
        #expect(listed.count >= 11, "\(listed)")
    }
}
