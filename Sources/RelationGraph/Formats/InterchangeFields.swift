/// The fields an entity or relation carries in the interchange formats (GraphML, GEXF, Neo4j),
/// named after the native CSV columns so every format speaks the same vocabulary.
///
/// Multi-valued fields are `;`-joined as in the CSV cells; empty fields are left out, since the
/// native format reads an empty cell as absent.
enum InterchangeFields {
    /// Standard entity fields after `id`, in the CSV column order.
    static let entityFields = ["kind", "name", "aliases", "start", "end", "group", "description", "sources", "layer"]
    /// Standard relation fields after subject and object, in the CSV column order.
    static let relationFields = ["predicate", "start", "end", "weight", "note", "sources", "fact", "layer"]

    /// The standard fields of `entity` that have a value, by name, plus its extra attributes.
    static func values(of entity: Entity) -> [String: String] {
        var values = entity.attributes
        values["kind"] = entity.kind.rawValue
        values["name"] = entity.name
        set(&values, "aliases", entity.aliases.joined(separator: ";"))
        set(&values, "start", entity.span.start?.description)
        set(&values, "end", entity.span.endText)
        set(&values, "layer", entity.layer)
        set(&values, "group", entity.group)
        set(&values, "description", entity.description)
        set(&values, "sources", entity.citations.map(\.description).joined(separator: ";"))
        return values
    }

    /// The standard fields of `relation` that have a value (weight always), plus its extra attributes.
    static func values(of relation: Relation) -> [String: String] {
        var values = relation.attributes
        values["predicate"] = relation.predicate
        set(&values, "start", relation.span.start?.description)
        set(&values, "end", relation.span.endText)
        set(&values, "fact", relation.fact)
        set(&values, "layer", relation.layer)
        values["weight"] = formatNumber(relation.weight)
        set(&values, "note", relation.note)
        set(&values, "sources", relation.citations.map(\.description).joined(separator: ";"))
        return values
    }

    /// Names of the extra entity attributes used anywhere in the graph, sorted.
    static func entityAttributeNames(_ graph: Graph) -> [String] {
        Set(graph.entities.flatMap(\.attributes.keys)).subtracting(entityFields).sorted()
    }

    /// Names of the extra relation attributes used anywhere in the graph, sorted.
    static func relationAttributeNames(_ graph: Graph) -> [String] {
        Set(graph.relations.flatMap(\.attributes.keys)).subtracting(relationFields).sorted()
    }

    /// The shortest text that reads back as the same double: `1`, `2.5`, `0.1`.
    static func formatNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private static func set(_ values: inout [String: String], _ key: String, _ value: String?) {
        if let value, !value.isEmpty { values[key] = value }
    }
}
