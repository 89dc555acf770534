/// A list of facts, filtered and sorted: "the Soviet ambassadors in Berlin in time order".
///
/// A relation is listed when the filter admits it and both its entities (predicates, time,
/// layers; the filter's kinds and groups are not used, as the ends play different roles here)
/// and it matches the named ends: `subject`, `object`, or `entity` at either end. `otherEnd`'s
/// kinds and groups apply to the end that is not named, or to at least one end when none is.
///
/// Sorting by `start` orders by the known start, then the possible start, undated last (see
/// ``RelationSpans``); by `end` likewise with ends. Names sort folded; every tie goes to
/// relation order, so the listing is the same every run.
///
/// JSON: `{"count":N,"truncated":BOOL,"facts":[FACT...]}` with FACT as in ``FactRow``; `count`
/// counts every match, `facts` holds at most the limit.
public struct FactListing: Sendable, Codable {
    /// What a listing may be sorted by.
    public enum SortKey: String, Sendable, CaseIterable, Codable {
        case start, end, subject, object, predicate
    }

    /// The question: which facts, in which order, how many.
    public struct Query: Sendable {
        /// The subject every fact has.
        public var subject: EntityHandle?
        /// The object every fact has.
        public var object: EntityHandle?
        /// Either end.
        public var entity: EntityHandle?
        /// Predicates, time and layers of the relations.
        public var filter = RelationFilter()
        /// Kinds and groups of the other end.
        public var otherEnd = RelationFilter()
        public var sort: SortKey = .start
        public var limit: Int?

        public init(subject: EntityHandle? = nil, object: EntityHandle? = nil, entity: EntityHandle? = nil, filter: RelationFilter = RelationFilter(),
                    otherEnd: RelationFilter = RelationFilter(), sort: SortKey = .start, limit: Int? = nil) {
            self.subject = subject
            self.object = object
            self.entity = entity
            self.filter = filter
            self.otherEnd = otherEnd
            self.sort = sort
            self.limit = limit
        }
    }

    /// Every match, before the limit.
    public var count: Int
    /// Whether the limit left matches out.
    public var truncated: Bool
    public var facts: [FactRow]

    /// The facts of `graph` that answer `query`.
    /// - Throws: ``EntityHandleError`` when an end the query names is not an entity of `graph`.
    /// - Complexity: O(E log E).
    public init(graph: Graph, query: Query) throws(EntityHandleError) {
        for end in [query.subject, query.object, query.entity] {
            if let end { try graph.check(end) }
        }
        let candidates: [Int]
        if let anchor = query.subject ?? query.object ?? query.entity {
            candidates = graph.relations(touching: anchor.index)
        } else {
            candidates = Array(graph.relations.indices)
        }
        var matched: [Int] = []
        for r in candidates where Self.matches(r, graph: graph, query: query) { matched.append(r) }
        let facts = Self.facts(of: matched, in: graph)
        let sorted = Self.sorted(facts, by: query.sort, graph: graph)
        count = sorted.count
        let limit = query.limit ?? sorted.count
        truncated = sorted.count > limit
        self.facts = Array(sorted.prefix(limit))
    }

    static func matches(_ r: Int, graph: Graph, query: Query) -> Bool {
        let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
        guard query.filter.admits(relation: r, in: graph),
              query.filter.admitsLayer(graph.entities[s].layer),
              query.filter.admitsLayer(graph.entities[o].layer) else { return false }
        if let subject = query.subject?.index, s != subject { return false }
        if let object = query.object?.index, o != object { return false }
        if let entity = query.entity?.index, s != entity && o != entity { return false }
        let other = query.otherEnd
        guard other.kinds != nil || other.groups != nil else { return true }
        func passes(_ i: Int) -> Bool { other.admits(graph.entities[i]) }
        if query.subject != nil && query.object != nil { return true }
        if query.subject != nil { return passes(o) }
        if query.object != nil { return passes(s) }
        if let entity = query.entity?.index {
            // A relation of the entity with itself has no other end but itself.
            return s == entity ? passes(o) : passes(s)
        }
        return passes(s) || passes(o)
    }

    /// Relations grouped into facts: rows sharing a `fact` label make one fact, at the place
    /// of its first row.
    static func facts(of relations: [Int], in graph: Graph) -> [FactRow] {
        var groups: [[Int]] = []
        var groupOfLabel: [String: Int] = [:]
        for r in relations {
            if let label = graph.relations[r].fact, !label.isEmpty {
                if let g = groupOfLabel[label] { groups[g].append(r); continue }
                groupOfLabel[label] = groups.count
            }
            groups.append([r])
        }
        return groups.map { FactRow(graph: graph, relations: $0) }
    }

    static func sorted(_ facts: [FactRow], by key: SortKey, graph: Graph) -> [FactRow] {
        func dayKey(_ f: FactRow, start: Bool) -> (Int, Int, Int) {
            let r = f.relationIndices[0]
            let known = RelationSpans.known(r, in: graph).map { start ? $0.lowerBound : $0.upperBound }
            let possible = RelationSpans.possible(r, in: graph)
            let p = start ? possible.lowerBound : possible.upperBound
            let bounded = p != Int.min && p != Int.max
            // Undated last: a fact with neither a known nor a bounded possible date sorts after all.
            return (known == nil && !bounded ? 1 : 0, known ?? p, p)
        }
        let keyed: [(FactRow, [String], (Int, Int, Int))] = facts.map { f in
            switch key {
            case .start: (f, [], dayKey(f, start: true))
            case .end: (f, [], dayKey(f, start: false))
            case .subject: (f, [EntityNameIndex.fold(f.subjectName), EntityNameIndex.fold(f.objectName)], (0, 0, 0))
            case .object: (f, [EntityNameIndex.fold(f.objectName), EntityNameIndex.fold(f.subjectName)], (0, 0, 0))
            case .predicate: (f, [f.predicate], (0, 0, 0))
            }
        }
        return keyed.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            if a.2 != b.2 { return a.2 < b.2 }
            if a.1 != b.1 { return a.1.lexicographicallyPrecedes(b.1) }
            if key == .predicate || key == .subject || key == .object {
                let da = dayKey(a.0, start: true), db = dayKey(b.0, start: true)
                if da != db { return da < db }
            }
            return a.0.relationIndices[0] < b.0.relationIndices[0]
        }.map(\.element.0)
    }
}
