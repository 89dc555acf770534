import Foundation
import GraphvizRenderer
import RelationGraph

/// One self-contained HTML page to explore a graph (or the part of one that was selected) in a
/// browser, offline.
///
/// The page holds the drawing, laid out by Graphviz in process with the same layout and styles
/// as ``DiagramRenderer``'s SVG; the graph as JSON (``ExplorerData``); and a hand-written script
/// and style sheet. It requests nothing from any server: no script, font, style or data
/// beyond the file itself. In the page a reader can pan and zoom (mouse, touch, keyboard), search
/// names and aliases, open an entity's card with every relation, its claims and numbered
/// citations, filter by kind, group, predicate and layer, dim what does not hold in a window of
/// years (possible or known reading), find the shortest path between two entities (the same
/// path as `relgraph path A B`, tie rule included) and copy a line that cites the view.
///
/// Graph content never becomes markup: the JSON is embedded with `<`, `>`, `&`, U+2028 and
/// U+2029 escaped, the SVG text is escaped by Graphviz, and the script builds every element with
/// `textContent`.
///
/// ```swift
/// let part = graph.subgraph(.around([seeckt], depth: 2))
/// let page = ExplorerPage(graph: part, description: .init(
///     graphName: "german-soviet-1918-1941", selection: "--around seeckt --depth 2", version: RelgraphVersion.current))
/// try page.html().write(to: URL(fileURLWithPath: "seeckt.html"), atomically: true, encoding: .utf8)
/// ```
public struct ExplorerPage: Sendable {
    /// What the "Cite this view" line says about where the page came from.
    public struct Description: Sendable, Hashable {
        /// The graph's name, such as its folder's name.
        public var graphName: String
        /// How the drawn part was selected, such as `--around seeckt --depth 2`; empty for the whole graph.
        public var selection: String
        /// The relgraph version that made the page.
        public var version: String

        /// A description of a page of `graphName`, selected by `selection`, made by relgraph `version`.
        public init(graphName: String, selection: String = "", version: String = RelgraphVersion.current) {
            self.graphName = graphName
            self.selection = selection
            self.version = version
        }
    }

    /// The graph the page shows, every entity and relation of it drawn.
    public let graph: Graph
    /// How the drawing is styled and laid out; the page draws the legend beside the drawing
    /// from the same ``Legend`` model, so ``RenderOptions/showsLegend`` is ignored.
    public let options: RenderOptions
    /// Where the page came from.
    public let description: Description

    /// A page for `graph`, drawn with `options`.
    public init(graph: Graph, options: RenderOptions? = nil, description: Description) {
        self.graph = graph
        self.options = options ?? RenderOptions.suggested(entityCount: graph.entities.count, relationCount: graph.relations.count)
        self.description = description
    }

    /// The whole page as HTML text.
    /// - Throws: ``GraphvizError`` when Graphviz cannot lay out or render the drawing.
    /// - Complexity: that of the layout, plus O(V + E) for the data.
    public func html() throws(GraphvizError) -> String {
        var drawing = options
        drawing.showsLegend = true
        var document = DiagramBuilder.document(for: graph, options: drawing)
        // The page draws the legend itself, beside the drawing, from the same model.
        let legend = document.legend?.legend ?? Legend()
        document.legend = nil
        let svg = try DiagramRenderer.render(document, format: .svg)
        let data = ExplorerData(graph: graph, description: description, groups: groups(), legend: legend)
        return Self.page(svg: Self.inlineSVG(String(decoding: svg, as: UTF8.self)), json: Self.scriptSafeJSON(data))
    }

    /// The groups drawn, with their labels and the fill colours the drawing uses, in legend order.
    func groups() -> [ExplorerData.Group] {
        let colors = options.groupColors ?? GroupColors(graph: graph)
        let drawn = Set(graph.entities.compactMap(\.group))
        return colors.entries.filter { drawn.contains($0.group) }.map { ExplorerData.Group(id: $0.group, label: $0.label, fill: $0.fill) }
    }

    /// The page around the drawing and the data; the script sets the title from the data, so
    /// no graph text is written into the markup here.
    static func page(svg: String, json: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>relgraph explorer</title>
        <link rel="icon" href="data:,">
        <style>
        \(ExplorerStyle.source)
        </style>
        </head>
        <body>
        \(ExplorerMarkup.body(svg: svg))
        <script type="application/json" id="relgraph-data">\(json)</script>
        <script>
        \(ExplorerScript.source)
        </script>
        </body>
        </html>

        """
    }

    /// Graphviz's SVG document reduced to its `<svg>` element for inline use: no XML
    /// declaration, doctype or comments (which repeat node names), and no fixed size, so that
    /// the page sizes and scales it.
    static func inlineSVG(_ text: String) -> String {
        guard let start = text.range(of: "<svg") else { return "" }
        var svg = ""
        svg.reserveCapacity(text.utf8.count)
        var rest = text[start.lowerBound...]
        while let open = rest.range(of: "<!--") {
            svg += rest[..<open.lowerBound]
            // An unterminated comment runs to the end of the document.
            let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex)?.upperBound ?? rest.endIndex
            rest = rest[close...]
        }
        svg += rest
        if let tagEnd = svg.firstIndex(of: ">") {
            let tag = String(svg[..<tagEnd])
                .replacingOccurrences(of: #" width="[^"]*""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #" height="[^"]*""#, with: "", options: .regularExpression)
            svg = tag + " id=\"drawing-svg\" role=\"img\" aria-label=\"graph drawing\"" + svg[tagEnd...]
        }
        return svg.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `data` as JSON that can stand inside a `<script>` element: `<`, `>` and `&` (so no
    /// `</script>` or `<!--` can end or change the element) and U+2028/U+2029 written as
    /// `\u` escapes, which JSON reads back as the same characters.
    static func scriptSafeJSON(_ data: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding these plain structs of strings and numbers cannot fail; an empty object keeps the page working.
        let text = (try? encoder.encode(data)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return text.rewritingScalars { scalar, out in
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
