import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("relgraph path --render")
struct PathRenderTests {
    let pact = CLIRunner.fixtures.appendingPathComponent("paths-pact").path

    /// Node titles (entity ids) and the stroke widths of the edges in an SVG drawing.
    final class SVGSummary: NSObject, XMLParserDelegate {
        var nodeTitles: [String] = []
        var boldEdges = 0
        private var inNode = false, inEdge = false, inTitle = false, title = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            // Legend samples (ids legend-edge-N) are not part of the drawing.
            if name == "g", let cls = attributes["class"] {
                inNode = cls == "node"
                inEdge = cls == "edge" && !(attributes["id"] ?? "").hasPrefix("legend")
            }
            if name == "title" { inTitle = true; title = "" }
            if name == "path", inEdge, let width = attributes["stroke-width"], (Double(width) ?? 1) >= 2.5 { boldEdges += 1 }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { title += string } }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false; if inNode { nodeTitles.append(title) } }
        }
    }

    @Test func drawsThePathBoldAmongItsNeighbours() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-path-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let r = try CLIRunner.run(["path", "molotov", "ribbentrop", "--graph", pact, "--render", svg.path])
        #expect(r.status == 0, "\(r.stderr)")
        // "molotov" and "ribbentrop" are aliases of the ministers and part of the pact's name: the answer says so.
        let also = "also: Molotov-Ribbentrop Pact (molotov-ribbentrop-pact)\n"
        #expect(r.stderr == also + also + "drew the path to \(svg.path)\n")
        let summary = SVGSummary()
        let parser = XMLParser(data: try Data(contentsOf: svg))
        parser.delegate = summary
        #expect(parser.parse())
        // Both ends and the pact between them are drawn, and exactly the two hops are bold.
        #expect(Set(summary.nodeTitles).isSuperset(of: ["vyacheslav-molotov", "molotov-ribbentrop-pact", "joachim-von-ribbentrop"]))
        #expect(summary.boldEdges == 2)
    }

    @Test func noPathDrawsNothing() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-nopath-\(UUID().uuidString).svg")
        let r = try CLIRunner.run(["path", "molotov", "ribbentrop", "--graph", pact, "--via", "place", "--render", svg.path])
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: svg.path))
    }
}
