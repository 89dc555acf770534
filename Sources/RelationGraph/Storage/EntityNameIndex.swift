import Foundation

/// Folded names and aliases of a graph's entities, for lookups that ignore case and accents.
struct EntityNameIndex: Sendable {
    /// Folded whole name or alias (and id) to entity indices.
    private let whole: [String: [Int]]

    init(_ entities: [Entity]) {
        var whole: [String: [Int]] = [:]
        whole.reserveCapacity(entities.count * 2)
        for (i, e) in entities.enumerated() {
            for name in [e.name] + e.aliases + [e.id] {
                let folded = Self.fold(name)
                if whole[folded]?.last != i { whole[folded, default: []].append(i) }
            }
        }
        self.whole = whole
    }

    /// The folded words of every name and alias (and the id) of `e`, one set per name: made
    /// when a query needs them rather than kept, since most lookups never get that far and a
    /// set per name cost more than the rest of loading a large graph.
    static func wordSets(_ e: Entity) -> [Set<String>] {
        ([e.name] + e.aliases + [e.id]).map { Set(words(fold($0))) }
    }

    /// Lowercases, strips accents and turns punctuation into spaces: "Tuchatschewski-Plan" → "tuchatschewski plan".
    static func fold(_ text: String) -> String {
        // ASCII, the common case, folds to lowercase letters and digits split by single spaces,
        // as Foundation's folding below does, without its cost (a graph folds every name).
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for b in text.utf8 {
                let lower = (0x41...0x5A).contains(b) ? b + 0x20 : b
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(lower)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        let stripped = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let mapped = stripped.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return String(mapped).split(separator: " ").joined(separator: " ")
    }

    static func words(_ folded: String) -> [String] { folded.split(separator: " ").map(String.init) }

    func resolve(_ query: String, entities: [Entity]) throws(EntityLookupError) -> Int {
        let folded = Self.fold(query)
        guard !folded.isEmpty else { throw EntityLookupError.notFound(query: query, suggestions: []) }
        if let hits = whole[folded] {
            if hits.count == 1 { return hits[0] }
            throw EntityLookupError.ambiguous(query: query, candidates: hits.map { Self.candidate(entities[$0]) })
        }
        let queryWords = Self.words(folded)
        var hits: [Int] = []
        for (i, e) in entities.enumerated() where Self.wordSets(e).contains(where: { name in queryWords.allSatisfy(name.contains) }) {
            hits.append(i)
        }
        if hits.count == 1 { return hits[0] }
        if hits.count > 1 {
            throw EntityLookupError.ambiguous(query: query, candidates: hits.map { Self.candidate(entities[$0]) })
        }
        // Nothing matched: offer the closest whole names, as a typo is the likeliest cause.
        guard folded.unicodeScalars.count <= EditDistance.maximumSuggestedLength else {
            throw EntityLookupError.notFound(query: query, suggestions: [])
        }
        var scored: [(Int, String, Int)] = []
        for (key, indices) in whole {
            let d = EditDistance.between(folded, key)
            if d <= max(2, folded.count / 3) { for i in indices { scored.append((d, key, i)) } }
        }
        scored.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var seen = Set<Int>()
        let suggestions = scored.compactMap { seen.insert($0.2).inserted ? Self.candidate(entities[$0.2]) : nil }
        throw EntityLookupError.notFound(query: query, suggestions: Array(suggestions.prefix(5)))
    }

    static func candidate(_ e: Entity) -> EntityLookupError.Candidate {
        EntityLookupError.Candidate(id: e.id, name: e.name, kind: e.kind)
    }
}

/// A name that finds no entity, or more than one.
public enum EntityLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An entity a lookup could have meant.
    public struct Candidate: Sendable, Equatable, Hashable {
        public let id: String
        public let name: String
        public let kind: EntityKind
    }

    case notFound(query: String, suggestions: [Candidate])
    case ambiguous(query: String, candidates: [Candidate])

    public var description: String {
        switch self {
        case let .notFound(query, suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\($0.id) (\($0.name))" }.joined(separator: ", ") + "?"
            return "no entity matches '\(query)'\(hint)"
        case let .ambiguous(query, candidates):
            let list = candidates.prefix(10).map { "  \($0.id)  \($0.name) [\($0.kind.rawValue)]" }.joined(separator: "\n")
            let more = candidates.count > 10 ? "\n  … and \(candidates.count - 10) more" : ""
            return "'\(query)' matches \(candidates.count) entities; name one by id:\n\(list)\(more)"
        }
    }
}
