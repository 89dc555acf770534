import Foundation
import GraphAlgorithms

/// An immutable relationship graph: entities and relations in arrays, CSR adjacency both ways,
/// O(1) lookup by id and folded lookup by name or alias.
///
/// Entity `i` is `entities[i]`; relation `r` links `relationSubject[r]` to `relationObject[r]`
/// and is edge `r` of both adjacency structures, so algorithm results map straight back.
///
/// ```swift
/// let graph = try GraphFolder.load(from: URL(fileURLWithPath: "Graphs/german-soviet-1918-1941"))
/// let seeckt = try graph.resolve("seeckt")   // an EntityHandle
/// graph[seeckt]?.name  // "Hans von Seeckt"
/// ```
public struct Graph: Sendable {
    public let entities: [Entity]
    public let relations: [Relation]
    public let sources: [Source]
    public let schema: Schema
    /// A handle for every entity, in entity order: `handles[i]` names `entities[i]`.
    public let handles: [EntityHandle]

    /// Entity index of each relation's subject.
    package let relationSubject: [Int32]
    /// Entity index of each relation's object.
    package let relationObject: [Int32]
    /// Relations as directed edges (edge index == relation index); parallel relations kept.
    package let directedAdjacency: CSRGraph
    /// The same edges with both directions walkable.
    package let undirectedAdjacency: CSRGraph

    /// Known and possible span of each relation (claims of one fact share theirs).
    private let times: [RelationTime]
    private let idIndex: [String: Int]
    private let sourceIndex: [String: Int]
    let names: EntityNameIndex

    /// Builds a graph, checking that ids are unique and every relation names known entities.
    ///
    /// Loaders that can point at a file and line (``GraphFolder``) check these first; this
    /// initializer guards the invariant for every other producer.
    /// - Complexity: O(V + E log d).
    public init(entities: [Entity], relations: [Relation], sources: [Source] = [], schema: Schema = .default) throws(GraphError) {
        var idIndex: [String: Int] = [:]
        idIndex.reserveCapacity(entities.count)
        for (i, e) in entities.enumerated() {
            if idIndex[e.id] != nil { throw GraphError.duplicateEntity(e.id) }
            idIndex[e.id] = i
        }
        var subjects: [Int32] = [], objects: [Int32] = []
        subjects.reserveCapacity(relations.count)
        objects.reserveCapacity(relations.count)
        for (r, relation) in relations.enumerated() {
            guard let s = idIndex[relation.subject] else { throw GraphError.unknownEntity(relation.subject, relation: r) }
            guard let o = idIndex[relation.object] else { throw GraphError.unknownEntity(relation.object, relation: r) }
            subjects.append(Int32(s))
            objects.append(Int32(o))
        }
        var claimsOfFact: [String: [Int]] = [:]
        for (r, relation) in relations.enumerated() {
            guard let fact = relation.fact else { continue }
            if let first = claimsOfFact[fact]?.first {
                let a = relations[first]
                guard a.subject == relation.subject, a.predicate == relation.predicate, a.object == relation.object else {
                    throw GraphError.factMismatch(fact, relation: r, first: first)
                }
            }
            claimsOfFact[fact, default: []].append(r)
        }
        var times = relations.enumerated().map { r, relation in
            let predicate = schema.predicate(named: relation.predicate)
            let single = RelationTime.single(
                span: relation.span, shape: predicate?.timeShape ?? .state, bounded: predicate?.isBounded ?? true,
                lifespans: [entities[Int(subjects[r])].span, entities[Int(objects[r])].span])
            return RelationTime(known: single.known, possible: [single.possible], claims: [r], isDisputed: false)
        }
        for claims in claimsOfFact.values where claims.count > 1 {
            var combined = RelationTime(known: times[claims[0]].known, possible: [], claims: claims, isDisputed: false)
            for c in claims {
                combined.possible += times[c].possible
                combined.known = combined.known.flatMap { k in times[c].known.flatMap { k.intersection($0) } }
                if relations[c].span != relations[claims[0]].span { combined.isDisputed = true }
            }
            for c in claims { times[c] = combined }
        }
        var sourceIndex: [String: Int] = [:]
        for (i, s) in sources.enumerated() where sourceIndex[s.id] == nil { sourceIndex[s.id] = i }

        self.entities = entities
        self.handles = entities.indices.map { EntityHandle(index: $0, id: entities[$0].id) }
        self.relations = relations
        self.sources = sources
        self.schema = schema
        self.idIndex = idIndex
        self.sourceIndex = sourceIndex
        self.times = times
        self.relationSubject = subjects
        self.relationObject = objects
        let edges = zip(subjects, objects).map { (Int($0), Int($1)) }
        let weights = relations.map(\.weight)
        self.directedAdjacency = CSRGraph(unchecked: entities.count, edges: edges, weights: weights, directed: true)
        self.undirectedAdjacency = CSRGraph(unchecked: entities.count, edges: edges, weights: weights, directed: false)
        self.names = EntityNameIndex(entities)
    }

