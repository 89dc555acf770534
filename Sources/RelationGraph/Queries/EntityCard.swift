/// Everything a graph says about one entity, read from that entity's side.
///
/// Each relation reads outward: on Seeckt's card, "commanded Reichswehr"; on the Reichswehr's
/// card, "commanded by Hans von Seeckt" (the schema's inverse wording).
public struct EntityCard: Sendable {
    /// One relation as seen from the card's entity.
    public struct Line: Sendable {
        public let relationIndex: Int
        /// The predicate's wording in the direction read.
        public let wording: String
        /// The entity at the other end.
        public let other: Entity
        /// Whether the card's entity is the relation's object.
        public let reversed: Bool
        public let span: TimeSpan
        public let citationNumbers: [Int]
        public let note: String?
    }

    public let entity: Entity
    public let entityCitationNumbers: [Int]
    /// Relations, subject-side first, then by predicate, date and the other entity's name.
    public let lines: [Line]
    /// The citations, numbered in order of first use.
    public let references: [String]

    /// Builds the card of entity `index`.
    /// - Complexity: O(d log d) in the entity's degree.
    public init(graph: Graph, entity index: Int) {
        var numbering = CitationNumbering()
        entity = graph.entities[index]
        entityCitationNumbers = numbering.numbers(for: entity.citations)
        var lines: [Line] = []
        let ordered = graph.relations(touching: index).sorted { a, b in
            let ra = graph.relations[a], rb = graph.relations[b]
            let sa = Int(graph.relationSubject[a]) == index, sb = Int(graph.relationSubject[b]) == index
            if sa != sb { return sa }
            if ra.predicate != rb.predicate { return ra.predicate < rb.predicate }
            if ra.span.lowerDay != rb.span.lowerDay { return ra.span.lowerDay < rb.span.lowerDay }
            return a < b
        }
        for r in ordered {
            let relation = graph.relations[r]
            let reversed = Int(graph.relationSubject[r]) != index
            let otherIndex = Int(reversed ? graph.relationSubject[r] : graph.relationObject[r])
            let predicate = graph.schema.predicate(named: relation.predicate) ?? Predicate(name: relation.predicate)
            lines.append(Line(relationIndex: r, wording: predicate.wording(reversed: reversed),
                              other: graph.entities[otherIndex], reversed: reversed, span: relation.span,
                              citationNumbers: numbering.numbers(for: relation.citations), note: relation.note))
        }
        self.lines = lines
        references = numbering.references(in: graph)
    }
}
