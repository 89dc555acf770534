/// Everything a graph says about one entity, read from that entity's side.
///
/// Each relation reads outward: on Seeckt's card, "commanded Reichswehr"; on the Reichswehr's
/// card, "commanded by Hans von Seeckt" (the schema's inverse wording). A fact with several
/// claims is one line carrying every claim. Every layer is shown, each line saying its layer.
///
/// JSON (`relgraph show ENTITY --format json`; every key always present):
/// `{"entity": {"id": ID, "name": NAME, "kind": KIND, "aliases": [NAME...], "lifespan":
/// {"start": DATE|null, "end": DATE|null}, "group": GROUP|null, "description": TEXT|null,
/// "attributes": {COLUMN: VALUE}, "layer": LAYER|null, "sources": [CITATION...]},
/// "relations": [RELATION...]}`, the relations in the order of ``lines``. A RELATION is the
/// ``PathHop`` walked from the card's entity (`from` is its id, `to` the other end's; `start`,
/// `end`, `sources` and the ``RelationEvidence`` keys `note`, `attributes`, `known`, `possible`,
/// `disputed`, `fact`, `claims`), plus `"phrase": TEXT` (the wording read from the card's side),
/// `"toName": NAME`, `"toKind": KIND` and `"layer": LAYER|null` (see ``Line/layer``).
public struct EntityCard: Sendable, Encodable {
    /// One relation as seen from the card's entity.
    public struct Line: Sendable, Encodable {
        /// Index of the relation (of a fact's first claim) in ``Graph/relations``.
        public let relationIndex: Int
        /// The predicate's wording in the direction read.
        public let wording: String
        /// The entity at the other end.
        public let other: Entity
        /// Whether the card's entity is the relation's object.
        public var reversed: Bool { hop.reversed }
        /// The relation's dates as written.
        public let span: TimeSpan
        /// The numbers of its citations (every claim's, for a fact with several) in ``references``.
        public let citationNumbers: [Int]
        /// The relation's note.
        public let note: String?
        /// The relation walked from the card's entity, as `path`, `neighbors` and `common` read it.
        public let hop: PathHop
        /// The note, extra columns, spans and claims of the relation's fact.
        public var evidence: RelationEvidence { hop.evidence }
        /// The dates for a reader (an instant's date, a state's span), or `nil` when undated.
        public let dates: String?
        /// The relation's layer, or that of the other entity (`historiography`); `nil` for the default.
        public let layer: String?

        enum CodingKeys: String, CodingKey { case phrase, toName, toKind, layer }

        public func encode(to encoder: any Encoder) throws {
            try hop.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(wording, forKey: .phrase)
            try c.encode(other.name, forKey: .toName)
            try c.encode(other.kind, forKey: .toKind)
            try c.encode(layer, forKey: .layer)
        }
    }

    /// The entity the card is about.
    public let entity: Entity
    /// The numbers of the entity's own citations in ``references``.
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
            let hop = PathHop(graph: graph, relation: r, fromIndex: index)
            let evidence = hop.evidence
            let cited = evidence.claims.isEmpty ? relation.citations : evidence.claims.flatMap(\.sources)
            lines.append(Line(relationIndex: r, wording: predicate.wording(reversed: reversed),
                              other: graph.entities[otherIndex], span: relation.span,
                              citationNumbers: numbering.numbers(for: cited), note: relation.note,
                              hop: hop,
                              dates: evidence.disputed ? nil : PathExplanation.dates(relation.span, shape: predicate.timeShape),
                              layer: relation.layer ?? graph.entities[otherIndex].layer))
        }
        self.lines = lines
        references = numbering.references(in: graph)
    }

    enum CodingKeys: String, CodingKey { case entity, relations }
    enum EntityKeys: String, CodingKey { case id, name, kind, aliases, lifespan, group, description, attributes, layer, sources }
    enum LifespanKeys: String, CodingKey { case start, end }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var e = c.nestedContainer(keyedBy: EntityKeys.self, forKey: .entity)
        try e.encode(entity.id, forKey: .id)
        try e.encode(entity.name, forKey: .name)
        try e.encode(entity.kind, forKey: .kind)
        try e.encode(entity.aliases, forKey: .aliases)
        var lifespan = e.nestedContainer(keyedBy: LifespanKeys.self, forKey: .lifespan)
        try lifespan.encode(entity.span.start, forKey: .start)
        try lifespan.encode(entity.span.endText, forKey: .end)
        try e.encode(entity.group, forKey: .group)
        try e.encode(entity.description, forKey: .description)
        try e.encode(entity.attributes, forKey: .attributes)
        try e.encode(entity.layer, forKey: .layer)
        try e.encode(entity.citations, forKey: .sources)
        try c.encode(lines, forKey: .relations)
    }
}
