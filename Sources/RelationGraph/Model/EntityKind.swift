import Foundation

/// What sort of thing an entity is; it decides which predicates may link it and how it is drawn.
///
/// Raw values are the spellings used in the `kind` column of `entities.csv`.
public enum EntityKind: String, CaseIterable, Sendable, Codable, Comparable {
    case person
    case organization
    case facility
    case agreement
    case place
    case event
    case other

    /// Kinds in declaration order, which is also their sort order.
    public static func < (a: EntityKind, b: EntityKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses a comma- or semicolon-separated list such as `person,organization`.
    ///
    /// - Returns: the kinds, or `nil` naming the first unknown word.
    public static func parseList(_ text: String) -> Result<Set<EntityKind>, UnknownKind> {
        var kinds = Set<EntityKind>()
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let trimmed = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let kind = EntityKind(rawValue: trimmed) else { return .failure(UnknownKind(word: trimmed)) }
            kinds.insert(kind)
        }
        return .success(kinds)
    }

    /// A word that names no kind.
    public struct UnknownKind: Error, Sendable, CustomStringConvertible {
        public let word: String
        public var description: String {
            "unknown kind '\(word)' (expected one of: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
