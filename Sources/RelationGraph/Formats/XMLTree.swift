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
final class ParsedXMLElement {
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
///
/// Limits: UTF-8 only (``XMLPreflight``); external entities are never fetched
/// (`shouldResolveExternalEntities` is off; a reference to one is an error); a DTD's internal
/// entities are expanded within libxml2's entity-loop and amplification guards, so a
/// billion-laughs document is refused as malformed in well under a second.
enum XMLTree {
    /// The root element of a graph document, which must be named `rootName`, and its `<graph>`.
    /// - Throws: ``GraphFormatError`` for malformed XML, another root or no `<graph>`.
    static func parseGraph(_ data: Data, root rootName: String) throws(GraphFormatError)
        -> (root: ParsedXMLElement, graph: ParsedXMLElement)
    {
        let root = try parse(data)
        guard root.name == rootName else {
            throw GraphFormatError(line: root.line, message: "expected a <\(rootName)> document, found <\(root.name)>")
        }
        guard let graph = root.child(named: "graph") else {
            throw GraphFormatError(line: root.line, message: "the document has no <graph> element")
        }
        return (root, graph)
    }

    /// The root element of `data`.
    /// - Throws: ``GraphFormatError`` with the parser's line and column when the XML is not well formed.
    /// - Complexity: O(n) in the size of the document.
    static func parse(_ data: Data) throws(GraphFormatError) -> ParsedXMLElement {
        try XMLPreflight.check(data)
        // Fed as a stream, libxml2 gets the document in chunks: swift-corelibs-foundation
        // hands `XMLParser(data:)` input to it in one piece, which fails with an internal error
        // past libxml2's 10 MB single-chunk limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let failure = builder.failure { throw failure }
        if let open = builder.stack.last {
            // Some Foundation versions stop at the end of the data without reporting open elements.
            throw GraphFormatError(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), message:
                "malformed XML: the document ends before <\(open.name)> (line \(open.line)) is closed")
        }
        guard ok, let root = builder.root else {
            let message = data.allSatisfy({ [9, 10, 13, 32].contains($0) }) ? "the file is empty" : "malformed XML: \(explain(parser.parserError))"
            throw GraphFormatError(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), message: message)
        }
        return root
    }

    /// What went wrong, in words.
    ///
    /// `XMLParser` reports libxml2's error numbers (Darwin's `NSXMLParserError` values are the
    /// same numbers; swift-corelibs-foundation's `ErrorCode` enum is numbered differently, so
    /// the numbers are matched here rather than the enum cases).
    static func explain(_ error: (any Error)?) -> String {
        guard let error else { return "the document is not well formed" }
        let ns = error as NSError
        guard ns.domain == XMLParser.errorDomain else { return ns.localizedDescription }
        return libxml2Messages[ns.code] ?? "the document is not well formed (XML parser error \(ns.code))"
    }

    static let libxml2Messages: [Int: String] = [
        3: "the document does not start with an element",
        4: "the document has no root element",
        5: "there is content after the root element, or an element is not closed",
        6: "a bad character reference", 7: "a bad character reference", 8: "a bad character reference",
        9: "the document contains a character XML does not allow",
        22: "'&' starts an entity reference without a name (write & as &amp;)",
        23: "an entity reference lacks its ';' (write & as &amp;)",
        26: "an undeclared entity reference (write & as &amp;)",
        29: "a reference to an external entity (relgraph never reads external entities)",
        31: "the document's encoding is unknown", 32: "the document's encoding is not supported",
        35: "a bad namespace declaration",
        38: "'<' inside an attribute value (write &lt;)",
        39: "an attribute value is not quoted", 40: "an attribute value is not closed",
        41: "an attribute has no value", 42: "an attribute appears twice in one tag",
        43: "a quoted value is not opened", 44: "a quoted value is not closed",
        45: "a comment is not closed",
        63: "a CDATA section is not closed",
        68: "a tag has no name",
        72: "expected '<'", 73: "a tag is not closed with '>'", 74: "expected '</'",
        76: "a closing tag does not match the open element",
        77: "an element is not closed",
        85: "the elements are not properly nested",
        86: "there is content after the root element",
        89: "entity references nest too deeply or expand too much (an entity-expansion bomb?)",
    ]

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
                failure = GraphFormatError(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                                           message: "malformed XML: \(XMLTree.explain(parseError))")
            }
        }
    }
}
