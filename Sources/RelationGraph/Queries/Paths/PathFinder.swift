import Foundation
import GraphAlgorithms

/// Answers ``PathQuery``s on one graph, reusing its search buffers across queries.
///
/// Searches run on the graph's integer adjacency (`Graph.undirectedAdjacency`, or
/// `directedAdjacency` under `--directed`); filters become a `TraversalMask` (GraphAlgorithms), so no filtered
/// copy of the graph is built. Entity `i` is vertex `i` and relation `r` is edge `r`.
///
/// **Tie rule** (the same answer every run): a single shortest path by hops goes through the
/// least-connected entities available (``PathQuery/TieBreak/fewestHubs``, the default): among
/// equally short paths, the smallest sum of log(1 + relations of each intermediate entity) wins,
/// because a hub (a state, an army) links almost everything and so explains little. Remaining
/// ties, ``PathQuery/TieBreak/entityOrder``, and every list of several paths go to the path whose
/// sequence of entities is first in entity order (the order of `entities.csv`); between
/// parallel relations on one hop, the relation listed first in `relations.csv` (the lightest
/// one for weighted queries). Lists of paths are sorted by length (or weight), then by the same
/// entity order. Time-respecting paths prefer, among the fewest hops, the earliest last hop.
///
/// A `PathFinder` is not thread-safe; use one per thread.
public final class PathFinder {
    /// The graph every query runs on.
    public let graph: Graph
    private var undirected: (walk: Traversal, searcher: PathSearcher)?
    private var directed: (walk: Traversal, searcher: PathSearcher)?
    private var startDays: (possible: [Int?], known: [Int?])?
    private var hubCost: [Double]?

    /// Hop-limited weighted queries try this many lightest paths for one within the limit.
    public static let weightedHopLimitCandidates = 200

    /// A finder for `graph`; search buffers are allocated on first use.
    public init(graph: Graph) {
        self.graph = graph
    }

    private func walk(directed isDirected: Bool) -> (walk: Traversal, searcher: PathSearcher) {
        if isDirected, let directed { return directed }
        if !isDirected, let undirected { return undirected }
        let walk = Traversal(graph: graph, directed: isDirected)
        let made = (walk, PathSearcher(graph: walk.adjacency))
        if isDirected { directed = made } else { undirected = made }
        return made
    }

    /// What passing through each entity costs under ``PathQuery/TieBreak/fewestHubs``:
    /// log(1 + its number of relations), so that among equally short paths the one through the
    /// least-connected entities wins. Other front ends that reproduce the default path (the
    /// browser explorer) take these exact numbers rather than recomputing them.
    /// - Complexity: O(V).
    public static func hubCosts(of graph: Graph) -> [Double] {
        let adjacency = graph.undirectedAdjacency
        return graph.entities.indices.map { log1p(Double(adjacency.outDegree($0))) }
    }

    /// Checks that a query makes sense before running it.
    /// - Throws: ``PathQueryError`` for ends or avoided entities that are not entities of
    ///   ``graph`` (see ``Graph/check(_:)``), the same entity twice, an avoided end, or limits and modes that do
    ///   not combine.
    public func validate(_ query: PathQuery) throws(PathQueryError) {
        for entity in query.filters.avoid.sorted() {
            _ = try graph.checkedQueryIndex(entity)
        }
        _ = try graph.checkedPair(query.source, query.target)
        for end in [query.source, query.target] where query.filters.avoid.contains(end) {
            throw PathQueryError("cannot avoid \(end.id): it is an end of the path")
        }
        if let h = query.filters.maxHops, h < 1 { throw PathQueryError("the hop limit must be at least 1") }
        switch query.mode {
        case .shortest: break
        case .kShortest(let k) where k < 1: throw PathQueryError("k must be at least 1")
        case .allShortest(let limit) where limit < 1, .allSimple(let limit) where limit < 1:
            throw PathQueryError("the path limit must be at least 1")
        default: break
        }
        if query.filters.chronological {
            if query.mode != .shortest { throw PathQueryError("a time-respecting search returns one path; it does not combine with k shortest, all shortest or all simple paths") }
            if query.weighted { throw PathQueryError("a time-respecting search counts hops; it does not combine with weights") }
        }
        if query.weighted, let r = graph.firstRelationWithUnusableWeight {
            let relation = graph.relations[r]
            throw PathQueryError("weighted paths need positive weights; relation \(r + 1) (\(relation.subject) \(relation.predicate) \(relation.object)) has weight \(relation.weight)")
        }
        if query.weighted, case .allSimple = query.mode {
            throw PathQueryError("all simple paths are listed by hop count; weights do not apply")
        }
    }

    /// The paths the query asks for, without a diagnosis when there are none.
    /// - Complexity: one or more graph searches, see GraphAlgorithms' `PathSearcher`.
    public func paths(for query: PathQuery) throws(PathQueryError) -> PathResult {
        try validate(query)
        let (found, truncated) = try search(query)
        return PathResult(paths: found.map { FoundPath(graph: graph, path: $0) }, truncated: truncated)
    }

