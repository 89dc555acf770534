/// A one-mode network of co-affiliation: entities of some kinds (persons) tied when they share
/// an entity of other kinds (an organization they sat in, an agreement they signed).
///
/// An affiliation is any relation, in either direction, between a member and a shared entity
/// that the filter admits by predicate and layer. A tie's weight counts the shared entities, as
/// NetworkX's `bipartite.weighted_projected_graph` does; each tie keeps its shared entities and
/// the citations of the affiliations behind them. With a time window, a shared entity counts for
/// a pair only when the two affiliations overlap each other within the window (possible spans,
/// or known spans under `strictTime`, see ``RelationSpans``), and the tie's span is that overlap
/// (the earliest to the latest day over its shared entities). Without a window every shared
/// entity counts, and the span is the overlap of the possible spans where they overlap.
///
/// Ties are ordered by weight, heaviest first, then by their entities in entity order.
///
/// JSON: `{"kinds":[KIND...],"via":[KIND...],"members":N,"ties":[{"a":ID,"aName":NAME,"b":ID,
/// "bName":NAME,"weight":N,"start":DAY|null,"end":DAY|null,"shared":[{"id":ID,"name":NAME,
/// "start":DAY|null,"end":DAY|null,"citations":[CITATION...]}]}]}` with DAY as `YYYY-MM-DD`.
public struct CoAffiliation: Sendable, Codable {
    /// One entity two members share.
    public struct Shared: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// First and last day the two affiliations overlap, when bounded.
        public var start: String?
        public var end: String?
        public var citations: [Citation]
    }

    /// Two members and what they share.
    public struct Tie: Sendable, Hashable, Codable {
        public var a: String
        public var aName: String
        public var b: String
        public var bName: String
        /// Shared entities counted.
        public var weight: Int
        public var start: String?
        public var end: String?
        public var shared: [Shared]
        /// Entity indices of `a` and `b` (not part of the JSON).
        public var indices: [Int] = []
        /// The overlap as day numbers, when the affiliations overlap at all (not part of the JSON).
        public var days: ClosedRange<Int>? = nil

        enum CodingKeys: String, CodingKey { case a, aName, b, bName, weight, start, end, shared }
    }

    public var kinds: [EntityKind]
    public var via: [EntityKind]
    /// Entities of the member kinds (the projection's nodes, tied or not).
    public var members: Int
    public var ties: [Tie]
    /// Entity indices of the members, in entity order (not part of the JSON).
    public var memberIndices: [Int] = []

    enum CodingKeys: String, CodingKey { case kinds, via, members, ties }

    /// The co-affiliation network of `kinds` through `via` in `graph`.
    /// - Complexity: O(E + Σ over shared entities of (affiliations)²).
    public init(graph: Graph, kinds: Set<EntityKind>, via: Set<EntityKind>, filter: RelationFilter = RelationFilter()) {
        let admitted = graph.entities.map { filter.admitsLayer($0.layer) }
        let isMember = graph.entities.indices.map { admitted[$0] && kinds.contains(graph.entities[$0].kind) }
        let isShared = graph.entities.indices.map { admitted[$0] && via.contains(graph.entities[$0].kind) }
        var relationFilter = filter
        relationFilter.window = nil
        // Affiliations by shared entity: (member, relation), in relation order.
        var affiliations: [Int: [(member: Int, relation: Int)]] = [:]
        for r in graph.relations.indices where relationFilter.admits(relation: r, in: graph) {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            for (m, v) in [(s, o), (o, s)] where m != v && isMember[m] && isShared[v] {
                affiliations[v, default: []].append((m, r))
            }
        }
        let window = filter.window.map(RelationSpans.days)
        func overlap(_ r1: Int, _ r2: Int) -> (counts: Bool, days: ClosedRange<Int>?) {
            guard let window else {
                let both = RelationSpans.overlap(RelationSpans.possible(r1, in: graph), RelationSpans.possible(r2, in: graph))
                return (true, both)
            }
            guard let x = RelationSpans.reading(r1, in: graph, strict: filter.strictTime),
                  let y = RelationSpans.reading(r2, in: graph, strict: filter.strictTime),
                  let both = RelationSpans.overlap(x, y), let inside = RelationSpans.overlap(both, window) else {
                return (false, nil)
            }
            return (true, inside)
        }
        func hull(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> ClosedRange<Int>? {
            guard let a else { return b }
            guard let b else { return a }
            return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
        }
        struct Building { var shared: [(Int, ClosedRange<Int>?, [Citation])] = [] }
        var ties: [UInt64: Building] = [:]
        for v in affiliations.keys.sorted() {
            let list = affiliations[v, default: []]
            // Per pair of members: whether the shared entity counts, its overlap and citations.
            var perPair: [UInt64: (ClosedRange<Int>?, [Citation])] = [:]
            for i in list.indices {
                for j in list.indices where j > i && list[i].member != list[j].member {
                    let (p, q) = (min(list[i].member, list[j].member), max(list[i].member, list[j].member))
                    let result = overlap(list[i].relation, list[j].relation)
                    guard result.counts else { continue }
                    let key = UInt64(p) << 32 | UInt64(q)
                    let cites = graph.relations[list[i].relation].citations + graph.relations[list[j].relation].citations
                    if let existing = perPair[key] {
                        perPair[key] = (hull(existing.0, result.days), existing.1 + cites)
                    } else {
                        perPair[key] = (result.days, cites)
                    }
                }
            }
            for (key, value) in perPair {
                var seen = Set<Citation>()
                ties[key, default: Building()].shared.append((v, value.0, value.1.filter { seen.insert($0).inserted }))
            }
        }
        var built: [Tie] = []
        for (key, building) in ties {
            let p = Int(key >> 32), q = Int(key & 0xFFFF_FFFF)
            let shared = building.shared.sorted { $0.0 < $1.0 }.map { v, days, cites in
                Shared(id: graph.entities[v].id, name: graph.entities[v].name,
                       start: days.flatMap { RelationSpans.dateText(ofDay: $0.lowerBound) },
                       end: days.flatMap { RelationSpans.dateText(ofDay: $0.upperBound) }, citations: cites)
            }
            let span = building.shared.reduce(nil as ClosedRange<Int>?) { hull($0, $1.1) }
            built.append(Tie(a: graph.entities[p].id, aName: graph.entities[p].name, b: graph.entities[q].id,
                             bName: graph.entities[q].name, weight: shared.count,
                             start: span.flatMap { RelationSpans.dateText(ofDay: $0.lowerBound) },
                             end: span.flatMap { RelationSpans.dateText(ofDay: $0.upperBound) },
                             shared: shared, indices: [p, q], days: span))
        }
        built.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.indices.lexicographicallyPrecedes($1.indices) }
        self.kinds = kinds.sorted()
        self.via = via.sorted()
        self.memberIndices = graph.entities.indices.filter { isMember[$0] }
        self.members = memberIndices.count
        self.ties = built
    }

    /// The predicate of the saved network's ties.
    public static let predicate = Predicate(
        name: "co-affiliated", phrase: "shared an affiliation with", inverse: "shared an affiliation with",
        isSymmetric: true,
        description: "The two shared an organization, agreement or other entity (relgraph project); weight counts them.")

    /// The network as a graph: the members, one `co-affiliated` relation per tie with the
    /// shared count as its weight, the overlap as its span, the shared entities in its note and
    /// a `shared` column, and the affiliations' citations.
    public func graph(from graph: Graph) -> Graph {
        let memberEntities = memberIndices.map { graph.entities[$0] }
        let relations = ties.map { tie in
            var seen = Set<Citation>()
            let start = tie.start.flatMap { try? PartialDate($0) }
            let end = tie.end.flatMap { try? PartialDate($0) }
            return Relation(subject: tie.a, predicate: Self.predicate.name, object: tie.b,
                            span: TimeSpan(start: start, end: end), weight: Double(tie.weight),
                            note: "shared: " + tie.shared.map(\.name).joined(separator: "; "),
                            citations: tie.shared.flatMap(\.citations).filter { seen.insert($0).inserted },
                            attributes: ["shared": tie.shared.map(\.id).joined(separator: ";")])
        }
        let schema = Schema(predicates: graph.schema.predicates + [Self.predicate])
        do {
            return try Graph(entities: memberEntities, relations: relations, sources: graph.sources, schema: schema)
        } catch {
            // Members come from a valid graph and every tie joins two of them.
            preconditionFailure("co-affiliation network broke an invariant: \(error)")
        }
    }
}
