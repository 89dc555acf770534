/// Numbers citations in order of first use, so a text can say `[1]` and list the references once.
///
/// ```swift
/// var numbering = CitationNumbering()
/// numbering.numbers(for: relation.citations)   // [1, 2]
/// numbering.references(in: graph)              // ["[1] Sowing the Wind, L12", ...]
/// ```
public struct CitationNumbering: Sendable {
    /// Citations in the order they were first numbered; citation `k` has number `k + 1`.
    public private(set) var citations: [Citation] = []
    private var numberOf: [Citation: Int] = [:]

    public init() {}

    /// The number of each citation, assigning new numbers to unseen ones.
    public mutating func numbers(for list: [Citation]) -> [Int] {
        list.map { c in
            if let n = numberOf[c] { return n }
            citations.append(c)
            numberOf[c] = citations.count
            return citations.count
        }
    }

    /// `[1][2]`-style marks for a list of citations.
    public mutating func marks(for list: [Citation]) -> String {
        numbers(for: list).map { "[\($0)]" }.joined()
    }

    /// One line per numbered citation: `[n] Title (author, date), locator`.
    public func references(in graph: Graph) -> [String] {
        citations.enumerated().map { i, c in "[\(i + 1)] " + Self.describe(c, in: graph) }
    }

    /// A citation resolved to its source's title, author and date, then its locator.
    public static func describe(_ c: Citation, in graph: Graph) -> String {
        var text: String
        if let source = graph.source(withID: c.sourceID) {
            text = source.title ?? source.id
            let byline = [source.author, source.date].compactMap { $0 }.joined(separator: ", ")
            if !byline.isEmpty { text += " (\(byline))" }
        } else {
            text = c.sourceID
        }
        if let locator = c.locator {
            text += ", " + (c.lineNumber.map { "line \($0)" } ?? locator)
        }
        return text
    }
}
