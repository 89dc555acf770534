import Foundation
import GraphvizRenderer
import RelationGraph
import Testing
@testable import GraphExplorer

/// The hostile fixture the browser test opens too: names, notes and a source that try to inject markup.
private func hostileGraph() throws -> Graph {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/Fixtures/hostile")
    return try GraphFolder.load(from: folder)
}

/// The page's parts: markup around the data, the JSON, and the hand-written script.
private struct PageParts {
    let markup: String
    let json: String
    let script: String

    init(_ html: String) throws {
        let open = #"<script type="application/json" id="relgraph-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        json = String(html[start.upperBound..<end.lowerBound])
        markup = String(html[..<start.lowerBound])
        script = String(html[end.upperBound...])
    }
}

@Suite("The explorer page")
struct ExplorerPageTests {
    @Test("JSON for a script element escapes what could end or change the element, and reads back the same")
    func scriptSafeJSON() throws {
        let hostile = ["</script><script>alert(1)</script>", "<!-- a & b -->", "line\u{2028}para\u{2029}end", "é ü 中"]
        let text = ExplorerPage.scriptSafeJSON(hostile)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!text.contains(forbidden), "\(forbidden) left in the JSON") }
        #expect(text.contains(#"\u003c\/script\u003e"#) || text.contains(#"\u003c/script\u003e"#))
        let back = try JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect(back == hostile)
    }

    @Test("graph text never reaches the markup: the SVG escapes it and only the JSON carries it")
    func hostileNamesStayText() throws {
        let graph = try hostileGraph()
        let html = try ExplorerPage(graph: graph, description: .init(graphName: "hostile", version: "test")).html()
        let parts = try PageParts(html)
        // Exactly the page's own two script elements, and no element made of graph text.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        for injected in ["<img", "<b>", "<i>", "<svg onload", "onerror=\"", "javascript:"] {
            #expect(!parts.markup.contains(injected), "\(injected) in the markup")
        }
        // The SVG shows the names as escaped text.
        #expect(parts.markup.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;Eve"))
        // The data carries the names intact.
        let data = try JSONSerialization.jsonObject(with: Data(parts.json.utf8)) as? [String: Any]
        let entities = try #require(data?["entities"] as? [[String: Any]])
        #expect(entities.map { $0["name"] as? String } == graph.entities.map(\.name))
        // A javascript: address is not offered as a link.
        let citations = try #require(data?["citations"] as? [[String: Any]])
        #expect(citations.allSatisfy { $0["url"] == nil })
        #expect(!parts.json.contains("javascript:"))
    }

    @Test("the page asks for nothing outside itself, and its script and style stay under 150 KB")
    func selfContained() throws {
        let graph = try BundledGraph.load()
        let html = try ExplorerPage(graph: graph, description: .init(graphName: "german-soviet-1918-1941")).html()
        let parts = try PageParts(html)
        for reference in ["src=", "http://", "https://", "url(", "@import", "fetch(", "XMLHttpRequest", "<link rel=\"stylesheet"] {
            #expect(!parts.markup.replacingOccurrences(of: "http://www.w3.org/", with: "").contains(reference), "\(reference) in the markup")
            #expect(!parts.script.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains(reference), "\(reference) in the script")
        }
        let handWritten = ExplorerScript.source.utf8.count + ExplorerStyle.source.utf8.count
        #expect(handWritten <= 150_000)
        #expect(handWritten > 10_000)
    }

    @Test("the data holds the library's hub costs, spans and search keys for every entity and relation")
    func embeddedData() throws {
        let graph = try BundledGraph.load()
        let data = ExplorerData(graph: graph, description: .init(graphName: "g"), groups: [])
        #expect(data.entities.map(\.hubCost) == PathFinder.hubCosts(of: graph))
        let seeckt = try graph.resolve("seeckt").index
        #expect(data.entities[seeckt].keys.contains("hans von seeckt"))
        #expect(data.entities[seeckt].card == (try EntityCard(graph: graph, entity: graph.handles[seeckt])).lines.map(\.relationIndex))
        for r in graph.relations.indices {
            let record = data.relations[r]
            let time = graph.time(of: r)
            #expect(record.subject == Int(graph.relationSubject[r]) && record.object == Int(graph.relationObject[r]))
            #expect(record.known == time.known.map(ExplorerDayRange.init))
            #expect(record.possible == time.possible.map(ExplorerDayRange.init))
            #expect(record.onPaths == (graph.isPrimaryClaim(r) && (graph.relations[r].layer ?? "").isEmpty))
        }
        // Independently: Rathenau met Chicherin on 16 April 1922 (an instant: known that day),
        // and an undated relation is known at no time.
        let met = try #require(graph.relations.indices.first {
            graph.relations[$0].subject == "walther-rathenau" && graph.relations[$0].object == "georgy-chicherin"
        })
        let day = try PartialDate("1922-04-16").firstDay
        #expect(data.relations[met].known == ExplorerDayRange(from: day, to: day))
        if let undated = graph.relations.indices.first(where: { graph.relations[$0].span.isUnknown }) {
            #expect(data.relations[undated].known == nil)
        }
        // 1 January of each year, one past the last: 1922 starts 365 days after 1921 does.
        let y = data.years
        let i1921 = 1921 - y.first
        #expect(y.startDays[i1921 + 1] - y.startDays[i1921] == 365)
        #expect(y.startDays[i1921] == (try PartialDate("1921")).firstDay)
    }

    @Test("the inline SVG keeps the drawing and its ids, without comments, prolog or fixed size")
    func inlineSVG() throws {
        let graph = try hostileGraph()
        let html = try ExplorerPage(graph: graph, description: .init(graphName: "hostile")).html()
        let markup = try PageParts(html).markup
        #expect(!markup.contains("<!--") && !markup.contains("<?xml") && !markup.contains("<!DOCTYPE svg"))
        let svgTag = try #require(markup.range(of: "<svg")).lowerBound
        let tag = markup[svgTag...].prefix { $0 != ">" }
        #expect(tag.contains("viewBox=") && tag.contains(#"id="drawing-svg""#) && !tag.contains(" width="))
        for entity in graph.entities { #expect(markup.contains(#"id="entity&#45;\#(entity.id)""#)) }
        #expect(markup.contains(#"id="relation&#45;0""#))
    }
}
