import Foundation
import RelgraphTestSupport
import Testing

/// The DOT of a few drawings of the bundled graph, pinned as golden files in `__Snapshots__/`:
/// DOT is deterministic (nodes in entity order, edges in relation order, attributes sorted), so
/// any change to styling, labels or selection shows up here as a diff to review.
/// Re-record with `RELGRAPH_RECORD_SNAPSHOTS=1 swift test --filter DOTSnapshotTests`.
@Suite("DOT golden files of drawings of the bundled graph")
struct DOTSnapshotTests {
    /// Runs `render ... --format dot` twice, in two processes, and returns the text once both agree.
    func dot(_ arguments: [String]) throws -> String {
        let first = try CLIRunner.run(["render", "--format", "dot"] + arguments)
        let second = try CLIRunner.run(["render", "--format", "dot"] + arguments)
        #expect(first.status == 0, "\(arguments): \(first.stderr)")
        #expect(first.stdout == second.stdout, "\(arguments): DOT differs between two runs")
        return first.stdout
    }

    /// Node statements: a DOT id at the start of a line, then attributes (defaults and edges excluded).
    func nodeIDs(_ dot: String) -> [String] {
        dot.split(separator: "\n").compactMap { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.hasPrefix("graph ["), !text.hasPrefix("node ["), !text.hasPrefix("edge ["),
                  !text.contains(" -> "), let bracket = text.range(of: " [") else { return nil }
            return String(text[..<bracket.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
    }

    @Test("a neighbourhood: Seeckt and the 8 entities one hop away")
    func neighbourhood() throws {
        let text = try dot(["--around", "seeckt", "--depth", "1"])
        assertSnapshot(text, named: "dot-neighbourhood-seeckt", fileExtension: "dot")
        // The same members as `neighbors seeckt` lists, plus Seeckt himself.
        let hood = try CLIRunner.run(["neighbors", "seeckt", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(hood.stdout.utf8)) as? [String: Any]
        let members = (json?["members"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(members.count == 8)
        #expect(Set(nodeIDs(text)) == Set(members + ["hans-von-seeckt"]))
    }

    @Test("a period: who signed and negotiated what in August 1939")
    func period() throws {
        let text = try dot(["--during", "1939-08..1939-08", "--kind", "agreement,person", "--predicate", "signed,negotiated"])
        assertSnapshot(text, named: "dot-period-1939-08-signed", fileExtension: "dot")
        #expect(nodeIDs(text).contains("molotov-ribbentrop-pact"))
        // Only the two predicates asked for label edges.
        let labels = text.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(!labels.isEmpty && labels.allSatisfy { $0.contains("label=\"signed") || $0.contains("label=\"negotiated") })
    }

    @Test("a clustered drawing: the pact's neighbourhood boxed by side")
    func clustered() throws {
        let text = try dot(["--around", "molotov-ribbentrop-pact", "--depth", "1", "--cluster-by", "group"])
        assertSnapshot(text, named: "dot-clustered-pact", fileExtension: "dot")
        for group in ["soviet-union", "germany", "poland", "other"] {
            #expect(text.contains("subgraph cluster_group_\(group) {") || text.contains("subgraph \"cluster_group_\(group)\" {"), "\(group)")
        }
    }

    @Test("a path highlight: Rathenau to Molotov drawn by path --render")
    func pathHighlight() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dot-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var texts: [String] = []
        for run in 0..<2 {
            let file = folder.appendingPathComponent("path-\(run).dot")
            let r = try CLIRunner.run(["path", "rathenau", "molotov", "--render", file.path])
            #expect(r.status == 0, "\(r.stderr)")
            texts.append(try String(contentsOf: file, encoding: .utf8))
        }
        #expect(texts[0] == texts[1], "DOT differs between two runs")
        assertSnapshot(texts[0], named: "dot-path-rathenau-molotov", fileExtension: "dot")
        // The path's hops are drawn bold: as many bold edges as `path` lists hops (3).
        let bold = texts[0].split(separator: "\n").filter { $0.contains(" -> ") && $0.contains("penwidth=\"3\"") }
        #expect(bold.count == 3)
    }
}
