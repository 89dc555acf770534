/// A typed, directed, dated, cited link between two entities: a row of `relations.csv`.
///
/// The direction is the reading direction of the predicate: in `molotov signed pact` the
/// subject is Molotov. Undirected queries may walk it backwards, reading the schema's inverse.
public struct Relation: Hashable, Sendable, Codable {
    /// Id of the subject entity.
    public var subject: String
    /// A predicate name from the graph's schema.
    public var predicate: String
    /// Id of the object entity.
    public var object: String
    public var span: TimeSpan
    /// Cost of the hop in weighted path queries; positive, default 1.
    public var weight: Double
    public var citations: [Citation]
    /// The note, attributes, fact and layer, out of line: most rows of a large graph have none,
    /// and kept inline they made every relation 48 bytes larger. Empty when all are empty, so
    /// that equal relations have equal storage.
    private var details: [Details]

    /// The rarely filled fields of a relation.
    private struct Details: Hashable, Sendable {
        var note: String?
        var attributes: [String: String] = [:]
        var fact: String?
        var layer: String?

        var isEmpty: Bool { note == nil && attributes.isEmpty && fact == nil && layer == nil }
    }

    public var note: String? {
        get { details.first?.note }
        set { update { $0.note = newValue } }
    }
    /// Columns beyond the standard ones, by column name.
    public var attributes: [String: String] {
        get { details.first?.attributes ?? [:] }
        set { update { $0.attributes = newValue } }
    }
    /// The fact this row is a claim about (the `fact` column): rows sharing a label are claims
    /// about one fact; a row without one is a fact of its own.
    public var fact: String? {
        get { details.first?.fact }
        set { update { $0.fact = newValue } }
    }
    /// The layer the relation belongs to (`historiography` for later judgements); `nil` for the
    /// default network layer.
    public var layer: String? {
        get { details.first?.layer }
        set { update { $0.layer = newValue } }
    }

    private mutating func update(_ change: (inout Details) -> Void) {
        var d = details.first ?? Details()
        change(&d)
        details = d.isEmpty ? [] : [d]
    }

    public init(
        subject: String, predicate: String, object: String, span: TimeSpan = .unknown, weight: Double = 1,
        note: String? = nil, citations: [Citation] = [], attributes: [String: String] = [:],
        fact: String? = nil, layer: String? = nil
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.span = span
        self.weight = weight
        self.citations = citations
        let d = Details(note: note, attributes: attributes, fact: fact, layer: layer)
        self.details = d.isEmpty ? [] : [d]
    }

    private enum CodingKeys: String, CodingKey {
        case subject, predicate, object, span, weight, note, citations, attributes, fact, layer
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            subject: try c.decode(String.self, forKey: .subject), predicate: try c.decode(String.self, forKey: .predicate),
            object: try c.decode(String.self, forKey: .object), span: try c.decode(TimeSpan.self, forKey: .span),
            weight: try c.decode(Double.self, forKey: .weight), note: try c.decodeIfPresent(String.self, forKey: .note),
            citations: try c.decode([Citation].self, forKey: .citations),
            attributes: try c.decode([String: String].self, forKey: .attributes),
            fact: try c.decodeIfPresent(String.self, forKey: .fact), layer: try c.decodeIfPresent(String.self, forKey: .layer))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(subject, forKey: .subject)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(object, forKey: .object)
        try c.encode(span, forKey: .span)
        try c.encode(weight, forKey: .weight)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(citations, forKey: .citations)
        try c.encode(attributes, forKey: .attributes)
        try c.encodeIfPresent(fact, forKey: .fact)
        try c.encodeIfPresent(layer, forKey: .layer)
    }
}
