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

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            defer { depth -= 1 }
            if current != nil, let collected = text {
                if name == "title" { current!.title = collected }
                if name == "text" { current!.texts.append(collected) }
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