    /// The paths the query asks for and, when there are none, a ``NoPathDiagnosis``: the query
    /// rerun without each filter in turn, and without any filter.
    public func answer(_ query: PathQuery) throws(PathQueryError) -> PathResult {
        var result = try paths(for: query)
        if result.paths.isEmpty { result.diagnosis = try diagnose(query) }
        return result
    }

    /// Why `query` finds nothing.
    /// - Throws: ``PathQueryError`` when the query does not make sense (see ``validate(_:)``).
    public func diagnose(_ query: PathQuery) throws(PathQueryError) -> NoPathDiagnosis {
        try validate(query)
        var single = query
        single.mode = .shortest
        var relaxations: [NoPathDiagnosis.Relaxation] = []
        for c in query.filters.activeConstraints {
            var relaxed = single
            relaxed.filters = query.filters.dropping(c)
            if c == .chronological { relaxed.weighted = false }
            let found = try search(relaxed).paths.first
            relaxations.append(.init(drop: c, path: found.map { FoundPath(graph: graph, path: $0) }))
        }
        let bare = PathQuery(source: query.source, target: query.target, tieBreak: query.tieBreak)
        let unfiltered = try search(bare).paths.first.map { FoundPath(graph: graph, path: $0) }
        return NoPathDiagnosis(connected: unfiltered != nil, relaxations: relaxations, unfiltered: unfiltered)
    }

    /// The search of a validated query. GraphAlgorithms checks its arguments again; as
    /// ``validate(_:)`` has checked the same things, its error would only pass on a defect here.
    private func search(_ query: PathQuery) throws(PathQueryError) -> (paths: [GraphPath], truncated: Bool) {
        let f = query.filters
        let (walk, s) = self.walk(directed: f.directed)
        let mask = f.traversalMask(for: graph, ends: [query.source.index, query.target.index])
        do {
            let found = try search(query, searcher: s, mask: walk.edgeMask(mask), walk: walk)
            return (found.paths.map(walk.relationPath), found.truncated)
        } catch {
            throw PathQueryError(error.description)
        }
    }

    private func search(
        _ query: PathQuery, searcher s: PathSearcher, mask: TraversalMask, walk: Traversal
    ) throws(GraphArgumentError) -> (paths: [GraphPath], truncated: Bool) {
        let f = query.filters
        let (a, b) = (query.source.index, query.target.index)
        let cost: PathCost = query.weighted ? .weight : .hops
        func withinLimit(_ p: GraphPath) -> Bool { f.maxHops.map { p.length <= $0 } ?? true }

        if f.chronological {
            // Ordered by possible start, or under --strict-time by known start (the mask has
            // already refused relations without one); an unbounded possible start fits anywhere.
            if startDays == nil {
                let times = graph.relations.indices.map(graph.time(of:))
                startDays = (times.map { $0.possibleStart == .min ? nil : $0.possibleStart }, times.map { $0.known?.lower })
            }
            let days = f.strictTime ? startDays!.known : startDays!.possible
            let edgeStart = walk.relationOfEdge.map { $0.map { days[$0] } } ?? days
            let p = try s.chronologicalPath(from: a, to: b, edgeStart: edgeStart, mask: mask, maxHops: f.maxHops ?? .max)
            return (p.map { [$0] } ?? [], false)
        }
        switch query.mode {
        case .shortest:
            if query.weighted {
                guard let p = try s.minimumWeightPath(from: a, to: b, mask: mask) else { return ([], false) }
                if withinLimit(p) { return ([p], false) }
                // Dijkstra ignores hop counts: look among the lightest simple paths for one that fits.
                let fit = try s.kShortestPaths(from: a, to: b, k: Self.weightedHopLimitCandidates, mask: mask, cost: .weight)
                    .first(where: withinLimit)
                return (fit.map { [$0] } ?? [], false)
            }
            if query.tieBreak == .entityOrder {
                guard let p = try s.shortestPath(from: a, to: b, mask: mask), withinLimit(p) else { return ([], false) }
                return ([p], false)
            }
            if hubCost == nil { hubCost = Self.hubCosts(of: graph) }
            guard let p = try s.leastCostShortestPath(from: a, to: b, mask: mask, vertexCost: hubCost!), withinLimit(p)
            else { return ([], false) }
            return ([p], false)
        case .allShortest(let limit):
            let found = query.weighted
                ? try s.allMinimumWeightPaths(from: a, to: b, mask: mask, limit: limit)
                : try s.allShortestPaths(from: a, to: b, mask: mask, limit: limit)
            return (found.paths.filter(withinLimit), found.isTruncated)
        case .kShortest(let k):
            return (try s.kShortestPaths(from: a, to: b, k: k, mask: mask, cost: cost).filter(withinLimit), false)
        case .allSimple(let limit):
            let found = try s.simplePaths(from: a, to: b, maxHops: f.maxHops ?? PathQuery.defaultSimpleHopLimit, mask: mask, limit: limit)
            return (found.paths, found.isTruncated)
        }
    }
}
