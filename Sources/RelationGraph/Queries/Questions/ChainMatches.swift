import GraphAlgorithms

/// The bindings of a ``ChainPattern``: every chain of entities and relations that fits it.
///
/// A binding picks one entity per node term and one relation per edge term, so parallel
/// relations (three meetings of the same two people) give separate bindings, each with its own
/// dates and citations. Every relation must pass `filter` (predicates, time, layers, with both
/// its entities' layers); `distinct` forbids an entity twice in one chain; `chronological` asks
/// that each hop start no earlier than the latest hop before it, by possible start (by known
/// start under the filter's `strictTime`, which refuses hops without one); a hop with no
/// bounded start fits anywhere.
///
/// Bindings are ordered by their first entity (entity order), then hop by hop by the next
/// entity and then the relation that reaches it (relation order): the order of a depth-first
/// search that tries candidates so, and the first `limit` bindings are the same every run. The search counts on past the
/// limit up to `countBound` and says when that bound cut the count.
///
/// JSON: `{"pattern":TEXT,"count":N,"countIsExact":BOOL,"truncated":BOOL,"bindings":[{"entities":
/// [{"id":ID,"name":NAME,"kind":KIND}...],"hops":[HOP...]}]}` with HOP as in `relgraph path`.
public struct ChainMatches: Sendable, Codable {
    /// One chain that fits the pattern.
    public struct Binding: Sendable, Hashable, Codable {
        /// An entity of the chain.
        public struct Member: Sendable, Hashable, Codable {
            public var id: String
            public var name: String
            public var kind: EntityKind
        }

        public var entities: [Member]
        /// `hops[i]` walks from `entities[i]` to `entities[i + 1]`.
        public var hops: [PathHop]
    }

    /// The pattern as written.
    public var pattern: String
    /// Bindings found, up to `countBound`.
    public var count: Int
    /// False when the search stopped at `countBound`: there are more.
    public var countIsExact: Bool
    /// Whether `bindings` holds fewer than `count`.
    public var truncated: Bool
    public var bindings: [Binding]

    /// Search options.
    public struct Options: Sendable {
        public var filter = RelationFilter()
        public var distinct = true
        public var chronological = false
        /// Bindings kept in the answer.
        public var limit = 100
        /// Bindings counted at most.
        public var countBound = 10_000

        public init(filter: RelationFilter = RelationFilter(), distinct: Bool = true, chronological: Bool = false,
                    limit: Int = 100, countBound: Int = 10_000) {
            self.filter = filter
            self.distinct = distinct
            self.chronological = chronological
            self.limit = limit
            self.countBound = countBound
        }
    }

    /// Entity and relation indices of each binding, in the order found.
    public static func search(_ pattern: ChainPattern, in graph: Graph, options: Options,
                              visit: (_ entities: [Int], _ relations: [Int]) -> Bool) {
        let filter = options.filter
        let entityOK = graph.entities.map { filter.admitsLayer($0.layer) }
        let relationOK = graph.relations.indices.map { r in
            filter.admits(relation: r, in: graph) && entityOK[Int(graph.relationSubject[r])]
                && entityOK[Int(graph.relationObject[r])]
                && !(options.chronological && filter.strictTime && graph.time(of: r).known == nil)
        }
        func fits(_ term: ChainPattern.NodeTerm, _ i: Int) -> Bool {
            guard entityOK[i] else { return false }
            switch term {
            case .any: return true
            case .kinds(let kinds): return kinds.contains(graph.entities[i].kind)
            case .entity(let e): return e == graph.handles[i]
            }
        }
        let g = graph.undirectedAdjacency
        var entities: [Int] = [], relations: [Int] = []
        var onChain = [Bool](repeating: false, count: graph.entities.count)
        var stopped = false

        func extend(latestStart: Int) {
            let step = relations.count
            if step == pattern.edges.count {
                stopped = !visit(entities, relations)
                return
            }
            let here = entities[step]
            let edge = pattern.edges[step], nextTerm = pattern.nodes[step + 1]
            var candidates: [(next: Int, relation: Int)] = []
            for slot in g.outOffsets[here]..<g.outOffsets[here + 1] {
                let r = Int(g.outEdge[slot]), next = Int(g.outTargets[slot])
                guard relationOK[r] else { continue }
                if let predicates = edge.predicates, !predicates.contains(graph.relations[r].predicate) { continue }
                let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
                switch edge.direction {
                case .forward: guard s == here && o == next else { continue }
                case .backward: guard o == here && s == next else { continue }
                case .either: break
                }
                guard fits(nextTerm, next), !(options.distinct && onChain[next]) else { continue }
                candidates.append((next, r))
            }
            // A self-relation appears twice in the undirected rows; keep it once.
            candidates.sort { ($0.next, $0.relation) < ($1.next, $1.relation) }
            var previous: (Int, Int)? = nil
            for c in candidates where !stopped {
                if let p = previous, p == (c.next, c.relation) { continue }
                previous = (c.next, c.relation)
                var latest = latestStart
                if options.chronological, let start = Self.orderingStart(c.relation, in: graph, strict: filter.strictTime) {
                    guard start >= latestStart else { continue }
                    latest = start
                }
                entities.append(c.next)
                relations.append(c.relation)
                let wasOn = onChain[c.next]
                onChain[c.next] = true
                extend(latestStart: latest)
                onChain[c.next] = wasOn
                entities.removeLast()
                relations.removeLast()
            }
        }

        for start in graph.entities.indices where !stopped && fits(pattern.nodes[0], start) {
            entities = [start]
            onChain[start] = true
            extend(latestStart: Int.min)
            onChain[start] = false
        }
    }

    /// The day a hop is ordered by under `chronological`: its possible start, or under
    /// `strict` its known start; `nil` when unbounded or unknown (the hop then fits anywhere).
    public static func orderingStart(_ r: Int, in graph: Graph, strict: Bool) -> Int? {
        let time = graph.time(of: r)
        if strict { return time.known?.lower }
        let start = time.possibleStart
        return start == Int.min ? nil : start
    }

    /// The bindings of `pattern` (written as `text`) in `graph`.
    /// - Complexity: exponential in the pattern's length in the worst case; the search stops
    ///   at `options.countBound` bindings.
    public init(graph: Graph, pattern: ChainPattern, text: String, options: Options = Options()) {
        var bindings: [Binding] = []
        var count = 0
        let bound = max(options.countBound, options.limit)
        var exact = true
        Self.search(pattern, in: graph, options: options) { entities, relations in
            if count == bound { exact = false; return false }
            count += 1
            if bindings.count < options.limit {
                bindings.append(Binding(
                    entities: entities.map {
                        let e = graph.entities[$0]
                        return Binding.Member(id: e.id, name: e.name, kind: e.kind)
                    },
                    hops: zip(relations, entities).map { PathHop(graph: graph, relation: $0, fromIndex: $1) }))
            }
            return true
        }
        self.pattern = text
        self.count = count
        self.countIsExact = exact
        self.truncated = bindings.count < count
        self.bindings = bindings
    }
}
