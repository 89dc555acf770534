import GraphAlgorithms

/// One hop of a path, in walking order: from one entity to the next over one relation.
///
/// `reversed` is true when the walk goes from the relation's object to its subject, so the hop
/// reads with the predicate's inverse wording ("the pact was signed by Ribbentrop").
///
/// JSON (keys always present, dates `null` when unknown):
/// `{"from":ID,"predicate":P,"to":ID,"reversed":BOOL,"start":DATE|null,"end":DATE|null,"sources":[CITATION...],
///   "note":..., "attributes":..., "known":..., "possible":..., "disputed":..., "fact":..., "claims":[...]}`
/// where a citation is `source-id` or `source-id:locator`, DATE is EDTF as written (`1923~`,
/// `192X`, `..` for an open end), and the evidence keys are those of ``RelationEvidence``.
public struct PathHop: Sendable, Hashable, Codable {
    /// The entity walked from (JSON: its id; decoded, an unbound handle, see ``EntityHandle``).
    public var from: EntityHandle
    /// The relation's predicate name.
    public var predicate: String
    /// The entity walked to (JSON: its id).
    public var to: EntityHandle
    /// Whether the hop walks the relation from its object to its subject.
    public var reversed: Bool
    /// The relation's start date, if known.
    public var start: PartialDate?
    /// The relation's end date, if known.
    public var end: PartialDate?
    /// The relation's citations, as written in `relations.csv`.
    public var sources: [Citation]
    /// Index of the relation in ``Graph/relations`` (not part of the JSON).
    public var relationIndex: Int
    /// The note, extra columns, spans and claims of the relation (JSON: flattened into the hop).
    public var evidence: RelationEvidence
    /// Whether the relation's end is written `..` (JSON: `"end": ".."`).
    public var openEnd: Bool

    enum CodingKeys: String, CodingKey { case from, predicate, to, reversed, start, end, sources }

    /// The hop over relation `r` walked from `entity`, one of its two ends; walked from its
    /// object, the hop is ``reversed``.
    /// - Parameters:
    ///   - graph: The graph of the relation.
    ///   - r: The relation's index in ``Graph/relations``.
    ///   - entity: The end walked from, an entity of `graph`.
    /// - Throws: ``PathQueryError`` when `r` is not a relation of `graph` or `entity` is not one of
    ///   its ends.
    public init(graph: Graph, relation r: Int, from entity: EntityHandle) throws(PathQueryError) {
        guard graph.relations.indices.contains(r) else {
            throw PathQueryError("relation \(r + 1) is not a relation of this graph of \(graph.relations.count) relations")
        }
        guard graph.contains(entity),
            entity.index == Int(graph.relationSubject[r]) || entity.index == Int(graph.relationObject[r])
        else {
            throw PathQueryError("entity '\(entity.id)' is not an end of relation \(r + 1)")
        }
        self.init(graph: graph, relation: r, fromIndex: entity.index)
    }

    /// The hop over relation `r` walked from entity `fromIndex` (both known to be of `graph`).
    init(graph: Graph, relation r: Int, fromIndex: Int) {
        let relation = graph.relations[r]
        let subject = Int(graph.relationSubject[r])
        reversed = subject != fromIndex
        let toIndex = Int(reversed ? graph.relationSubject[r] : graph.relationObject[r])
        from = graph.handles[fromIndex]
        to = graph.handles[toIndex]
        predicate = relation.predicate
        start = relation.span.start
        end = relation.span.end
        sources = relation.citations
        relationIndex = r
        evidence = RelationEvidence(graph: graph, relation: r)
        openEnd = relation.span.openEnd
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(EntityHandle.self, forKey: .from)
        predicate = try c.decode(String.self, forKey: .predicate)
        to = try c.decode(EntityHandle.self, forKey: .to)
        reversed = try c.decode(Bool.self, forKey: .reversed)
        start = try c.decodeIfPresent(PartialDate.self, forKey: .start)
        let endText = try c.decodeIfPresent(String.self, forKey: .end)
        let open = endText == TimeSpan.openEndMark
        openEnd = open
        end = try endText.flatMap { open ? nil : try PartialDate($0) }
        sources = try c.decode([Citation].self, forKey: .sources)
        relationIndex = -1
        evidence = try RelationEvidence(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(to, forKey: .to)
        try c.encode(reversed, forKey: .reversed)
        try c.encode(start, forKey: .start)
        try c.encode(openEnd ? TimeSpan.openEndMark : end?.description, forKey: .end)
        try c.encode(sources, forKey: .sources)
        try evidence.encode(to: encoder)
    }
}

/// A path between two entities: its hops, length and total weight.
///
/// JSON: `{"length":N,"weight":W,"hops":[HOP...]}` (see ``PathHop``).
public struct FoundPath: Sendable, Hashable, Codable {
    /// Number of hops.
    public var length: Int
    /// Sum of the relations' weights.
    public var weight: Double
    /// The hops in walking order.
    public var hops: [PathHop]
    /// The entities in walking order, endpoints included (not part of the JSON; empty when
    /// decoded).
    public var entities: [EntityHandle]

    enum CodingKeys: String, CodingKey { case length, weight, hops }

    /// Reads an algorithm path (vertex = entity index, edge = relation index) as a path of `graph`.
    public init(graph: Graph, path: GraphPath) {
        entities = path.vertices.map { graph.handles[$0] }
        hops = zip(path.edges, path.vertices).map { PathHop(graph: graph, relation: $0, fromIndex: $1) }
        length = hops.count
        weight = path.weight
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        length = try c.decode(Int.self, forKey: .length)
        weight = try c.decode(Double.self, forKey: .weight)
        hops = try c.decode([PathHop].self, forKey: .hops)
        entities = []
    }

    /// Relation indices in walking order.
    public var relationIndices: [Int] { hops.map(\.relationIndex) }
}
