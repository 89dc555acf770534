import GraphAlgorithms

/// Where the record is thin: the facts resting on a single document, and the entities whose
/// standing depends on them.
///
/// `singleSource` lists, by document, every relation the filter admits that cites exactly one
/// source. `rankDrops` computes a centrality (betweenness by default) on the graph the filter
/// admits, then again with every single-document relation set aside (``SourceRemoval``), and
/// lists the entities whose score falls most, largest fall first (ties by name).
///
/// JSON: `{"measure":M,"uncited":N,"singleSource":[{"source":ID,"title":TEXT|null,
/// "facts":[FACT...]}],"rankDrops":[{"id","name","kind","before","beforeScore","after",
/// "afterScore","drop"}]}` with FACT as in `relgraph relations` and ranks 1-based.
public struct EvidenceGaps: Sendable, Codable {
    /// The relations resting on one document.
    public struct SingleSource: Sendable, Codable {
        public var source: String
        public var title: String?
        public var facts: [FactRow]
    }

    /// An entity whose score falls without the single-document relations.
    public struct Drop: Sendable, Codable {
        public var id: String
        public var name: String
        public var kind: EntityKind
        public var before: Int
        public var beforeScore: Double
        public var after: Int
        public var afterScore: Double
        /// `beforeScore - afterScore`.
        public var drop: Double
    }

    public var measure: CentralityMeasure
    /// Admitted relations that cite no source at all.
    public var uncited: Int
    /// By document, in `sources.csv` order (documents cited but not listed last, by id).
    public var singleSource: [SingleSource]
    public var rankDrops: [Drop]

    /// The gaps of `graph`; `top` limits `rankDrops`.
    /// - Throws: `CentralityError` (GraphAlgorithms) when the measure does not converge.
    public init(graph: Graph, filter: RelationFilter = RelationFilter(), measure: CentralityMeasure = .betweenness,
                top: Int = 10) throws(CentralityError) {
        var bySource: [String: [Int]] = [:]
        var uncited = 0
        for (r, relation) in graph.relations.enumerated() where filter.admits(relation: r, in: graph) {
            let docs = EvidencePairs.documents(of: relation)
            if docs.isEmpty { uncited += 1 }
            if docs.count == 1, let only = docs.first { bySource[only, default: []].append(r) }
        }
        let listed = graph.sources.map(\.id)
        let order = listed.filter { bySource[$0] != nil } + bySource.keys.filter { graph.source(withID: $0) == nil }.sorted()
        singleSource = order.map { id in
            SingleSource(source: id, title: graph.source(withID: id)?.title,
                         facts: bySource[id, default: []].map { FactRow(graph: graph, relations: [$0]) })
        }
        self.uncited = uncited
        self.measure = measure
        var options = CentralityOptions(measure: measure)
        options.filter = filter
        let before = try graph.centrality(options)
        let reduced = SourceRemoval(droppingSingleSourceFrom: graph).graph
        let after = try reduced.centrality(options)
        let admitted = { (e: Entity) in filter.admits(e) }
        let rankBefore = before.ranking(include: admitted)
        let rankAfter = after.ranking(include: admitted)
        var drops = Graph.rankChanges(from: rankBefore, to: rankAfter).map { c in
            Drop(id: c.id, name: c.name, kind: c.kind, before: c.before, beforeScore: c.beforeScore, after: c.after,
                 afterScore: c.afterScore, drop: c.beforeScore - c.afterScore)
        }.filter { $0.drop > 1e-12 }
        drops.sort { $0.drop != $1.drop ? $0.drop > $1.drop : ($0.name, $0.id) < ($1.name, $1.id) }
        rankDrops = Array(drops.prefix(max(0, top)))
    }
}
