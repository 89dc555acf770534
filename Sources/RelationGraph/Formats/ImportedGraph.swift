import Foundation

/// Builds a ``Graph`` from the nodes and edges of a file written by another tool, the shared
/// second half of the GraphML, GEXF and node-link JSON readers.
///
/// Fields are found by their native column names (`kind`, `name`, `aliases`, `start`, `end`,
/// `group`, `description`, `sources` on nodes; `predicate`, `start`, `end`, `weight`, `note`,
/// `sources` on edges); every other field becomes a string attribute. Files from other tools
/// rarely have all of them, so the reader fills the gaps:
///
/// - A node id that is a valid slug is kept as written. Any other id (`"Hans von Seeckt"`,
///   `"Чичерин"`) is turned into a slug (`hans-von-seeckt`, `cicerin`; `-2`, `-3` appended on
///   a clash; `node` when nothing is left) and
///   the id as written is kept in the attribute `original_id`. Edges follow the mapping.
/// - A missing `name` becomes the `label` field if there is one, else the id as written.
/// - A missing `kind` becomes `other`; a kind relgraph does not know becomes `other` too, with
///   the text kept in the attribute `original_kind`. Kinds match case-insensitively.
/// - A missing `predicate` becomes the edge's `label` (as a slug), else `related-to`. A
///   predicate the schema does not define is added to it, open to any kinds, so the graph saves
///   and loads again as a folder.
/// - Dates must be ISO partial dates; a date-time such as `1922-04-16T00:00:00` keeps its date.
///   A weight must be a positive number. Anything else is an error naming the node or edge.
/// - An edge to a node the file never declares creates that node (as NetworkX does).
/// - A field named `id` on a node, or `subject` or `object` on an edge, is kept as
///   `original_id`, `original_subject` or `original_object`, since those names are taken by the
///   folder's own columns.
struct ImportedGraph {
    struct Node {
        var id: String
        var fields: [String: String]
        var line: Int?
    }

    struct Edge {
        var source: String
        var target: String
        var fields: [String: String]
        var line: Int?
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    var sources: [Source] = []
    var schema: Schema?

    /// The graph, with the documented defaults applied.
    func assemble() throws(GraphFormatError) -> Graph {
        var declared: [String: Int] = [:]
        var nodes = self.nodes
        for node in nodes {
            if declared[node.id] != nil {
                throw GraphFormatError(line: node.line, message: "duplicate node id '\(node.id)'")
            }
            declared[node.id] = declared.count
        }
        for edge in edges {
            for end in [edge.source, edge.target] where declared[end] == nil {
                declared[end] = declared.count
                nodes.append(Node(id: end, fields: [:], line: edge.line))
            }
        }
        let slugs = Self.slugs(for: nodes.map(\.id))

        var entities: [Entity] = []
        entities.reserveCapacity(nodes.count)
        for node in nodes {
            entities.append(try entity(node, slug: slugs[node.id]!))
        }
        var relations: [Relation] = []
        relations.reserveCapacity(edges.count)
        var predicates = schema ?? .default
        var added: [Predicate] = []
        for edge in edges {
            let relation = try relation(edge, subject: slugs[edge.source]!, object: slugs[edge.target]!)
            if predicates.predicate(named: relation.predicate) == nil && !added.contains(where: { $0.name == relation.predicate }) {
                added.append(Predicate(name: relation.predicate, description: "Used in an imported file; not in its schema."))
            }
            relations.append(relation)
        }
        if !added.isEmpty { predicates = predicates.adding(added) }
        do {
            return try Graph(entities: entities, relations: relations, sources: sources, schema: predicates)
        } catch {
            throw GraphFormatError(message: error.description)
        }
    }

    /// Fields named like a native column that is not a field (`id` on a node; `subject` and
    /// `object` on an edge) would clash with that column in a graph folder; they are renamed
    /// `original_id`, `original_subject`, `original_object`. Nameless and empty fields are dropped.
    static func usable(_ fields: [String: String], reserved: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in fields where !name.isEmpty && !value.isEmpty {
            if reserved.contains(name) {
                if fields["original_" + name] == nil { result["original_" + name] = value }
            } else {
                result[name] = value
            }
        }
        return result
    }

