/// What a relation rests on, for an answer to show under the hop or line it belongs to: its note,
/// its extra columns, its known and possible spans, and, for a fact with several claims, every
/// claim with its dates, citations and note.
///
/// JSON (inside a hop; every key always present):
/// `{"note": TEXT|null, "attributes": {COLUMN: VALUE}, "known": SPAN, "possible": SPAN,
///   "disputed": BOOL, "fact": LABEL|null, "claims": [{"start": DATE|null, "end": DATE|null,
///   "sources": [CITATION], "note": TEXT|null}]}`
/// where SPAN is `{"start": "YYYY-MM-DD"|null, "end": "YYYY-MM-DD"|null}` (`null` for an
/// unbounded end; a known span of two `null`s means none is known), DATE is EDTF as written (an
/// open end is `".."`) and `claims` is empty for a relation that is a fact of its own.
public struct RelationEvidence: Sendable, Hashable, Codable {
    /// One row's claim about a fact.
    public struct Claim: Sendable, Hashable, Codable {
        /// The claim's start date as written.
        @NullCoded public var start: String?
        /// The claim's end date as written (`..` for an open end).
        @NullCoded public var end: String?
        /// Its citations.
        public var sources: [Citation]
        /// Its note.
        @NullCoded public var note: String?
        /// Index of the claim's row in ``Graph/relations`` (not part of the JSON; -1 when decoded).
        public var relationIndex = -1

        enum CodingKeys: String, CodingKey { case start, end, sources, note }

        init(graph: Graph, relation r: Int) {
            let relation = graph.relations[r]
            start = relation.span.start?.description
            end = relation.span.endText
            sources = relation.citations
            note = relation.note
            relationIndex = r
        }
    }

    /// The relation's note.
    public var note: String?
    /// Its columns beyond the standard ones (`goods`, `under`), by column name.
    public var attributes: [String: String]
    /// The days it is known to hold; both ends `nil` when none is known.
    public var known: DayRange?
    /// The days it may have held (the hull of a fact's claims).
    public var possible: DayRange
    /// Whether the claims about its fact differ in their dates.
    public var disputed: Bool
    /// The `fact` label, if any.
    public var fact: String?
    /// Every claim about the fact, in file order, when there are several.
    public var claims: [Claim]

    /// The evidence of relation `r`.
    public init(graph: Graph, relation r: Int) {
        let relation = graph.relations[r]
        let time = graph.time(of: r)
        note = relation.note
        attributes = relation.attributes
        known = time.known
        possible = time.possibleHull
        disputed = time.isDisputed
        fact = relation.fact
        claims = time.claims.count > 1 ? time.claims.map { Claim(graph: graph, relation: $0) } : []
    }

    enum CodingKeys: String, CodingKey { case note, attributes, known, possible, disputed, fact, claims }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        let k = try c.decodeIfPresent(DayRange.self, forKey: .known)
        known = k == .unbounded ? nil : k
        possible = try c.decodeIfPresent(DayRange.self, forKey: .possible) ?? .unbounded
        disputed = try c.decodeIfPresent(Bool.self, forKey: .disputed) ?? false
        fact = try c.decodeIfPresent(String.self, forKey: .fact)
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(note, forKey: .note)
        try c.encode(attributes, forKey: .attributes)
        try c.encode(known ?? .unbounded, forKey: .known)
        try c.encode(possible, forKey: .possible)
        try c.encode(disputed, forKey: .disputed)
        try c.encode(fact, forKey: .fact)
        try c.encode(claims, forKey: .claims)
    }
}
