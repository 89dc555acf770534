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
/// let seeckt = try graph.resolve("seeckt")
/// graph.entities[seeckt].name   // "Hans von Seeckt"
/// ```
public struct Graph: Sendable {
    public let entities: [Entity]
    public let relations: [Relation]
    public let sources: [Source]
    public let schema: Schema

    /// Entity index of each relation's subject.
    public let relationSubject: [Int32]
    /// Entity index of each relation's object.
    public let relationObject: [Int32]
    /// Relations as directed edges (edge index == relation index); parallel relations kept.
    public let directedAdjacency: CSRGraph
    /// The same edges with both directions walkable.
    public let undirectedAdjacency: CSRGraph

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
        var sourceIndex: [String: Int] = [:]
        for (i, s) in sources.enumerated() where sourceIndex[s.id] == nil { sourceIndex[s.id] = i }

        self.entities = entities
        self.relations = relations
        self.sources = sources
        self.schema = schema
        self.idIndex = idIndex
        self.sourceIndex = sourceIndex
        self.relationSubject = subjects
        self.relationObject = objects
        let edges = zip(subjects, objects).map { (Int($0), Int($1)) }
        let weights = relations.map(\.weight)
        self.directedAdjacency = CSRGraph(vertexCount: entities.count, edges: edges, weights: weights, directed: true)
        self.undirectedAdjacency = CSRGraph(vertexCount: entities.count, edges: edges, weights: weights, directed: false)
        self.names = EntityNameIndex(entities)
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
    /// - Throws: ``EntityLookupError`` naming the candidates when the query is ambiguous, or the
    ///   nearest names when nothing matches.
    public func resolve(_ query: String) throws(EntityLookupError) -> Int {
        if let i = idIndex[query] { return i }
        return try names.resolve(query, entities: entities)
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

    public var description: String {
        switch self {
        case .duplicateEntity(let id): "duplicate entity id '\(id)'"
        case .unknownEntity(let id, let r): "relation \(r + 1) refers to unknown entity '\(id)'"
        }
    }
}
