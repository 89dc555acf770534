import Foundation
import RelationGraph

/// Draws a ``Legend`` as a block of pinned Graphviz nodes beside or under a laid-out drawing.
///
/// The block is placed after the engine has laid out the graph, from the drawing's bounding
/// box, so no engine ever moves it among the nodes and it looks the same under every engine:
/// headed sections in columns, each line a sample (an outline, a fill swatch or a short edge)
/// and its text, inside a rounded frame (the cluster `cluster_legend`). It goes to the right of a
/// drawing that is not much wider than tall and under a wider one; lines flow into further
/// columns so that, for drawings of ``tallLegendLimit`` or more entities, the block is never
/// taller than the drawing.
struct LegendLayout {
    /// The id prefix of every legend node; entity ids are slugs and never contain a colon.
    static let prefix = "legend:"
    /// From this many entities on, the legend is never taller than the drawing.
    static let tallLegendLimit = 10
    /// Lines per column when the legend goes under the drawing.
    static let rowsUnder = 7.0

    /// A rectangle in Graphviz points, y upwards.
    struct Box: Equatable {
        var minX, minY, maxX, maxY: Double
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }

        /// Parses Graphviz's `bb` ("llx,lly,urx,ury").
        init?(bb: String) {
            let parts = bb.split(separator: ",").compactMap { Double($0) }
            guard parts.count == 4 else { return nil }
            (minX, minY, maxX, maxY) = (parts[0], parts[1], parts[2], parts[3])
        }

