import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a Graphviz SVG says about its nodes and edges, read with Foundation's XMLParser.
struct SVGStructure {
    struct Element {
        var id = ""
        var title = ""
        /// Shape elements drawn directly for the element: "ellipse", "polygon:N" (N points), "path", "polyline".
        var shapes: [String] = []
        var texts: [String] = []
        var tooltip: String?
        var strokes: [String] = []
        var strokeWidths: [String] = []
        var fills: [String] = []
        /// The box around every outline and text drawn for the element, in SVG coordinates.
        var box: Box?
    }

    /// An axis-aligned rectangle in SVG coordinates.
    struct Box: Equatable {
        var minX, minY, maxX, maxY: Double
        var height: Double { maxY - minY }
        var width: Double { maxX - minX }

        func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        func union(_ other: Box) -> Box {
            Box(minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
        }

        /// The box of coordinate pairs.
        static func of(_ points: [(Double, Double)]) -> Box? {
            guard let first = points.first else { return nil }
            return points.dropFirst().reduce(Box(minX: first.0, minY: first.1, maxX: first.0, maxY: first.1)) {
                $0.union(Box(minX: $1.0, minY: $1.1, maxX: $1.0, maxY: $1.1))
            }
        }
    }

    var nodes: [Element] = []
    var edges: [Element] = []
    var clusters: [Element] = []

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        nodes = delegate.nodes
        edges = delegate.edges
        clusters = delegate.clusters
    }

    func node(titled title: String) -> [Element] { nodes.filter { $0.title == title } }

    private final class Collector: NSObject, XMLParserDelegate {
        var nodes: [Element] = []
        var edges: [Element] = []
        var clusters: [Element] = []
        private var current: Element?
        private var currentClass = ""
        private var depth = 0
        private var elementDepth = 0
        private var text: String?
        private var pendingText: (x: Double, y: Double, size: Double, anchor: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            depth += 1
            if name == "g", let kind = attributes["class"], ["node", "edge", "cluster"].contains(kind) {
                current = Element(id: attributes["id"] ?? "")
                currentClass = kind
                elementDepth = depth
                return
            }
            guard current != nil else { return }
            func include(_ box: Box?) {
                guard let box else { return }
                current!.box = current!.box.map { $0.union(box) } ?? box
            }
            func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? 0 }
            switch name {
            case "ellipse":
                let (cx, cy, rx, ry) = (number("cx"), number("cy"), number("rx"), number("ry"))
                include(Box(minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry))
            case "polygon", "polyline":
                include(Box.of(Self.pairs(attributes["points"] ?? "")))
            case "path":
                include(Box.of(Self.pairs(attributes["d"] ?? "")))
            case "text":
                pendingText = (number("x"), number("y"), number("font-size"), attributes["text-anchor"] ?? "middle")
            default: break
            }
            if let fill = attributes["fill"], fill != "none" { current!.fills.append(fill) }
            switch name {
            case "title", "text": text = ""
            case "ellipse": current!.shapes.append("ellipse")
            case "polygon":
                let points = (attributes["points"] ?? "").split(separator: " ").count
                current!.shapes.append("polygon:\(points)")
            case "path": current!.shapes.append("path")
            case "polyline": current!.shapes.append("polyline")
            case "a": if let title = attributes["xlink:title"] { current!.tooltip = title }
            default: break
            }
            if let stroke = attributes["stroke"] { current!.strokes.append(stroke) }
            if let width = attributes["stroke-width"] { current!.strokeWidths.append(width) }
        }

        /// Every number in `text`, paired up as x, y (SVG point lists and path data).
        static func pairs(_ text: String) -> [(Double, Double)] {
            var numbers: [Double] = []
            var token = ""
            for character in text + " " {
                if character.isNumber || character == "." || (character == "-" && token.isEmpty) {
                    token.append(character)
                } else {
                    if let value = Double(token) { numbers.append(value) }
                    token = character == "-" ? "-" : ""
                }
            }
            return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            if current != nil, let collected = text {
                if name == "title" { current!.title = collected }
                if name == "text" {
                    current!.texts.append(collected)
                    // Graphviz writes the anchor point; text runs about 0.55 em per character.
                    if let t = pendingText {
                        let width = Double(collected.count) * t.size * 0.55
                        let left = t.anchor == "start" ? t.x : (t.anchor == "end" ? t.x - width : t.x - width / 2)
                        let box = Box(minX: left, minY: t.y - t.size, maxX: left + width, maxY: t.y)
                        current!.box = current!.box.map { $0.union(box) } ?? box
                    }
                    pendingText = nil
                }
                text = nil
            }
            if name == "g", depth == elementDepth, let element = current {
                switch currentClass {
                case "node": nodes.append(element)
                case "edge": edges.append(element)
                default: clusters.append(element)
                }
                current = nil
            }
        }
    }
}