    /// When relation `r` is known to hold and when it may have held (see ``RelationTime``).
    /// - Complexity: O(1).
    public func time(of r: Int) -> RelationTime { times[r] }

    /// Whether relation `r` stands for its fact in traversals: the first claim of a fact with
    /// several claims (so a fact is one link, however many documents disagree about it).
    /// - Complexity: O(1).
    public func isPrimaryClaim(_ r: Int) -> Bool { times[r].claims.first == r }

    /// The disputed facts: for each, its claims' relation indices in file order (the fact's
    /// label is their `fact`), facts in order of their first claim.
    /// - Complexity: O(E).
    public var disputedFacts: [[Int]] {
        relations.indices.filter { isPrimaryClaim($0) && times[$0].isDisputed }.map { times[$0].claims }
    }

    /// The index of the entity with this exact id.
    /// - Complexity: O(1).
    public func index(ofID id: String) -> Int? { idIndex[id] }

    /// The entity with this exact id.
    /// - Complexity: O(1).
    public func entity(withID id: String) -> Entity? { idIndex[id].map { entities[$0] } }

    /// The source with this id.
    /// - Complexity: O(1).
    public func source(withID id: String) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// A name folded the way ``resolve(_:)`` compares names: lowercased, accents stripped,
    /// punctuation turned into single spaces ("Tuchatschewski-Plan" → "tuchatschewski plan").
    /// Front ends that search names themselves (the browser explorer) compare these keys.
    public static func searchKey(_ text: String) -> String { EntityNameIndex.fold(text) }

    /// Finds an entity by id, name or alias, folding case and accents.
    ///
    /// An exact id wins; then a whole name or alias; then every word of the query matching a
    /// word of a name or alias ("tukhachevsky" finds "Mikhail Tukhachevsky").
    /// - Returns: The entity's handle.
    /// - Throws: ``EntityLookupError`` naming the candidates when the query is ambiguous, or the
    ///   nearest names when nothing matches.
    public func resolve(_ query: String) throws(EntityLookupError) -> EntityHandle {
        if let i = idIndex[query] { return handles[i] }
        return handles[try names.resolve(query, entities: entities)]
    }

    /// Indices of the relations touching entity `i`, in relation order.
    /// - Complexity: O(degree).
    public func relations(touching i: Int) -> [Int] {
        let g = undirectedAdjacency
        var seen = Set<Int32>()
        var result: [Int] = []
        for slot in g.outOffsets[i]..<g.outOffsets[i + 1] where seen.insert(g.outEdge[slot]).inserted {
            result.append(Int(g.outEdge[slot]))
        }
        return result.sorted()
    }
}

/// A graph that breaks an invariant: a duplicate id or a relation to an unknown entity.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateEntity(String)
    case unknownEntity(String, relation: Int)
    /// Two rows share a `fact` label but not subject, predicate and object.
    case factMismatch(String, relation: Int, first: Int)

    public var description: String {
        switch self {
        case .duplicateEntity(let id): "duplicate entity id '\(id)'"
        case .unknownEntity(let id, let r): "relation \(r + 1) refers to unknown entity '\(id)'"
        case .factMismatch(let fact, let r, let first):
            "relation \(r + 1) claims fact '\(fact)' of relation \(first + 1) with another subject, predicate or object"
        }
    }
}
