/// A list of entities by kind, group, name text, lifespan and degree.
///
/// `filter` selects by kind, group and layer (its predicates, time and layers also decide which
/// relations count towards an entity's degree); `nameContains` is a folded substring of the name,
/// an alias or the id (`lipetsk` finds the city and the fighter-pilot school);
/// `aliveDuring` keeps entities whose lifespan overlaps the window (an unknown lifespan overlaps
/// every window unless `strictTime`).
///
/// JSON: `{"count":N,"truncated":BOOL,"entities":[{"id":ID,"name":NAME,"kind":KIND,
/// "group":GROUP|null,"start":DATE|null,"end":DATE|null,"aliases":[NAME...],"degree":N}]}`.
public struct EntityListing: Sendable, Codable {
    /// What a listing may be sorted by; `degree` puts the best-connected first.
    public enum SortKey: String, Sendable, CaseIterable, Codable {
        case name, start, end, degree
    }

    /// The question.
    public struct Query: Sendable {
        public var filter = RelationFilter()
        public var nameContains: String?
        public var aliveDuring: TimeSpan?
        public var strictTime = false
        public var minimumDegree = 0
        public var sort: SortKey = .name
        public var limit: Int?

        public init(filter: RelationFilter = RelationFilter(), nameContains: String? = nil, aliveDuring: TimeSpan? = nil,
                    strictTime: Bool = false, minimumDegree: Int = 0, sort: SortKey = .name, limit: Int? = nil) {
            self.filter = filter
            self.nameContains = nameContains
            self.aliveDuring = aliveDuring
            self.strictTime = strictTime
            self.minimumDegree = minimumDegree
            self.sort = sort
            self.limit = limit
        }
    }

    /// One listed entity.
    public struct Row: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        @NullCoded public var group: String?
        @NullCoded public var start: PartialDate?
        @NullCoded public var end: PartialDate?
        public var aliases: [String]
        /// Relations touching it that the filter admits (with both their ends).
        public var degree: Int
    }

    public var count: Int
    public var truncated: Bool
    public var entities: [Row]

    /// The entities of `graph` that answer `query`.
    /// - Complexity: O(V · name length + E + V log V).
    public init(graph: Graph, query: Query) {
        var relationFilter = query.filter
        relationFilter.kinds = nil
        relationFilter.groups = nil
        var degree = [Int](repeating: 0, count: graph.entities.count)
        let entityLayerOK = graph.entities.map { relationFilter.admitsLayer($0.layer) }
        for r in graph.relations.indices where relationFilter.admits(relation: r, in: graph) {
            let s = Int(graph.relationSubject[r]), o = Int(graph.relationObject[r])
            guard entityLayerOK[s] && entityLayerOK[o] else { continue }
            degree[s] += 1
            if o != s { degree[o] += 1 }
        }
        let needle = query.nameContains.map(EntityNameIndex.fold)
        var kept: [Int] = []
        for (i, e) in graph.entities.enumerated() where query.filter.admits(e) && degree[i] >= query.minimumDegree {
            if let needle, !needle.isEmpty,
               !([e.name, e.id] + e.aliases).contains(where: { EntityNameIndex.fold($0).contains(needle) }) { continue }
            if let window = query.aliveDuring {
                if e.span.isUnknown { if query.strictTime { continue } } else if !e.span.overlaps(window) { continue }
            }
            kept.append(i)
        }
        let names = graph.entities.map { EntityNameIndex.fold($0.name) }
        func nameOrder(_ a: Int, _ b: Int) -> Bool { (names[a], a) < (names[b], b) }
        switch query.sort {
        case .name: kept.sort(by: nameOrder)
        case .degree: kept.sort { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : nameOrder($0, $1) }
        case .start, .end:
            let start = query.sort == .start
            // Undated last, then by date, then by name.
            func key(_ i: Int) -> (Int, Int) {
                let span = graph.entities[i].span
                let date = start ? span.start?.firstDay : span.end?.lastDay
                return (date == nil ? 1 : 0, date ?? 0)
            }
            kept.sort { key($0) != key($1) ? key($0) < key($1) : nameOrder($0, $1) }
        }
        count = kept.count
        let limit = query.limit ?? kept.count
        truncated = kept.count > limit
        entities = kept.prefix(limit).map { i in
            let e = graph.entities[i]
            return Row(id: e.id, name: e.name, kind: e.kind, group: e.group, start: e.span.start, end: e.span.end,
                       aliases: e.aliases, degree: degree[i])
        }
    }
}
