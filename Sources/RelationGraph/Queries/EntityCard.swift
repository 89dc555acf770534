/// Everything a graph says about one entity, read from that entity's side.
///
/// Each relation reads outward: on Seeckt's card, "commanded Reichswehr"; on the Reichswehr's
/// card, "commanded by Hans von Seeckt" (the schema's inverse wording). A fact with several
/// claims is one line carrying every claim. Every layer is shown, each line saying its layer.
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
        /// The note, extra columns, spans and claims of the relation's fact.
        public let evidence: RelationEvidence
        /// The dates for a reader (an instant's date, a state's span), or `nil` when undated.
        public let dates: String?
        /// The relation's layer, or that of the other entity (`historiography`); `nil` for the default.
        public let layer: String?
    }

    public let entity: Entity
    public let entityCitationNumbers: [Int]
    /// Relations, subject-side first, then by predicate, date and the other entity's name.
    public let lines: [Line]
    /// The citations, numbered in order of first use.
    public let references: [String]

    /// Builds the card of an entity.
    /// - Parameters:
    ///   - graph: The graph the entity is of.
    ///   - entity: The entity.
    /// - Throws: ``EntityHandleError`` when `entity` is not an entity of `graph`.
    /// - Complexity: O(d log d) in the entity's degree.
    public init(graph: Graph, entity: EntityHandle) throws(EntityHandleError) {
        self.init(graph: graph, entityIndex: try graph.checkedIndex(entity))
    }

    /// Builds the card of entity `index`, known to be of `graph` (the explorer builds every card).
    package init(graph: Graph, entityIndex index: Int) {
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
        for r in ordered where graph.isPrimaryClaim(r) {
            let relation = graph.relations[r]
            let reversed = Int(graph.relationSubject[r]) != index
            let otherIndex = Int(reversed ? graph.relationSubject[r] : graph.relationObject[r])
            let predicate = graph.schema.predicate(named: relation.predicate) ?? Predicate(name: relation.predicate)
            let evidence = RelationEvidence(graph: graph, relation: r)
            let cited = evidence.claims.isEmpty ? relation.citations : evidence.claims.flatMap(\.sources)
            lines.append(Line(relationIndex: r, wording: predicate.wording(reversed: reversed),
                              other: graph.entities[otherIndex], reversed: reversed, span: relation.span,
                              citationNumbers: numbering.numbers(for: cited), note: relation.note,
                              evidence: evidence,
                              dates: evidence.disputed ? nil : PathExplanation.dates(relation.span, shape: predicate.timeShape),
                              layer: relation.layer ?? graph.entities[otherIndex].layer))
        }
        self.lines = lines
        references = numbering.references(in: graph)
    }
}
