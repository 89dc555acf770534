/// The years in which the record is silent about two entities: within the time both existed, the
/// years in which no relation *known* to hold joins them, directly or through one intermediary.
///
/// The years considered run from the later of the two starts to the earlier of the two ends,
/// each from the entity's lifespan, or, where that end of the lifespan is unknown, from the
/// span of the entity's relations with known dates. A year is covered when a relation between
/// the two has a known span (``RelationSpans/known(_:in:)``) reaching into it, or when some
/// third entity has such relations with both in that year. Relations must pass the filter
/// (predicates, layers; a time window narrows the years).
///
/// JSON: `{"a":ID,"b":ID,"from":YEAR|null,"to":YEAR|null,"basis":{"a":TEXT,"b":TEXT},
/// "gaps":[{"from":YEAR,"to":YEAR}],"years":[{"year":YEAR,"direct":N,"via":[ID...]}]}`;
/// `from`/`to` are null when no year can be bounded; `basis` says where each entity's years came
/// from (`lifespan`, `relations`, `lifespan and relations` or `unknown`).
public struct PairGaps: Sendable, Codable {
    /// A run of silent years.
    public struct Run: Sendable, Hashable, Codable {
        public var from: Int
        public var to: Int
    }

    /// What is known in one year.
    public struct Year: Sendable, Hashable, Codable {
        public var year: Int
        /// Relations between the two known to hold in the year.
        public var direct: Int
        /// Intermediaries with known relations to both in the year, in entity order.
        public var via: [String]
    }

    public var a: String
    public var b: String
    public var from: Int?
    public var to: Int?
    public var basis: [String: String]
    public var gaps: [Run]
    public var years: [Year]

    /// The silent years of `a` and `b`.
    /// - Parameters:
    ///   - graph: The graph read.
    ///   - first: One entity of `graph`.
    ///   - second: Another.
    ///   - filter: Which relations count.
    /// - Throws: ``PathQueryError`` unless `first` and `second` are two different entities of `graph`.
    /// - Complexity: O((deg(a) + deg(b)) · years).
    public init(
        graph: Graph, a first: EntityHandle, b second: EntityHandle, filter: RelationFilter = RelationFilter()
    ) throws(PathQueryError) {
        let (a, b) = try graph.checkedPair(first, second)
        func usable(_ r: Int) -> Bool {
            var f = filter
            f.window = nil
            return f.admits(relation: r, in: graph)
                && f.admitsLayer(graph.entities[Int(graph.relationSubject[r])].layer)
                && f.admitsLayer(graph.entities[Int(graph.relationObject[r])].layer)
        }
        func yearsBounds(_ x: Int) -> (Int?, Int?, String) {
            let span = graph.entities[x].span
            var start = span.start?.year, end = span.end?.year
            var fromRelations = false
            if start == nil || end == nil {
                let known = graph.relations(touching: x).filter(usable).compactMap { RelationSpans.known($0, in: graph) }
                if start == nil, let first = known.map(\.lowerBound).min() {
                    start = RelationSpans.year(ofDay: first)
                    fromRelations = true
                }
                if end == nil, let last = known.map(\.upperBound).max() {
                    end = RelationSpans.year(ofDay: last)
                    fromRelations = true
                }
            }
            let lifespan = span.start != nil || span.end != nil
            let basis = start == nil || end == nil ? "unknown"
                : fromRelations ? (lifespan ? "lifespan and relations" : "relations") : "lifespan"
            return (start, end, basis)
        }
        let (sa, ea, basisA) = yearsBounds(a), (sb, eb, basisB) = yearsBounds(b)
        var from = [sa, sb].compactMap { $0 }.max(), to = [ea, eb].compactMap { $0 }.min()
        if let w = filter.window {
            if let s = w.start?.year { from = from.map { max($0, s) } ?? s }
            if let e = w.end?.year { to = to.map { min($0, e) } ?? e }
        }
        self.a = graph.entities[a].id
        self.b = graph.entities[b].id
        basis = ["a": basisA, "b": basisB]
        guard let first = from, let last = to, first <= last, sa != nil || sb != nil, ea != nil || eb != nil else {
            self.from = from
            self.to = to
            gaps = []
            years = []
            return
        }
        self.from = first
        self.to = last
        // Years each relation of an end is known to hold, clipped to the window, by the other end.
        func knownYears(of x: Int) -> [Int: Set<Int>] {
            var byOther: [Int: Set<Int>] = [:]
            for r in graph.relations(touching: x) where usable(r) {
                guard let days = RelationSpans.known(r, in: graph) else { continue }
                let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
                let other = s == x ? o : s
                let y0 = max(first, RelationSpans.year(ofDay: days.lowerBound))
                let y1 = min(last, RelationSpans.year(ofDay: days.upperBound))
                if y0 <= y1 { byOther[other, default: []].formUnion(y0...y1) }
            }
            return byOther
        }
        let fromA = knownYears(of: a), fromB = knownYears(of: b)
        var direct = [Int: Int]()
        for r in graph.relations(touching: a) where usable(r) {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            guard (s == a && o == b) || (s == b && o == a), let days = RelationSpans.known(r, in: graph) else { continue }
            let y0 = max(first, RelationSpans.year(ofDay: days.lowerBound))
            let y1 = min(last, RelationSpans.year(ofDay: days.upperBound))
            if y0 <= y1 { for y in y0...y1 { direct[y, default: 0] += 1 } }
        }
        var via = [Int: [String]]()
        for x in fromA.keys.sorted() where x != a && x != b {
            guard let yb = fromB[x] else { continue }
            for y in fromA[x, default: []].intersection(yb).sorted() { via[y, default: []].append(graph.entities[x].id) }
        }
        years = (first...last).map { Year(year: $0, direct: direct[$0] ?? 0, via: via[$0] ?? []) }
        var runs: [Run] = []
        for y in years where y.direct == 0 && y.via.isEmpty {
            if let lastRun = runs.last, lastRun.to == y.year - 1 { runs[runs.count - 1].to = y.year } else {
                runs.append(Run(from: y.year, to: y.year))
            }
        }
        gaps = runs
    }
}
