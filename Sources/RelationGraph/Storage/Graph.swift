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
    private let times: RelationTimeTable
    private let idIndex: [String: Int]
    private let sourceIndex: [String: Int]
    /// Folded names, made when a lookup first needs them.
    private let nameIndex: MadeOnFirstUse<EntityNameIndex>
    var names: EntityNameIndex { nameIndex.wrapped }

    /// Builds a graph, checking that ids are unique and every relation names known entities.
    ///
    /// Loaders that can point at a file and line (``GraphFolder``) check these first; this
    /// initializer guards the invariant for every other producer.
    /// - Complexity: O(V + E log d).
    public init(entities: [Entity], relations: [Relation], sources: [Source] = [], schema: Schema = .default) throws(GraphError) {
        let idIndex = try Self.idIndex(entities)
        var subjects: [Int32] = [], objects: [Int32] = []
        subjects.reserveCapacity(relations.count)
        objects.reserveCapacity(relations.count)
        for (r, relation) in relations.enumerated() {
            guard let s = idIndex[relation.subject] else { throw GraphError.unknownEntity(relation.subject, relation: r) }
            guard let o = idIndex[relation.object] else { throw GraphError.unknownEntity(relation.object, relation: r) }
            subjects.append(Int32(s))
            objects.append(Int32(o))
        }
        try self.init(entities: entities, relations: relations, idIndex: idIndex, subjects: subjects, objects: objects,
                      sources: sources, schema: schema)
    }

    /// Builds a graph whose relations' endpoints a loader has already found: `subjects[r]` and
    /// `objects[r]` are the entity indices of relation `r`'s subject and object.
    ///
    /// `times`, when given, holds each relation's single-row spans (``RelationTime/single``),
    /// which a loader can compute while it reads the rows on all cores. `idIndex`, when given,
    /// maps each entity's id to its index, as a loader that has checked the ids for duplicates
    /// already knows.
    init(
        entities: [Entity], relations: [Relation], subjects: [Int32], objects: [Int32], times: RelationTimeTable? = nil,
        idIndex: [String: Int]? = nil, sources: [Source], schema: Schema
    ) throws(GraphError) {
        // The loader takes each endpoint's id from the entity it found, so only the range is
        // checked here (a million string comparisons cost more than the check is worth). The id
        // index is built beside the adjacencies; a duplicate id is still the first error thrown.
        guard subjects.count == relations.count, objects.count == relations.count else {
            _ = try Self.idIndex(entities)
            throw GraphError.unknownEntity(relations.first?.subject ?? "", relation: 0)
        }
        for r in relations.indices where !(0..<Int32(entities.count)).contains(subjects[r])
            || !(0..<Int32(entities.count)).contains(objects[r]) {
            _ = try Self.idIndex(entities)
            let bad = (0..<Int32(entities.count)).contains(subjects[r]) ? relations[r].object : relations[r].subject
            throw GraphError.unknownEntity(bad, relation: r)
        }
        try self.init(entities: entities, relations: relations, idIndex: idIndex, subjects: subjects, objects: objects,
                      times: times, sources: sources, schema: schema)
    }

    private static func idIndex(_ entities: [Entity]) throws(GraphError) -> [String: Int] {
        var idIndex: [String: Int] = [:]
        idIndex.reserveCapacity(entities.count)
        for (i, e) in entities.enumerated() {
            if idIndex[e.id] != nil { throw GraphError.duplicateEntity(e.id) }
            idIndex[e.id] = i
        }
        return idIndex
    }

    /// - Parameter idIndex: the entities' id index, `nil` to build it here (beside the adjacencies).
    private init(
        entities: [Entity], relations: [Relation], idIndex known: [String: Int]?, subjects: [Int32], objects: [Int32],
        times singles: RelationTimeTable? = nil, sources: [Source], schema: Schema
    ) throws(GraphError) {
        var claimsOfFact: [String: [Int]] = [:]
        var factOrder: [String] = []
        for (r, relation) in relations.enumerated() {
            guard let fact = relation.fact else { continue }
            if let first = claimsOfFact[fact]?.first {
                let a = relations[first]
                guard a.subject == relation.subject, a.predicate == relation.predicate, a.object == relation.object else {
                    if known == nil { _ = try Self.idIndex(entities) }  // a duplicate id is reported first
                    throw GraphError.factMismatch(fact, relation: r, first: first)
                }
            } else {
                factOrder.append(fact)
            }
            claimsOfFact[fact, default: []].append(r)
        }
        // The spans and both adjacencies are independent: built side by side. The name index
        // waits for the first lookup by name.
        // The endpoint arrays and one weight array are shared by both adjacencies.
        let weights = relations.map(\.weight)
        let vertexCount = entities.count
        // Spans and the directed adjacency on this thread, the undirected one (twice the slots)
        // and the id index, unless the loader has it, beside it.
        let (spans, adjacency) = ConcurrentJobs.both({
            // Fields read in place (copying a relation retains its arrays), and the predicate
            // looked up again only when it changes from the last relation's.
            var last: (name: String, predicate: Predicate?)?
            let times = singles ?? RelationTimeTable(count: relations.count) { r in
                let name = relations[r].predicate
                if last?.name != name { last = (name, schema.predicate(named: name)) }
                let predicate = last?.predicate
                return RelationTime.single(
                    span: relations[r].span, shape: predicate?.timeShape ?? .state, bounded: predicate?.isBounded ?? true,
                    entities[Int(subjects[r])].span, entities[Int(objects[r])].span)
            }
            return (times, CSRGraph(unchecked: vertexCount, sources: subjects, targets: objects, weights: weights,
                                    directed: true))
        }, { () -> (CSRGraph, Result<[String: Int], GraphError>) in
            let undirected = CSRGraph(unchecked: vertexCount, sources: subjects, targets: objects, weights: weights,
                                      directed: false)
            if let known { return (undirected, .success(known)) }
            do throws(GraphError) { return (undirected, .success(try Self.idIndex(entities))) } catch {
                return (undirected, .failure(error))
            }
        })
        var (times, directed) = spans
        let (undirected, indexed) = adjacency
        let idIndex = try indexed.get()
        for fact in factOrder {
            guard let claims = claimsOfFact[fact], claims.count > 1 else { continue }
            var combined = RelationTime(known: times.singleKnown(claims[0]), possible: [], claims: claims, isDisputed: false)
            for c in claims {
                combined.possible.append(times.singlePossible(c))
                combined.known = combined.known.flatMap { k in times.singleKnown(c).flatMap { k.intersection($0) } }
                if relations[c].span != relations[claims[0]].span { combined.isDisputed = true }
            }
            times.addFact(claims: claims, time: combined)
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
        self.directedAdjacency = directed
        self.undirectedAdjacency = undirected
        self.nameIndex = MadeOnFirstUse { EntityNameIndex(entities) }
    }

    /// When relation `r` is known to hold and when it may have held (see ``RelationTime``).
    /// - Complexity: O(1).
    public func time(of r: Int) -> RelationTime { times[r] }

    /// Whether relation `r` stands for its fact in traversals: the first claim of a fact with
    /// several claims (so a fact is one link, however many documents disagree about it).
    /// - Complexity: O(1).
    public func isPrimaryClaim(_ r: Int) -> Bool { times.isPrimaryClaim(r) }

    /// The disputed facts: for each, its claims' relation indices in file order (the fact's
    /// label is their `fact`), facts in order of their first claim.
    /// - Complexity: O(E).
    public var disputedFacts: [[Int]] {
        relations.indices.filter { times.isPrimaryClaim($0) && times.isDisputed($0) }.map { times[$0].claims }
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
