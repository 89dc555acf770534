import GraphAlgorithms

/// Counts that describe a graph at a glance: entities by kind, relations by predicate, the
/// time covered, connected components and the best-connected entities.
public struct GraphStatistics: Sendable, Codable, Equatable {
    /// One entity and how many relations it takes part in.
    ///
    /// This counts relations (its degree in the multigraph, parallel relations each counted),
    /// not distinct neighbours as the `degree` centrality does.
    public struct RankedEntity: Sendable, Codable, Equatable {
        /// The entity's id.
        public let id: String
        /// The entity's display name.
        public let name: String
        /// The entity's kind.
        public let kind: EntityKind
        /// Relations with the entity at either end.
        public let relationCount: Int
    }

    public let entityCount: Int
    public let relationCount: Int
    public let sourceCount: Int
    /// Entities per kind, in kind order, kinds with none left out.
    public let entitiesByKind: [String: Int]
    /// Relations per predicate.
    public let relationsByPredicate: [String: Int]
    /// Relations with at least one citation.
    public let citedRelationCount: Int
    /// Relations with a known start or end.
    public let datedRelationCount: Int
    /// Facts whose claims (rows sharing a `fact` label) differ in their dates.
    public let disputedFactCount: Int
    /// Earliest date on any entity or relation.
    public let earliest: PartialDate?
    /// Latest date on any entity or relation.
    public let latest: PartialDate?
    /// Number of weakly connected components.
    public let componentCount: Int
    /// Sizes of the components, largest first.
    public let componentSizes: [Int]
    /// Entities with the most relations, most first, ties by id.
    public let topByRelations: [RankedEntity]

    /// Computes the statistics.
    /// - Parameters:
    ///   - graph: the graph to count.
    ///   - top: how many entities to list by number of relations.
    /// - Complexity: O(V log V + E).
    public init(_ graph: Graph, top: Int = 10) {
        entityCount = graph.entities.count
        relationCount = graph.relations.count
        sourceCount = graph.sources.count
        // Counted in one pass each, without copying entities or relations into groups.
        var byKind: [String: Int] = [:]
        for e in graph.entities { byKind[e.kind.rawValue, default: 0] += 1 }
        entitiesByKind = byKind
        var range = DateRangeFinder()
        for e in graph.entities { range.see(e.span.start); range.see(e.span.end) }
        // The relations in one part per core, the parts' counts and date ranges then combined in
        // relation order (so ties resolve as one pass would resolve them).
        let relations = graph.relations
        let partCount = relations.count >= 100_000 ? 2 : 1
        let parts = ConcurrentJobs.run(partCount) { p in
            RelationTally(relations, from: relations.count * p / partCount, to: relations.count * (p + 1) / partCount)
        }
        var byPredicate: [String: Int] = [:]
        var cited = 0, dated = 0
        for part in parts {
            for (name, count) in zip(part.names, part.counts) { byPredicate[name, default: 0] += count }
            cited += part.cited
            dated += part.dated
            range.see(part.range.earliest?.date)
            range.see(part.range.latest?.date)
        }
        relationsByPredicate = byPredicate
        citedRelationCount = cited
        datedRelationCount = dated
        disputedFactCount = graph.disputedFacts.count
        earliest = range.earliest?.date
        latest = range.latest?.date

        let adjacency = graph.undirectedAdjacency
        let components = adjacency.weaklyConnectedComponents()
        componentCount = components.count
        componentSizes = components.sizes.sorted(by: >)

        // Only entities with at least the `top`-th largest count can be listed: ranking those
        // alone gives the same list as sorting all, without comparing the ids of every tie.
        let counts = graph.entities.indices.map { adjacency.outDegree($0) }
        let threshold = top > 0 && !counts.isEmpty ? counts.sorted(by: >)[min(top, counts.count) - 1] : Int.max
        let ranked = graph.entities.indices.filter { counts[$0] >= threshold }.map { i in
            RankedEntity(id: graph.entities[i].id, name: graph.entities[i].name, kind: graph.entities[i].kind,
                         relationCount: counts[i])
        }
        topByRelations = Array(ranked.sorted {
            $0.relationCount != $1.relationCount ? $0.relationCount > $1.relationCount : $0.id < $1.id
        }.prefix(top))
    }
}

/// The earliest and latest of a sequence of dates, as `min()` (by first day, then precision)
/// and `max(by: lastDay)` find them, the first of equals winning for the earliest and the last
/// for the latest; day numbers are computed only for a date whose year could change the answer.
private struct DateRangeFinder: Sendable {
    var earliest: (date: PartialDate, first: Int)?
    var latest: (date: PartialDate, last: Int)?

    mutating func see(_ date: PartialDate?) {
        guard let date else { return }
        if let e = earliest {
            if date.year <= e.date.year {
                let first = date.firstDay
                if first < e.first || (first == e.first && date.precision < e.date.precision) { earliest = (date, first) }
            }
        } else {
            earliest = (date, date.firstDay)
        }
        if let l = latest {
            if date.lastYear >= l.date.lastYear {
                let last = date.lastDay
                if !(last < l.last) { latest = (date, last) }
            }
        } else {
            latest = (date, date.lastDay)
        }
    }
}

/// Counts of a run of relations: by predicate (in a short list, as a schema has a few dozen),
/// cited, dated, and their earliest and latest dates.
private struct RelationTally: Sendable {
    var names: [String] = []
    var counts: [Int] = []
    var cited = 0
    var dated = 0
    var range = DateRangeFinder()

    init(_ relations: [Relation], from: Int, to: Int) {
        var hit = 0
        relations.withUnsafeBufferPointer { relations in
            for r in from..<to {
                let predicate = relations[r].predicate
                if hit >= names.count || names[hit] != predicate {
                    hit = names.firstIndex(of: predicate) ?? names.count
                    if hit == names.count { names.append(predicate); counts.append(0) }
                }
                counts[hit] += 1
                if !relations[r].citations.isEmpty { cited += 1 }
                let span = relations[r].span
                if !span.isUnknown { dated += 1 }
                range.see(span.start)
                range.see(span.end)
            }
        }
    }
}
