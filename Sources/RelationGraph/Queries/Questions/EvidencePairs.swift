/// Relations pooled by the pair of entities they join, with the documents that attest each pair.
///
/// Two entities may be joined by several relations (they met, signed, negotiated); a question
/// about how well they are linked asks how many *independent documents* attest any of them, so
/// a pair's documents are the distinct source ids cited by all its usable relations. Relations
/// are usable when the path filters admit them; the pairs' ends are walked as paths walk them
/// (both ways, or subject to object under `directed`, symmetric predicates both ways).
public struct EvidencePairs: Sendable {
    /// One pair of entities and what joins them.
    public struct Pair: Sendable, Hashable {
        public var a: Int
        public var b: Int
        /// Usable relations between them, in relation order.
        public var relations: [Int]
        /// Distinct source ids cited by those relations, sorted.
        public var documents: [String]
    }

    public let pairs: [Pair]
    /// `next[v]`: the entities reachable from `v` in one step, ascending, with the pair used.
    public let next: [[(entity: Int, pair: Int)]]
    /// `previous[v]`: the entities with a step to `v`, ascending, with the pair used.
    public let previous: [[(entity: Int, pair: Int)]]

    /// The source ids a relation cites, without repeats.
    public static func documents(of relation: Relation) -> Set<String> {
        Set(relation.citations.map(\.sourceID))
    }

    /// The pairs of `graph` under `filters` (relations only; kinds and avoidance are the walker's).
    /// - Complexity: O(V + E log E).
    public init(graph: Graph, filters: RelationFilter) {
        var slot: [UInt64: Int] = [:]
        var pairs: [Pair] = []
        var steps: [(Int, Int, Int)] = []
        for r in graph.relations.indices where filters.admits(relation: r, in: graph) {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            guard s != o else { continue }
            let symmetric = graph.schema.predicate(named: graph.relations[r].predicate)?.isSymmetric ?? false
            let (x, y) = filters.directed ? (s, o) : (min(s, o), max(s, o))
            var directions = [(x, y)]
            if filters.directed && symmetric { directions.append((o, s)) }
            for (u, v) in directions {
                let key = UInt64(u) << 32 | UInt64(v)
                if let p = slot[key] {
                    if pairs[p].relations.last != r { pairs[p].relations.append(r) }
                } else {
                    slot[key] = pairs.count
                    pairs.append(Pair(a: u, b: v, relations: [r], documents: []))
                    steps.append((u, v, pairs.count - 1))
                    if !filters.directed { steps.append((v, u, pairs.count - 1)) }
                }
            }
        }
        for p in pairs.indices {
            var docs = Set<String>()
            for r in pairs[p].relations { docs.formUnion(Self.documents(of: graph.relations[r])) }
            pairs[p].documents = docs.sorted()
        }
        var next = [[(entity: Int, pair: Int)]](repeating: [], count: graph.entities.count)
        var previous = next
        for (u, v, p) in steps.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            next[u].append((v, p))
            previous[v].append((u, p))
        }
        for v in previous.indices { previous[v].sort { $0.entity < $1.entity } }
        self.pairs = pairs
        self.next = next
        self.previous = previous
    }

    /// Steps from each entity to `target`, passing only through entities `passable` admits
    /// (`Int.max` when unreachable).
    /// - Complexity: O(V + E).
    public func stepsTo(_ target: Int, passable: (Int) -> Bool) -> [Int] {
        var distance = [Int](repeating: Int.max, count: next.count)
        distance[target] = 0
        var queue = [target], head = 0
        while head < queue.count {
            let x = queue[head]
            head += 1
            for (y, _) in previous[x] where distance[y] == Int.max {
                distance[y] = distance[x] + 1
                if passable(y) { queue.append(y) }
            }
        }
        return distance
    }
}
