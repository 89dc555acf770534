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
    public var note: String?
    public var citations: [Citation]
    /// Columns beyond the standard ones, by column name.
    public var attributes: [String: String]
    /// The fact this row is a claim about (the `fact` column): rows sharing a label are claims
    /// about one fact; a row without one is a fact of its own.
    public var fact: String?
    /// The layer the relation belongs to (`historiography` for later judgements); `nil` for the
    /// default network layer.
    public var layer: String?

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
        self.note = note
        self.citations = citations
        self.attributes = attributes
        self.fact = fact
        self.layer = layer
    }
}
