import Foundation

/// The graph-level data of the GraphML and node-link JSON formats: the sources and the schema
/// as JSON values, so that a graph survives a round trip through either format.
///
/// A source is an object with the `sources.csv` columns as keys (`id`, `title`, `author`,
/// `publisher`, `date`, `url`, `note`, then any extra column), empty ones left out. A predicate
/// is an object with the `schema.csv` columns as keys: `predicate`, `phrase`, `inverse`,
/// `subject_kinds` and `object_kinds` (sorted arrays of kinds; left out when any kind is
/// allowed), `symmetric` (a boolean), `description`, `time` (`instant` or `state`) and
/// `bounded` (a boolean). Only the graph's own predicates are written; reading extends the
/// built-in vocabulary with them, as a `schema.csv` does.
enum GraphMetadataJSON {
    static let sourceFields = ["id", "title", "author", "publisher", "date", "url", "note"]

    /// The sources as an array of objects.
    static func object(for sources: [Source]) -> [[String: Any]] {
        sources.map { s in
            var object: [String: Any] = [:]
            for (key, value) in s.attributes where !value.isEmpty { object[key] = value }
            object["id"] = s.id
            for (key, value) in [("title", s.title), ("author", s.author), ("publisher", s.publisher),
                                 ("date", s.date), ("url", s.url), ("note", s.note)] {
                if let value, !value.isEmpty { object[key] = value }
            }
            return object
        }
    }

    /// The schema as an array of predicate objects, in definition order.
    static func object(for schema: Schema) -> [[String: Any]] {
        schema.ownPredicates.map { p in
            var object: [String: Any] = [
                "predicate": p.name, "phrase": p.phrase, "inverse": p.inverse, "symmetric": p.isSymmetric,
                "description": p.description, "time": p.timeShape.rawValue, "bounded": p.isBounded,
            ]
            if let kinds = p.subjectKinds { object["subject_kinds"] = kinds.sorted().map(\.rawValue) }
            if let kinds = p.objectKinds { object["object_kinds"] = kinds.sorted().map(\.rawValue) }
            return object
        }
    }

    /// Sources from the array ``object(for:)-([Source])`` makes.
    static func sources(from value: Any) throws(GraphFormatError) -> [Source] {
        guard let array = value as? [Any] else { throw GraphFormatError(message: "graph sources: expected an array of objects") }
        var result: [Source] = []
        for (i, item) in array.enumerated() {
            guard let object = item as? [String: Any], let id = object["id"].map(text), !id.isEmpty else {
                throw GraphFormatError(message: "graph sources: item \(i + 1) is not an object with an id")
            }
            var attributes: [String: String] = [:]
            for (key, value) in object where !sourceFields.contains(key) && !(value is NSNull) { attributes[key] = text(value) }
            func field(_ key: String) -> String? { object[key].flatMap { $0 is NSNull ? nil : text($0) }.flatMap { $0.isEmpty ? nil : $0 } }
            result.append(Source(id: id, title: field("title"), author: field("author"), publisher: field("publisher"),
                                 date: field("date"), url: field("url"), note: field("note"), attributes: attributes))
        }
        return result
    }

    /// A schema from the array ``object(for:)-(Schema)`` makes.
    static func schema(from value: Any) throws(GraphFormatError) -> Schema {
        guard let array = value as? [Any] else { throw GraphFormatError(message: "graph schema: expected an array of predicate objects") }
        var predicates: [Predicate] = []
        for (i, item) in array.enumerated() {
            guard let object = item as? [String: Any], let name = object["predicate"] as? String, !name.isEmpty else {
                throw GraphFormatError(message: "graph schema: item \(i + 1) is not an object with a predicate name")
            }
            func kinds(_ key: String) throws(GraphFormatError) -> Set<EntityKind>? {
                guard let value = object[key], !(value is NSNull) else { return nil }
                guard let words = value as? [String] else {
                    throw GraphFormatError(message: "graph schema: '\(name)' \(key) must be an array of kinds")
                }
                var set = Set<EntityKind>()
                for word in words {
                    guard let kind = EntityKind(rawValue: word) else {
                        throw GraphFormatError(message: "graph schema: '\(name)' \(key): \(EntityKind.UnknownKind(word: word))")
                    }
                    set.insert(kind)
                }
                return set
            }
            predicates.append(Predicate(
                name: name, phrase: object["phrase"] as? String, inverse: object["inverse"] as? String,
                subjectKinds: try kinds("subject_kinds"), objectKinds: try kinds("object_kinds"),
                isSymmetric: (object["symmetric"] as? Bool) ?? false,
                description: (object["description"] as? String) ?? "",
                timeShape: (object["time"] as? String).flatMap(Predicate.TimeShape.init(rawValue:)) ?? .state,
                isBounded: (object["bounded"] as? Bool) ?? true))
        }
        return Schema.default.extended(with: Schema(predicates: predicates))
    }

    /// Compact JSON text with sorted keys, for embedding in a GraphML data element.
    static func compactText(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]) else {
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses JSON text embedded in another format.
    static func parse(_ text: String, what: String) throws(GraphFormatError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw GraphFormatError(message: "\(what) is not valid JSON: \(JSONErrorText.describe(error))")
        }
    }

    /// A JSON value as attribute text: strings as they are, anything else as its JSON text.
    static func text(_ value: Any) -> String {
        if let string = value as? String { return string }
        return compactText(value)
    }
}
