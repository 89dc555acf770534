import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("relgraph figures, end to end")
struct FigureCommandTests {
    /// Per node and edge group of an SVG: title, id, tooltip, fills, strokes and stroke widths.
    final class Groups: NSObject, XMLParserDelegate {
        struct Group { var cls = "", id = "", title = "", tooltip = "", fills: [String] = [], strokes: [String] = [], widths: [String] = [], texts: [String] = [] }
        var groups: [Group] = []
        private var current: Group?, depth = 0, start = 0, text: String?

        static func parse(_ data: Data) -> [Group] {
            let delegate = Groups()
            let parser = XMLParser(data: data)
            parser.delegate = delegate
            _ = parser.parse()
            return delegate.groups
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            depth += 1
            if name == "g", let cls = attributes["class"], cls == "node" || cls == "edge" || cls == "cluster" {
                current = Group(cls: cls, id: attributes["id"] ?? "")
                start = depth
                return
            }
            guard current != nil else { return }
            if name == "title" || name == "text" { text = "" }
            if let title = attributes["xlink:title"] { current!.tooltip = title }
            if let fill = attributes["fill"], fill != "none", name != "text" { current!.fills.append(fill) }
            if let stroke = attributes["stroke"] { current!.strokes.append(stroke) }
            if let width = attributes["stroke-width"] { current!.widths.append(width) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            if let collected = text, current != nil {
                if name == "title" { current!.title = collected }
                if name == "text" { current!.texts.append(collected) }
                text = nil
            }
            if name == "g", depth == start, let group = current { groups.append(group); current = nil }
        }
    }

    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-figure-\(UUID().uuidString)-\(name)")
    }

    @Test("two drawings cut out of the bundled graph colour each group alike")
    func groupFillsAcrossSubgraphs() throws {
        var fillOfGroup: [String: Set<String>] = [:]
        for centre in ["molotov", "seeckt"] {
            let r = try CLIRunner.run(["render", "--around", centre, "--depth", "1", "--format", "svg"])
            #expect(r.status == 0, "\(r.stderr)")
            let legend = Groups.parse(Data(r.stdout.utf8)).filter { $0.title.hasPrefix("legend:") }.flatMap(\.texts)
            #expect(legend.contains { $0.hasPrefix("asked about: ") })
            for node in Groups.parse(Data(r.stdout.utf8)) where node.cls == "node" && !node.title.hasPrefix("legend:") {
                // Tooltips read "Name (kind, Group label)"; places carry their group in text colour only.
                guard let open = node.tooltip.firstIndex(of: "("), !node.tooltip.contains("(place"),
                    let comma = node.tooltip[open...].firstIndex(of: ","), let close = node.tooltip[comma...].firstIndex(of: ")"),
                    let fill = node.fills.first
                else { continue }
                let group = node.tooltip[node.tooltip.index(after: comma)..<close].trimmingCharacters(in: .whitespaces)
                fillOfGroup[group, default: []].insert(fill)
            }
        }
        #expect(fillOfGroup["Soviet Union"] == ["#77aadd"])
        #expect(fillOfGroup["Germany"] == ["#eedd88"])
        for (group, fills) in fillOfGroup { #expect(fills.count == 1, "\(group): \(fills)") }
    }

    @Test("path --k 3 --render draws three paths in three colours, each with a legend line")
    func threePaths() throws {
        let svg = temporaryFile("k3.svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let r = try CLIRunner.run(["path", "seeckt", "tukhachevsky", "--k", "3", "--exclude-predicate", "related-to", "--render", svg.path])
        #expect(r.status == 0, "\(r.stderr)")
        let groups = Groups.parse(try Data(contentsOf: svg))
        let bold = groups.filter { $0.cls == "edge" && $0.id.hasPrefix("relation") && $0.widths.contains("3") }
        let colours = Set(bold.flatMap(\.strokes))
        #expect(colours == ["#cc3311", "#0077bb", "#ee7733"])
        let legend = groups.filter { $0.title.hasPrefix("legend:") }.flatMap(\.texts)
        #expect(legend.filter { $0.hasPrefix("path ") }.count == 3)
        #expect(legend.contains { $0.hasPrefix("path 1 (3 hops) via ") })
    }

    @Test("--cluster-by group under sfdp warns and draws the clusters with fdp")
    func clustersUnderSFDP() throws {
        let r = try CLIRunner.run(["render", "--around", "molotov", "--depth", "1", "--engine", "sfdp", "--cluster-by", "group"])
        #expect(r.status == 0)
        #expect(r.stderr == "warning: sfdp does not draw clusters; drawing --cluster-by group with fdp instead\n")
        let clusters = Groups.parse(Data(r.stdout.utf8)).filter { $0.cls == "cluster" }.map(\.title)
        #expect(clusters.contains("cluster_group_soviet-union") && clusters.contains("cluster_group_germany"))
    }

    @Test("neato with --cluster-by group and the legend draws the clusters in the same order in every process")
    func neatoClusterOrderRepeats() throws {
        // Each run is a fresh process, with its own heap addresses, which decided cgraph's subgraph
        // order until subgraphs were numbered in creation order. (The node positions still vary:
        // Graphviz 2.42's ipsep overlap removal does, `neato` on the same DOT file too.)
        let args = ["render", "--around", "seeckt", "--depth", "2", "--engine", "neato", "--cluster-by", "group"]
        let runs = try (0..<4).map { _ in try CLIRunner.run(args) }
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        let orders = runs.map { run in Groups.parse(Data(run.stdout.utf8)).filter { $0.cls == "cluster" }.map(\.title) }
        // Groups in colour order (the most entities first, neutral last), then the legend's box.
        for order in orders {
            #expect(order == ["cluster_group_soviet-union", "cluster_group_germany", "cluster_group_poland",
                              "cluster_group_other", "cluster_legend"])
        }
    }

