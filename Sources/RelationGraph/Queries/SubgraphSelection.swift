import GraphAlgorithms

/// Which part of a graph to take out: an ego network, a component, a filtered slice, or any
/// intersection of them, plus entity sets chosen by other queries: the paths between two entities
/// (``restrictToPaths(from:to:count:in:)``) and the entities ranked highest by a centrality
/// (``restrictToTop(_:by:in:)``).
///
/// Kind and group filters are node-induced: every matching entity stays. Predicate and time
/// filters are edge-induced: an entity left without any relation goes, unless it is a seed.
///
/// Selection runs in three steps. The ``filter`` decides which entities and relations exist at
/// all. Each seed option (``around``, ``componentOf``, ``include``) then picks entities within
/// that filtered view; several seed options intersect. Last, every filtered relation between two
/// picked entities is kept.
///
/// ```swift
/// var selection = SubgraphSelection()
/// selection.around = ["lipetsk-fighter-school"]
/// selection.depth = 2
/// let lipetsk = try selection.extract(from: graph)
///
/// var brokers = SubgraphSelection()
/// try brokers.restrictToTop(10, by: .betweenness, in: graph)   // the ten best brokers
/// ```
public struct SubgraphSelection: Sendable {
    /// Entities (id, name or alias) whose neighbourhoods to take.
    public var around: [String] = []
    /// How many hops from `around`.
    public var depth = 1
    /// Which way an ego network grows (symmetric predicates grow both ways, see ``TraversalDirection``).
    public var direction = TraversalDirection.both
    /// An entity whose connected component to take.
    public var componentOf: String?
    /// Entities chosen by another query (a path union, a top-N ranking), as handles of the graph
    /// selected from; `nil` for no constraint.
    public var include: Set<EntityHandle>?
    /// Relation indices chosen by another query (the relations of a path union); `nil` for no
    /// constraint. With it, only these relations are kept, not every relation among the picks.
    public var includeRelations: Set<Int>?
    /// Whether entities named as seeds stay in even when the filter would drop them.
    public var keepSeeds = true
    /// Kinds, predicates, groups, layers and time.
    public var filter = RelationFilter()

    public init() {}

    /// A selection error: an entity that cannot be found or is not of the graph, a bad depth or
    /// count, or a path or ranking query that fails.
    public enum SelectionError: Error, Sendable, CustomStringConvertible {
        case lookup(EntityLookupError)
        case negativeDepth(Int)
        /// A handle in ``SubgraphSelection/include`` or passed in that is not of the graph.
        case foreignEntity(EntityHandleError)
        /// A path query of ``SubgraphSelection/restrictToPaths(from:to:count:in:)`` that cannot be
        /// asked (the same entity twice, a path count below 1).
        case pathQuery(PathQueryError)
        /// No path joins the two entities under the selection's filter.
        case noPath(from: EntityHandle, to: EntityHandle)
        /// A centrality of ``SubgraphSelection/restrictToTop(_:by:in:)`` that cannot be computed.
        case centrality(CentralityError)
        /// A top count below 1.
        case nonPositiveCount(Int)

        public var description: String {
            switch self {
            case .lookup(let e): e.description
            case .negativeDepth(let d): "depth must be 0 or more, not \(d)"
            case .foreignEntity(let e): e.description
            case .pathQuery(let e): e.description
            case .noPath(let a, let b): "no path from \(a.id) to \(b.id) under these filters"
            case .centrality(let e): "\(e)"
            case .nonPositiveCount(let n): "the number of entities must be at least 1, not \(n)"
            }
        }
    }

    /// The picked entities, in entity order, and relation indices, ascending.
    /// - Throws: ``SelectionError`` for a bad depth, a name that finds no entity, or an
    ///   ``include`` handle of another graph.
    /// - Complexity: O(V + E).
    public func select(in graph: Graph) throws(SelectionError) -> (entities: [EntityHandle], relations: [Int]) {
        guard depth >= 0 else { throw .negativeDepth(depth) }
        for handle in include ?? [] {
            do throws(EntityHandleError) { try graph.check(handle) } catch { throw .foreignEntity(error) }
        }
        var seeds: [Int] = []
        do throws(EntityLookupError) {
            for name in around { seeds.append(try graph.resolve(name).index) }
            if let componentOf { seeds.append(try graph.resolve(componentOf).index) }
        } catch {
            throw .lookup(error)
        }
        let (entityMask, relationMask) = filter.masks(for: graph, ends: keepSeeds ? Set(seeds) : [])
        var picked = entityMask
        if !around.isEmpty {
            let seedIndices = Array(seeds.prefix(around.count))
            let reach = Self.reach(graph, from: seedIndices, depth: depth, direction: direction, relationMask: relationMask)
            for i in picked.indices { picked[i] = picked[i] && reach[i] }
        }
        if componentOf != nil, let seed = seeds.last {
            let reach = Self.reach(graph, from: [seed], depth: Int.max, direction: .both, relationMask: relationMask)
            for i in picked.indices { picked[i] = picked[i] && reach[i] }
        }
        if let include {
            for i in picked.indices where !include.contains(graph.handles[i]) { picked[i] = false }
        }
        let relations = relationMask.indices.filter {
            relationMask[$0] && picked[Int(graph.relationSubject[$0])] && picked[Int(graph.relationObject[$0])]
                && (includeRelations?.contains($0) ?? true)
        }
        if filter.filtersRelations {
            // A predicate or time slice is about relations: entities it leaves without any go too.
            var touched = [Bool](repeating: false, count: picked.count)
            for r in relations {
                touched[Int(graph.relationSubject[r])] = true
                touched[Int(graph.relationObject[r])] = true
            }
            for s in seeds { touched[s] = true }
            for i in picked.indices { picked[i] = picked[i] && touched[i] }
        }
        return (picked.indices.filter { picked[$0] }.map { graph.handles[$0] }, relations)
    }

    /// The selection as a graph of its own.
    public func extract(from graph: Graph) throws(SelectionError) -> Graph {
        let (entities, relations) = try select(in: graph)
        return graph.subgraph(entities: entities.map(\.index), relations: relations)
    }

    /// Entities within `depth` hops of the seeds, walking only admitted relations (a relation is
    /// admitted only with both its entities).
    static func reach(
        _ graph: Graph, from seeds: [Int], depth: Int, direction: TraversalDirection, relationMask: [Bool]
    ) -> [Bool] {
        Traversal(graph: graph, direction: direction)
            .distances(from: seeds, depth: depth, mask: TraversalMask(allowedEdges: relationMask))
            .map { $0 >= 0 }
    }
}
