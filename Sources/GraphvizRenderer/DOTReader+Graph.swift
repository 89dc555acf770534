import RelationGraph

extension DOTReader {
    /// Reads DOT text into a relation ``Graph``.
    ///
    /// Each node becomes an entity with the node id as id. Its `kind` attribute sets the kind
    /// (`other` when absent), `label` the name (the id when absent or `\N`), `group` the group
    /// and `description` the description; every other attribute, including those given as node
    /// defaults, is kept as a string attribute. Each edge becomes a relation in the order
    /// written: `predicate` (else `label`, else `related-to`) names the predicate, `start`/`end`
    /// give its span when they are dates, `weight` its weight when positive, `note` its note;
    /// other attributes are kept. Subgraphs only group; their attributes are not carried over.
    ///
    /// ```swift
    /// let graph = try DOTReader.readGraph("""
    ///     digraph { seeckt [kind=person, label="Hans von Seeckt"]; seeckt -> reichswehr [predicate=commanded, start=1920] }
    ///     """)
    /// graph.entities.map(\.kind)   // [.person, .other]
    /// ```
    /// - Throws: ``GraphvizError/syntax(message:line:)`` for DOT cgraph rejects,
    ///   ``GraphvizError/emptyInput``, or ``GraphvizError/invalidDocument(_:)`` for an unknown
    ///   kind or a malformed date, naming the node or edge.
    /// - Complexity: O((V + E) · A).
    public static func readGraph(_ text: String) throws(GraphvizError) -> Graph {
        let document = try read(text)
        var entities: [Entity] = []
        entities.reserveCapacity(document.nodes.count)
        for node in document.nodes {
            var attributes = document.nodeDefaults.merging(node.attributes) { _, own in own }
            let kindText = attributes.removeValue(forKey: "kind")
            let kind: EntityKind
            if let kindText {
                guard let known = EntityKind(rawValue: kindText.lowercased()) else {
                    throw .invalidDocument("node '\(node.id)': unknown kind '\(kindText)'; use one of "
                        + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                kind = known
            } else {
                kind = .other
            }
            let label = attributes.removeValue(forKey: .label)
            let name = (label == nil || label == "\\N" || label!.isEmpty) ? node.id : label!
            let group = attributes.removeValue(forKey: "group")
            let description = attributes.removeValue(forKey: "description")
            let span = try span(&attributes, what: "node '\(node.id)'")
            entities.append(Entity(
                id: node.id, kind: kind, name: name, span: span, group: group, description: description,
                attributes: plain(attributes)))
        }
        var relations: [Relation] = []
        relations.reserveCapacity(document.edges.count)
        for (i, edge) in document.edges.enumerated() {
            var attributes = document.edgeDefaults.merging(edge.attributes) { _, own in own }
            let label = attributes.removeValue(forKey: .label)
            let predicate = attributes.removeValue(forKey: "predicate") ?? label ?? "related-to"
            let what = "edge \(i + 1) (\(edge.tail) -> \(edge.head))"
            let span = try span(&attributes, what: what)
            var weight = 1.0
            if let text = attributes.removeValue(forKey: .edgeWeight) {
                guard let value = Double(text), value > 0 else {
                    throw .invalidDocument("\(what): weight '\(text)' is not a positive number")
                }
                weight = value
            }
            let note = attributes.removeValue(forKey: "note")
            relations.append(Relation(
                subject: edge.tail, predicate: predicate, object: edge.head, span: span, weight: weight,
                note: note, attributes: plain(attributes)))
        }
        do {
            return try Graph(entities: entities, relations: relations)
        } catch {
            throw .invalidDocument(error.description)
        }
    }

    private static func span(_ attributes: inout [AttributeName: String], what: String) throws(GraphvizError) -> TimeSpan {
        func date(_ name: AttributeName) throws(GraphvizError) -> PartialDate? {
            guard let text = attributes.removeValue(forKey: name), !text.isEmpty else { return nil }
            do { return try PartialDate(text) } catch {
                throw .invalidDocument("\(what): \(error)")
            }
        }
        return TimeSpan(start: try date("start"), end: try date("end"))
    }

    private static func plain(_ attributes: [AttributeName: String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: attributes.map { ($0.key.rawValue, $0.value) })
    }
}
