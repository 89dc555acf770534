import Foundation

/// A chain of entity terms joined by relation terms: `person -signed-> agreement <-party-to- organization`.
///
/// A node term is a kind (or a comma list of kinds), `*` for any entity, or an entity name in
/// brackets (`[stalin]`, resolved like every name). An edge term is `-P->` (subject to object
/// along the chain), `<-P-` (object to subject) or `-P-` (either way), where `P` is a comma list
/// of predicates or `*`. Terms are separated by spaces; the chain starts and ends with a node.
///
/// Parsing checks kinds and predicates against the graph's schema and resolves bracketed names;
/// every error names the 1-based column of the term at fault.
public struct ChainPattern: Sendable, Hashable {
    /// What a node of the chain may bind to.
    public enum NodeTerm: Sendable, Hashable {
        case any
        case kinds(Set<EntityKind>)
        /// One entity (a handle of another graph binds to nothing).
        case entity(EntityHandle)
    }

    /// Which way an edge term reads relative to the chain.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// Subject at the left, object at the right: `-P->`.
        case forward
        /// Object at the left, subject at the right: `<-P-`.
        case backward
        /// Either: `-P-`.
        case either
    }

    /// One relation term.
    public struct EdgeTerm: Sendable, Hashable {
        /// Predicates allowed, or `nil` for `*`.
        public var predicates: Set<String>?
        public var direction: Direction
    }

    /// The nodes, left to right; one more than the edges.
    public var nodes: [NodeTerm]
    /// `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.
    public var edges: [EdgeTerm]

    public init(nodes: [NodeTerm], edges: [EdgeTerm]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// A pattern that does not parse, with the column at fault.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based column of the term at fault (in characters).
        public var column: Int
        public var message: String
        /// Whether the fault is a name that finds no single entity (not a syntax error).
        public var isLookup = false

        public var description: String { "column \(column): \(message)" }
    }

    struct Token {
        var text: String
        var column: Int
    }

    /// Splits at spaces, keeping a bracketed name whole.
    static func tokens(_ text: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            let start = i
            if chars[i] == "[" {
                while i < chars.count && chars[i] != "]" { i += 1 }
                guard i < chars.count else { throw ParseError(column: start + 1, message: "'[' has no closing ']'") }
                i += 1
            } else {
                while i < chars.count && !chars[i].isWhitespace { i += 1 }
            }
            tokens.append(Token(text: String(chars[start..<i]), column: start + 1))
        }
        return tokens
    }

    /// Parses `text` against `graph`'s kinds, predicates and entities.
    /// - Throws: ``ParseError`` naming the column at fault.
    public init(parsing text: String, in graph: Graph) throws(ParseError) {
        let tokens = try Self.tokens(text)
        guard !tokens.isEmpty else {
            throw ParseError(column: 1, message: "empty pattern; write e.g. 'person -signed-> agreement'")
        }
        var nodes: [NodeTerm] = [], edges: [EdgeTerm] = []
        for (i, token) in tokens.enumerated() {
            if i % 2 == 0 {
                nodes.append(try Self.node(token, graph: graph))
            } else {
                edges.append(try Self.edge(token, graph: graph))
            }
        }
        if tokens.count % 2 == 0, let last = tokens.last {
            throw ParseError(column: last.column + last.text.count,
                             message: "the pattern ends with a relation term; add a node term (a kind, * or [entity]) after it")
        }
        self.init(nodes: nodes, edges: edges)
    }

    static func node(_ token: Token, graph: Graph) throws(ParseError) -> NodeTerm {
        let text = token.text
        if text == "*" { return .any }
        if text.hasPrefix("[") {
            let name = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw ParseError(column: token.column, message: "'[]' names no entity") }
            do { return .entity(try graph.resolve(name)) } catch {
                throw ParseError(column: token.column, message: "\(error)", isLookup: true)
            }
        }
        if text.hasPrefix("-") || text.hasPrefix("<") {
            throw ParseError(column: token.column, message: "expected a node term (a kind, * or [entity]) but found the relation term '\(text)'")
        }
        switch EntityKind.parseList(text) {
        case .success(let kinds) where !kinds.isEmpty: return .kinds(kinds)
        case .success: throw ParseError(column: token.column, message: "expected a node term (a kind, * or [entity])")
        case .failure(let error):
            throw ParseError(column: token.column, message: "\(error); an entity goes in brackets: [\(text)]")
        }
    }

    static func edge(_ token: Token, graph: Graph) throws(ParseError) -> EdgeTerm {
        let text = token.text
        let direction: Direction
        let inner: Substring
        if text.hasPrefix("<-") && text.hasSuffix("-") && text.count >= 4 && !text.hasSuffix("->") {
            direction = .backward
            inner = text.dropFirst(2).dropLast()
        } else if text.hasPrefix("-") && text.hasSuffix("->") && text.count >= 4 {
            direction = .forward
            inner = text.dropFirst().dropLast(2)
        } else if text.hasPrefix("-") && text.hasSuffix("-") && text.count >= 3 {
            direction = .either
            inner = text.dropFirst().dropLast()
        } else {
            throw ParseError(column: token.column, message: "expected a relation term -P->, <-P- or -P- (P a comma list of predicates or *) but found '\(text)'")
        }
        if inner == "*" { return EdgeTerm(predicates: nil, direction: direction) }
        var names = Set<String>()
        for name in inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard !name.isEmpty else {
                throw ParseError(column: token.column, message: "empty predicate in '\(text)'")
            }
            guard graph.schema.predicate(named: name) != nil else {
                let hint = graph.schema.nearestPredicate(to: name).map { "; did you mean '\($0)'?" } ?? ""
                throw ParseError(column: token.column, message: "unknown predicate '\(name)' in '\(text)'\(hint)")
            }
            names.insert(name)
        }
        return EdgeTerm(predicates: names, direction: direction)
    }
}
