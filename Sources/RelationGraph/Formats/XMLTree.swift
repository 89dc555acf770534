import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of an XML document read into memory: its local name, attributes, children and text, and the
/// line it started on, so that the GraphML and GEXF readers can walk a document and point at
/// the line of anything wrong in it.
///
/// Namespaces are resolved away: `y:NodeLabel` and `NodeLabel` in the yFiles namespace both
/// have the name `NodeLabel`.
final class ParsedXMLElement: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    let line: Int
    let column: Int
    var children: [ParsedXMLElement] = []
    /// The element's own character data, concatenated (not its descendants').
    var text = ""

    init(name: String, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// Children with this local name, in document order.
    func children(named name: String) -> [ParsedXMLElement] { children.filter { $0.name == name } }

    /// The first child with this local name.
    func child(named name: String) -> ParsedXMLElement? { children.first { $0.name == name } }

    /// Descendants with this local name, depth first, in document order.
    func descendants(named name: String) -> [ParsedXMLElement] {
        var result: [ParsedXMLElement] = []
        var stack = Array(children.reversed())
        while let next = stack.popLast() {
            if next.name == name { result.append(next) }
            stack.append(contentsOf: next.children.reversed())
        }
        return result
    }

    /// The text of the element and all its descendants, in document order.
    var allText: String { text + children.map(\.allText).joined() }
}

/// Parses XML with Foundation's `XMLParser` into an ``ParsedXMLElement`` tree.
enum XMLTree {
    /// The root element of `data`.
    /// - Throws: ``GraphFormatError`` with the parser's line and column when the XML is not well formed.
    /// - Complexity: O(n) in the size of the document.
    static func parse(_ data: Data) throws(GraphFormatError) -> ParsedXMLElement {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let failure = builder.failure { throw failure }
        guard ok, let root = builder.root else {
            let underlying = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed XML"
            let message = data.isEmpty ? "the file is empty" : "malformed XML: \(Self.clean(underlying))"
            throw GraphFormatError(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), message: message)
        }
        return root
    }

    /// Foundation's message, without the domain boilerplate some platforms put around it.
    private static func clean(_ message: String) -> String {
        message.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: ParsedXMLElement?
        var stack: [ParsedXMLElement] = []
        var failure: GraphFormatError?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict {
                // Prefixed attributes (xsi:schemaLocation) keep their prefix; plain ones are what readers use.
                attributes[key] = value
            }
            let element = ParsedXMLElement(name: elementName, attributes: attributes,
                                      line: parser.lineNumber, column: parser.columnNumber)
            if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if failure == nil {
                let message = (parseError as NSError).localizedDescription
                failure = GraphFormatError(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                           message: "malformed XML: \(message)")
            }
        }
    }
}