    @Test("--dpi, --font and --font-size reach the output; bad values are usage errors")
    func printOptions() throws {
        let png = temporaryFile("seeckt.png")
        defer { try? FileManager.default.removeItem(at: png) }
        var sizes: [Int] = []
        for dpi in ["96", "192"] {
            let r = try CLIRunner.run(["render", "--around", "seeckt", "--depth", "1", "--dpi", dpi, "-o", png.path])
            #expect(r.status == 0, "\(r.stderr)")
            let bytes = [UInt8](try Data(contentsOf: png).prefix(24))
            sizes.append(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) })
        }
        #expect(abs(Double(sizes[1]) / Double(sizes[0]) - 2) < 0.06, "\(sizes)")
        let svg = try CLIRunner.run(["render", "--around", "seeckt", "--depth", "1", "--font", "DejaVu Serif", "--font-size", "14"])
        #expect(svg.stdout.contains("font-family=\"DejaVu Serif\" font-size=\"14.00\""))
        #expect(try CLIRunner.run(["render", "--dpi", "0"]).status == 64)
        #expect(try CLIRunner.run(["render", "--font-size", "200"]).status == 64)
    }

    @Test("a groups.csv beside the graph renames and recolours groups; a bad one names its line")
    func groupsFile() throws {
        let folder = temporaryFile("graph")
        try FileManager.default.copyItem(at: CLIRunner.repositoryRoot.appendingPathComponent("Tests/GraphvizRendererTests/Fixtures/styled"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "group,label,color\ngermany,Weimar Germany,#aa3377\n".write(to: folder.appendingPathComponent("groups.csv"), atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["render", "--graph", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let groups = Groups.parse(Data(r.stdout.utf8))
        #expect(groups.first { $0.title == "seeckt" }?.fills == ["#aa3377"])
        #expect(groups.filter { $0.title.hasPrefix("legend:") }.flatMap(\.texts).contains("Weimar Germany"))
        try "group,color\ngermany,reddish\n".write(to: folder.appendingPathComponent("groups.csv"), atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["render", "--graph", folder.path])
        #expect(bad.status == 65)
        #expect(bad.stderr == "error: \(folder.appendingPathComponent("groups.csv").path):2: color 'reddish' is not #RRGGBB\n")
    }
}
