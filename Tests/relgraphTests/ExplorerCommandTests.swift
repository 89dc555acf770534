import Foundation
import Testing

@Suite("relgraph render --format html, end to end")
struct ExplorerCommandTests {
    let styled = CLIRunner.repositoryRoot.appendingPathComponent("Tests/GraphvizRendererTests/Fixtures/styled").path

    /// The JSON the page embeds.
    func embeddedData(_ html: String) throws -> [String: Any] {
        let open = #"<script type="application/json" id="relgraph-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    @Test("a selection's page holds exactly the entities the same selection draws, and cites the selection")
    func selectionPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-explorer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("kama.html")
        let r = try CLIRunner.run(["render", "--graph", styled, "--around", "Kama", "--depth", "1", "--format", "html", "-o", page.path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let data = try embeddedData(html)
        let ids = try #require(data["entities"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        // kama's neighbours: reichswehr (trained-at) and kazan (located-in).
        #expect(Set(ids) == ["kama", "reichswehr", "kazan"])
        let meta = try #require(data["meta"] as? [String: Any])
        #expect(meta["selection"] as? String == "--around Kama --depth 1")
        #expect(meta["graph"] as? String == "styled")

        // The extension alone asks for the page too.
        let plain = folder.appendingPathComponent("all.html")
        #expect(try CLIRunner.run(["render", "--graph", styled, "-o", plain.path]).status == 0)
        let all = try embeddedData(try String(contentsOf: plain, encoding: .utf8))
        #expect((all["entities"] as? [Any])?.count == 9)
    }
}