        init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
        }

        func union(_ other: Box) -> Box {
            Box(minX: min(minX, other.minX), minY: min(minY, other.minY),
                maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
        }

        var bb: String { [minX, minY, maxX, maxY].map { LegendLayout.number($0) }.joined(separator: ",") }
    }

    /// A text to be measured: its label, font and size.
    struct Text: Hashable {
        var label: String
        var fontName: String
        var fontSize: Double
    }

    /// The legend's nodes, edges and frame, with positions, and the box they take.
    struct Placed {
        var nodes: [DiagramNode] = []
        var edges: [DiagramEdge] = []
        var frame: DiagramCluster
        var box: Box
    }

    let legend: Legend
    let fontName: String
    /// Font size of the entries, in points (headings are one point larger).
    let fontSize: Double

    /// The bold face of the font: PostScript names for Graphviz's standard families
    /// (`Helvetica-Bold`, which SVG then marks bold), "NAME Bold" for fontconfig ones.
    var headingFont: String {
        let postScript: Set<String> = ["Helvetica", "Times", "Courier", "Arial", "Times-Roman", "AvantGarde", "Bookman", "Palatino", "NewCenturySchlbk"]
        return postScript.contains(fontName) ? fontName + "-Bold" : fontName + " Bold"
    }

    private enum Row {
        case heading(String)
        case entry(Legend.Entry)
    }

    private var rows: [Row] {
        legend.sections.flatMap { section in [Row.heading(section.heading)] + section.entries.map(Row.entry) }
    }

    /// Every text the legend draws, to be measured by Graphviz before placing.
    var texts: [Text] {
        rows.map { row in
            switch row {
            case .heading(let text): Text(label: text, fontName: headingFont, fontSize: fontSize + 1)
            case .entry(let entry): Text(label: entry.label, fontName: fontName, fontSize: fontSize)
            }
        }
    }

    private var rowHeight: Double { fontSize * 2 }
    private var sampleWidth: Double { fontSize * 3.2 }
    private var gap: Double { fontSize * 0.7 }
    private var padding: Double { fontSize }

    /// Places the legend next to a drawing whose bounding box is `drawing`, with `widths`
    /// (points) of ``texts`` as Graphviz measured them.
    func place(beside drawing: Box, entityCount: Int, widths: [Text: Double]) -> Placed {
        let under = drawing.width > 1.4 * drawing.height
        // Under a wide drawing the sections run side by side in short columns; beside a tall one
        // they fill the drawing's height. A small drawing may have a taller legend than itself.
        var limit = under ? rowHeight * Self.rowsUnder + 2 * padding : drawing.height
        if entityCount < Self.tallLegendLimit && !under { limit = max(limit, rowHeight * 12) }
        if entityCount >= Self.tallLegendLimit { limit = min(limit, drawing.height) }
        let columns = flow(limit: limit - 2 * padding)

        let textWidth = { (row: Row, text: Text) -> Double in
            let measured = widths[text] ?? Double(text.label.count) * text.fontSize * 0.6
            if case .heading = row { return measured }
            return sampleWidth + gap + measured
        }
        let allTexts = texts
        var columnWidths: [Double] = []
        for column in columns {
            columnWidths.append(column.map { textWidth(rows[$0], allTexts[$0]) }.max() ?? 0)
        }
        let contentHeight = columns.map { Double($0.count) * rowHeight }.max() ?? 0
        let width = columnWidths.reduce(0, +) + gap * 2 * Double(max(0, columns.count - 1)) + 2 * padding
        let height = contentHeight + 2 * padding
        let space = fontSize * 1.5
        let origin = under
            ? (x: drawing.minX, y: drawing.minY - space - height)
            : (x: drawing.maxX + space, y: drawing.maxY - height)
        let box = Box(minX: origin.x, minY: origin.y, maxX: origin.x + width, maxY: origin.y + height)

        var placed = Placed(
            frame: DiagramCluster(id: "cluster_legend", attributes: [
                .boundingBox: box.bb, .style: "rounded", .color: "#999999", .penWidth: "1", .label: "",
            ]),
            box: box)
        var x = box.minX + padding
        for (c, column) in columns.enumerated() {
            var top = box.maxY - padding
            for index in column {
                let centreY = top - rowHeight / 2
                add(rows[index], index: index, text: allTexts[index], x: x, y: centreY,
                    textWidth: widths[allTexts[index]] ?? Double(allTexts[index].label.count) * fontSize * 0.6,
                    to: &placed)
                top -= rowHeight
            }
            x += columnWidths[c] + 2 * gap
        }
        return placed
    }

    /// Row indices per column, at most `limit` points of rows each. A section that does not fit
    /// in what is left of a column but fits in a column of its own starts a new column; a longer
    /// one is split, never leaving its heading alone at the foot of a column.
    private func flow(limit: Double) -> [[Int]] {
        let all = rows
        let perColumn = max(2, Int(limit / rowHeight))
        var sections: [[Int]] = []
        for (index, row) in all.enumerated() {
            if case .heading = row { sections.append([]) }
            if sections.isEmpty { sections.append([]) }
            sections[sections.count - 1].append(index)
        }
        var columns: [[Int]] = [[]]
        for section in sections {
            let free = perColumn - columns[columns.count - 1].count
            if section.count > free && section.count <= perColumn && !columns[columns.count - 1].isEmpty {
                columns.append([])
            }
            for (position, index) in section.enumerated() {
                let used = columns[columns.count - 1].count
                let headingAlone = position == 0 && used == perColumn - 1 && section.count > 1
                if used >= perColumn || (headingAlone && used > 0) { columns.append([]) }
                columns[columns.count - 1].append(index)
            }
        }
        return columns.filter { !$0.isEmpty }
    }

    private func add(_ row: Row, index: Int, text: Text, x: Double, y: Double, textWidth: Double, to placed: inout Placed) {
        let id = Self.prefix + String(index)
        let textAttributes: [AttributeName: String] = [
            .shape: NodeShape.plaintext.rawValue, .style: "solid", .margin: "0", .fixedSize: "true",
            .height: Self.inches(rowHeight * 0.9), .fontName: text.fontName, .fontSize: Self.number(text.fontSize),
            .fontColor: "#222222", .label: DOTQuoting.labelText(text.label) + "\\l",
        ]
        func addText(at left: Double, id: String) {
            var attributes = textAttributes
            let width = textWidth + fontSize * 0.4
            attributes[.width] = Self.inches(width)
            attributes[.position] = Self.point(left + width / 2, y)
            placed.nodes.append(DiagramNode(id: id, attributes: attributes))
        }
        switch row {
        case .heading:
            addText(at: x, id: id + ":heading")
        case .entry(let entry):
            addSample(entry.sample, id: id, x: x, y: y, to: &placed)
            addText(at: x + sampleWidth + gap, id: id + ":text")
        }
    }

    private func addSample(_ sample: Legend.Entry.Sample, id: String, x: Double, y: Double, to placed: inout Placed) {
        let w = sampleWidth, h = rowHeight * 0.72
        var attributes: [AttributeName: String] = [
            .fixedSize: "true", .width: Self.inches(w), .height: Self.inches(h), .label: "",
            .position: Self.point(x + w / 2, y), .color: "#555555", .penWidth: "1",
        ]
        switch sample {
        case .kind(let kind):
            attributes[.shape] = DiagramStyle.shape(of: kind).rawValue
            attributes[.style] = DiagramStyle.style(of: kind)
            attributes[.fillColor] = "#FFFFFF"
            if kind == .place {
                attributes[.label] = "Name"
                attributes[.fontName] = fontName
                attributes[.fontSize] = Self.number(fontSize)
                attributes[.fontColor] = "#333333"
            }
        case .outline(let color):
            attributes[.shape] = NodeShape.box.rawValue
            attributes[.style] = "rounded"
            attributes[.color] = color
            attributes[.penWidth] = "3"
            attributes[.height] = Self.inches(h * 0.8)
        case .fill(let color):
            attributes[.shape] = NodeShape.box.rawValue
            attributes[.style] = "filled"
            attributes[.fillColor] = color
            attributes[.height] = Self.inches(h * 0.8)
        case .note:
            attributes[.shape] = NodeShape.plaintext.rawValue
            attributes[.style] = "invis"
        case .edge(let style):
            attributes[.shape] = "point"
            attributes[.style] = "invis"
            attributes[.width] = "0.01"
            attributes[.height] = "0.01"
            var end = attributes
            attributes[.position] = Self.point(x, y)
            end[.position] = Self.point(x + w, y)
            placed.nodes.append(DiagramNode(id: id + ":from", attributes: attributes))
            placed.nodes.append(DiagramNode(id: id + ":to", attributes: end))
            var edge = edgeAttributes(style, from: x, to: x + w, y: y)
            edge[.identifier] = "legend-edge-" + id.dropFirst(Self.prefix.count)
            placed.edges.append(DiagramEdge(tail: id + ":from", head: id + ":to", attributes: edge))
            return
        }
        placed.nodes.append(DiagramNode(id: id + ":sample", attributes: attributes))
    }

    private func edgeAttributes(_ style: Legend.EdgeStyle, from x0: Double, to x1: Double, y: Double) -> [AttributeName: String] {
        var attributes: [AttributeName: String] = [
            .color: DiagramStyle.edgeColor, .penWidth: "1", .arrowSize: "0.6", .label: "",
        ]
        switch style {
        case .highlighted(_, let color):
            attributes[.color] = color
            attributes[.penWidth] = "3"
        case .context:
            attributes[.color] = DiagramStyle.fadedColor
        case .bundled:
            attributes[.penWidth] = "3"
        case .uncertain:
            attributes[.style] = "dashed"
        case .mutual:
            attributes["dir"] = "none"
        }
        // A straight cubic spline; with an arrowhead it stops where the head begins (Graphviz's
        // arrow is 10 points times arrowsize, longer for thick lines).
        let isThick = attributes[.penWidth] == "3"
        let arrow = style == .mutual ? 0 : 6.0 * (isThick ? 1.3 : 1)
        let end = x1 - arrow
        let points = (0...3).map { Self.point(x0 + (end - x0) * Double($0) / 3, y) }
        attributes[.position] = (arrow > 0 ? "e," + Self.point(x1, y) + " " : "") + points.joined(separator: " ")
        return attributes
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
    static func point(_ x: Double, _ y: Double) -> String { number(x) + "," + number(y) }
    static func inches(_ points: Double) -> String { String(format: "%.3f", points / 72) }
}