    private func entity(_ node: Node, slug: String) throws(GraphFormatError) -> Entity {
        var fields = Self.usable(node.fields, reserved: ["id"])
        let what = "node '\(node.id)'"
        var kind = EntityKind.other
        if let text = fields.removeValue(forKey: "kind") {
            if let known = EntityKind(rawValue: text.lowercased()) { kind = known } else { fields["original_kind"] = text }
        }
        let name = fields.removeValue(forKey: "name") ?? fields.removeValue(forKey: "label") ?? node.id
        let aliases = fields.removeValue(forKey: "aliases").map(Self.list) ?? []
        let span = try Self.span(start: fields.removeValue(forKey: "start"), end: fields.removeValue(forKey: "end"),
                                 of: what, line: node.line)
        let group = fields.removeValue(forKey: "group")
        let description = fields.removeValue(forKey: "description")
        let citations = fields.removeValue(forKey: "sources").map(Citation.parseList) ?? []
        if slug != node.id && fields["original_id"] == nil { fields["original_id"] = node.id }
        let layer = fields.removeValue(forKey: "layer")
        return Entity(id: slug, kind: kind, name: name, aliases: aliases, span: span, group: group,
                      description: description, citations: citations, attributes: fields, layer: layer)
    }

    private func relation(_ edge: Edge, subject: String, object: String) throws(GraphFormatError) -> Relation {
        var fields = Self.usable(edge.fields, reserved: ["subject", "object"])
        let what = "edge '\(edge.source)' -> '\(edge.target)'"
        let predicate = fields.removeValue(forKey: "predicate")
            ?? fields.removeValue(forKey: "label").map { Self.slug($0).isEmpty ? "related-to" : Self.slug($0) }
            ?? "related-to"
        let span = try Self.span(start: fields.removeValue(forKey: "start"), end: fields.removeValue(forKey: "end"),
                                 of: what, line: edge.line)
        var weight = 1.0
        if let text = fields.removeValue(forKey: "weight") {
            guard let w = Double(text.trimmingCharacters(in: .whitespaces)), w.isFinite, w > 0 else {
                throw GraphFormatError(line: edge.line, message: "\(what): weight '\(text)' is not a positive number")
            }
            weight = w
        }
        let note = fields.removeValue(forKey: "note")
        let citations = fields.removeValue(forKey: "sources").map(Citation.parseList) ?? []
        let fact = fields.removeValue(forKey: "fact"), layer = fields.removeValue(forKey: "layer")
        return Relation(subject: subject, predicate: predicate, object: object, span: span, weight: weight,
                        note: note, citations: citations, attributes: fields, fact: fact, layer: layer)
    }

    static func list(_ cell: String) -> [String] {
        cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func date(_ text: String?, field: String, of what: String, line: Int?) throws(GraphFormatError) -> PartialDate? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        var candidate = text
        // A date-time names a day; keep the day.
        if let t = text.firstIndex(of: "T"), text.distance(from: text.startIndex, to: t) == 10 {
            candidate = String(text[..<t])
        }
        do { return try PartialDate(candidate) } catch {
            throw GraphFormatError(line: line, message: "\(what): \(field) \(error)")
        }
    }

    static func span(start: String?, end: String?, of what: String, line: Int?) throws(GraphFormatError) -> TimeSpan {
        let open = end?.trimmingCharacters(in: .whitespaces) == TimeSpan.openEndMark
        let span = TimeSpan(start: try date(start, field: "start", of: what, line: line),
                            end: open ? nil : try date(end, field: "end", of: what, line: line), openEnd: open)
        if span.isReversed {
            throw GraphFormatError(line: line, message: "\(what): end \(span.end!) is before start \(span.start!)")
        }
        return span
    }

    /// A slug for any text: other scripts transliterated to Latin, accents folded, lowercase,
    /// runs of other characters as one hyphen (`Георгий Чичерин` → `georgij-cicerin`).
    static func slug(_ text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let folded = latin.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Slugs for node ids: valid slugs stay; the others get a slug no other node has.
    static func slugs(for ids: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var taken = Set<String>()
        for id in ids where Entity.isValidID(id) {
            result[id] = id
            taken.insert(id)
        }
        for id in ids where result[id] == nil {
            let base = slug(id).isEmpty ? "node" : slug(id)
            var candidate = base
            var n = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            taken.insert(candidate)
            result[id] = candidate
        }
        return result
    }
}
