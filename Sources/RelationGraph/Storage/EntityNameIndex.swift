import Foundation

/// Folded names and aliases of a graph's entities, for lookups that ignore case and accents.
struct EntityNameIndex: Sendable {
    /// Folded whole name or alias (and id) to entity indices.
    private let whole: [String: [Int]]
    /// Folded words of every name and alias, per entity.
    private let words: [[Set<String>]]

    init(_ entities: [Entity]) {
        var whole: [String: [Int]] = [:]
        var words: [[Set<String>]] = []
        words.reserveCapacity(entities.count)
        for (i, e) in entities.enumerated() {
            var perName: [Set<String>] = []
            for name in [e.name] + e.aliases + [e.id] {
                let folded = Self.fold(name)
                if whole[folded]?.last != i { whole[folded, default: []].append(i) }
                perName.append(Set(Self.words(folded)))
            }
            words.append(perName)
        }
        self.whole = whole
        self.words = words
    }

    /// Lowercases, strips accents and turns punctuation into spaces: "Tuchatschewski-Plan" → "tuchatschewski plan".
    static func fold(_ text: String) -> String {
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
        for (i, names) in words.enumerated() where names.contains(where: { name in queryWords.allSatisfy(name.contains) }) {
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
