/// One fact as a listing shows it: who, what, whom, when, with its note, citations and claims.
///
/// Rows of `relations.csv` that share a `fact` label are claims about one fact and make one row;
/// every other relation is a fact of its own with one claim. The row's dates and note are those
/// of its first claim; `citations` pools every claim's citations.
///
/// JSON: `{"subject":ID,"subjectName":NAME,"predicate":P,"phrase":TEXT,"object":ID,
/// "objectName":NAME,"start":DATE|null,"end":DATE|null,"note":TEXT|null,
/// "citations":[CITATION...],"claims":[{"start":DATE|null,"end":DATE|null,"note":TEXT|null,
/// "sources":[CITATION...]}]}`.
public struct FactRow: Sendable, Hashable, Codable {
    /// One row of `relations.csv` behind the fact.
    public struct Claim: Sendable, Hashable, Codable {
        @NullCoded public var start: PartialDate?
        @NullCoded public var end: PartialDate?
        @NullCoded public var note: String?
        public var sources: [Citation]
        /// The claim's dates for a reader, as `relgraph path` writes them (not part of the JSON).
        public var dates = ""

        enum CodingKeys: String, CodingKey { case start, end, note, sources }
    }

    public var subject: String
    public var subjectName: String
    public var predicate: String
    /// The predicate's forward wording ("signed").
    public var phrase: String
    public var object: String
    public var objectName: String
    @NullCoded public var start: PartialDate?
    @NullCoded public var end: PartialDate?
    @NullCoded public var note: String?
    /// Every claim's citations, in claim order, without repeats.
    public var citations: [Citation]
    public var claims: [Claim]
    /// Indices in ``Graph/relations`` of the claims (not part of the JSON; empty when decoded).
    public var relationIndices: [Int] = []
    /// The first claim's dates for a reader (`1939-08-23`, `1922..1933`, `1917, end unknown`),
    /// empty when undated (not part of the JSON; empty when decoded).
    public var dates = ""

    enum CodingKeys: String, CodingKey {
        case subject, subjectName, predicate, phrase, object, objectName, start, end, note, citations, claims
    }

    /// The fact made of relations `rows` (one or more claims about the same triple).
    public init(graph: Graph, relations rows: [Int]) {
        let first = graph.relations[rows[0]]
        let subjectEntity = graph.entities[Int(graph.relationSubject[rows[0]])]
        let objectEntity = graph.entities[Int(graph.relationObject[rows[0]])]
        subject = subjectEntity.id
        subjectName = subjectEntity.name
        predicate = first.predicate
        phrase = graph.schema.predicate(named: first.predicate)?.phrase ?? Predicate(name: first.predicate).phrase
        object = objectEntity.id
        objectName = objectEntity.name
        start = first.span.start
        end = first.span.end
        note = first.note
        let shape = graph.schema.predicate(named: first.predicate)?.timeShape ?? .state
        claims = rows.map {
            let r = graph.relations[$0]
            return Claim(start: r.span.start, end: r.span.end, note: r.note, sources: r.citations,
                         dates: PathExplanation.dates(r.span, shape: shape) ?? "")
        }
        dates = claims[0].dates
        var seen = Set<Citation>()
        citations = claims.flatMap(\.sources).filter { seen.insert($0).inserted }
        relationIndices = rows
    }
}
