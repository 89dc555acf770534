import GraphAlgorithms
import Foundation
import GraphAlgorithms

/// The best-attested route between two entities: among the shortest paths (or those at most
/// `slack` hops longer), the one whose weakest hop has the most independent documents.
///
/// A hop joins two entities and may use any of the relations between them that the filters
/// admit, so its documents are the distinct sources those relations cite (``EvidencePairs``).
/// Ranking: the most documents on the weakest hop; then the most documents summed over hops;
/// then fewer hops; then the default tie rule of ``PathFinder`` (the least-connected
/// intermediates, then entity order). Candidates are every simple path within the length
/// bound, enumerated depth-first with a distance bound; the enumeration stops at `pathLimit`
/// candidates and says so.
///
/// JSON: `{"path":{"length":N,"weakest":N,"documents":N,"hops":[{"from":ID,"to":ID,
/// "documents":[SOURCE-ID...],"relations":[HOP...]}]}|null,"shortest":N|null,"candidates":N,
/// "truncated":BOOL,"defaultPathWeakest":N|null}`, HOP as in `relgraph path`.
public struct AttestedPath: Sendable, Codable {
    /// One hop: two entities and every usable relation between them.
    public struct Hop: Sendable, Hashable, Codable {
        public var from: String
        public var to: String
        /// Distinct source ids attesting the hop, sorted.
        public var documents: [String]
        /// The relations between the two, read from `from`, in relation order.
        public var relations: [PathHop]
    }

    /// The chosen route.
    public struct Route: Sendable, Hashable, Codable {
        public var length: Int
        /// Documents on the weakest hop.
        public var weakest: Int
        /// Documents summed over the hops.
        public var documents: Int
        public var hops: [Hop]
        /// The entities along the route (not part of the JSON).
        public var entities: [EntityHandle] = []

        enum CodingKeys: String, CodingKey { case length, weakest, documents, hops }
    }

    public var path: Route?
    /// Hops of the shortest path, or `nil` when there is none.
    public var shortest: Int?
    /// Candidate paths compared.
    public var candidates: Int
    /// Whether the enumeration stopped at the candidate limit.
    public var truncated: Bool
    /// Documents on the weakest hop of the path `relgraph path` would give, for comparison.
    public var defaultPathWeakest: Int?

    /// The best-attested path from `a` to `b`.
    /// - Throws: ``PathQueryError`` for an endpoint not of `graph`, the same endpoints, an avoided endpoint, or a
    ///   time-respecting search (which this ranking does not combine with).
    /// - Complexity: proportional to the number of candidate paths, at most `pathLimit`.
    public init(graph: Graph, from source: EntityHandle, to target: EntityHandle, filters: RelationFilter = RelationFilter(),
                slack: Int = 0, pathLimit: Int = 200_000) throws(PathQueryError) {
        let query = PathQuery(source: source, target: target, filters: filters)
        let finder = PathFinder(graph: graph)
        try finder.validate(query)
        let a = source.index, b = target.index
        if filters.chronological { throw PathQueryError("the best-attested path counts hops; it does not combine with a time-respecting search") }
        if slack < 0 { throw PathQueryError("the slack must be at least 0") }
        let pairs = EvidencePairs(graph: graph, filters: filters)
        func passable(_ v: Int) -> Bool { filters.admitsIntermediate(v, in: graph) }
        let toB = pairs.stepsTo(b, passable: passable)
        guard toB[a] != Int.max, toB[a] <= (filters.maxHops ?? Int.max) else {
            self.path = nil
            self.shortest = nil
            self.candidates = 0
            self.truncated = false
            return
        }
        let bound = min(toB[a] + slack, filters.maxHops ?? Int.max)
        let degree = graph.undirectedAdjacency
        let hubCost = graph.entities.indices.map { log1p(Double(degree.outDegree($0))) }

        struct Score: Comparable {
            var weakest: Int, total: Int, length: Int, hubs: Double, entities: [Int]
            /// Better first: `a < b` means `a` ranks above `b`.
            static func < (x: Score, y: Score) -> Bool {
                if x.weakest != y.weakest { return x.weakest > y.weakest }
                if x.total != y.total { return x.total > y.total }
                if x.length != y.length { return x.length < y.length }
                if abs(x.hubs - y.hubs) > 1e-9 { return x.hubs < y.hubs }
                return x.entities.lexicographicallyPrecedes(y.entities)
            }
        }
        var best: (score: Score, pairs: [Int])? = nil
        var entities = [a], used: [Int] = []
        var onPath = [Bool](repeating: false, count: graph.entities.count)
        onPath[a] = true
        var count = 0
        var stopped = false
        func walk(weakest: Int, total: Int, hubs: Double) {
            let v = entities[entities.count - 1], k = used.count
            for (w, p) in pairs.next[v] where !stopped && !onPath[w] {
                let docs = pairs.pairs[p].documents.count
                let newWeakest = min(weakest, docs), newTotal = total + docs
                if w == b {
                    guard k + 1 <= bound else { continue }
                    count += 1
                    let score = Score(weakest: newWeakest, total: newTotal, length: k + 1, hubs: hubs,
                                      entities: entities + [b])
                    if best.map({ score < $0.score }) ?? true { best = (score, used + [p]) }
                    if count >= pathLimit { stopped = true }
                    continue
                }
                guard passable(w), toB[w] != Int.max, k + 1 + toB[w] <= bound else { continue }
                entities.append(w)
                used.append(p)
                onPath[w] = true
                walk(weakest: newWeakest, total: newTotal, hubs: hubs + hubCost[w])
                onPath[w] = false
                used.removeLast()
                entities.removeLast()
            }
        }
        walk(weakest: Int.max, total: 0, hubs: 0)
        self.shortest = toB[a]
        self.candidates = count
        self.truncated = stopped
        self.path = best.map { found in
            let hops = zip(found.score.entities, found.pairs).map { from, p in
                let pair = pairs.pairs[p]
                let to = pair.a == from ? pair.b : pair.a
                return Hop(from: graph.entities[from].id, to: graph.entities[to].id, documents: pair.documents,
                           relations: pair.relations.map { PathHop(graph: graph, relation: $0, fromIndex: from) })
            }
            return Route(length: hops.count, weakest: found.score.weakest, documents: found.score.total, hops: hops,
                         entities: found.score.entities.map { graph.handles[$0] })
        }
        var plain = query
        plain.mode = .shortest
        if let usual = try? finder.paths(for: plain).paths.first {
            defaultPathWeakest = zip(usual.entities, usual.entities.dropFirst()).map { u, v in
                pairs.next[u.index].first { $0.entity == v.index }.map { pairs.pairs[$0.pair].documents.count } ?? 0
            }.min()
        }
    }
}
