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
        public var start: PartialDate?
        public var end: PartialDate?
        public var note: String?
        public var sources: [Citation]

        enum CodingKeys: String, CodingKey { case start, end, note, sources }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(note, forKey: .note)
            try c.encode(sources, forKey: .sources)
        }
    }

    public var subject: String
    public var subjectName: String
    public var predicate: String
    /// The predicate's forward wording ("signed").
    public var phrase: String
    public var object: String
    public var objectName: String
    public var start: PartialDate?
    public var end: PartialDate?
    public var note: String?
    /// Every claim's citations, in claim order, without repeats.
    public var citations: [Citation]
    public var claims: [Claim]
    /// Indices in ``Graph/relations`` of the claims (not part of the JSON).
    public var relationIndices: [Int]

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
        claims = rows.map {
            let r = graph.relations[$0]
            return Claim(start: r.span.start, end: r.span.end, note: r.note, sources: r.citations)
        }
        var seen = Set<Citation>()
        citations = claims.flatMap(\.sources).filter { seen.insert($0).inserted }
        relationIndices = rows
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        subject = try c.decode(String.self, forKey: .subject)
        subjectName = try c.decode(String.self, forKey: .subjectName)
        predicate = try c.decode(String.self, forKey: .predicate)
        phrase = try c.decode(String.self, forKey: .phrase)
        object = try c.decode(String.self, forKey: .object)
        objectName = try c.decode(String.self, forKey: .objectName)
        start = try c.decodeIfPresent(PartialDate.self, forKey: .start)
        end = try c.decodeIfPresent(PartialDate.self, forKey: .end)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        citations = try c.decode([Citation].self, forKey: .citations)
        claims = try c.decode([Claim].self, forKey: .claims)
        relationIndices = []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(subjectName, forKey: .subjectName)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(phrase, forKey: .phrase)
        try c.encode(object, forKey: .object)
        try c.encode(objectName, forKey: .objectName)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(note, forKey: .note)
        try c.encode(citations, forKey: .citations)
        try c.encode(claims, forKey: .claims)
    }

    /// The span of the first claim, as `1922..1933`, or empty when undated.
    public var dates: String { TimeSpan(start: start, end: end).description }
}
