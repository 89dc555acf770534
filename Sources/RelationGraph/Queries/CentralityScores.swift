/// One centrality's value for every entity of a graph, read by ``EntityHandle``: what
/// ``Graph/centrality(_:progress:)`` returns.
///
/// The scores know their ``measure`` (a drawing's legend reads it) and the entities they belong
/// to, so a handle of another graph reads `nil` rather than someone else's score.
///
/// ```swift
/// let florentine = try EdgeListFormat.read(from: URL(fileURLWithPath: "florentine.tsv"))   // Padgett's families
/// let betweenness = try florentine.centrality(CentralityOptions(measure: .betweenness))
/// betweenness[try florentine.resolve("medici")]   // 47.5, as NetworkX computes it
/// for (entity, value) in betweenness.ranked(top: 3) { print(entity.id, value) }
/// let table = betweenness.ranking { $0.kind == .person }   // an EntityRanking, for display
/// ```
///
/// **NaN.** A measure may leave an entity without a value (NaN). Every ordering here puts NaN
/// after every number, including −∞, so sorting never breaks on it.
///
/// **Two orders of ties.** ``ranked(top:)`` breaks ties by entity order (handles' own order);
/// ``ranking(include:)``, a list for readers, by name and then id, as `relgraph rank` prints.
public struct CentralityScores: Sendable, Hashable, Sequence {
    /// What the values measure.
    public let measure: CentralityMeasure
    /// The values by entity index (`values[i]` is `entities[i]`'s).
    public let values: [Double]
    /// The graph's entities, for handles, names and kinds.
    private let entities: [Entity]

    /// One entity's value.
    public typealias Element = (entity: EntityHandle, value: Double)

    /// Scores of `measure` for the entities of `graph`, one value each from `value`.
    ///
    /// Renderers and tests that hold values of their own build scores this way; queries return
    /// them from ``Graph/centrality(_:progress:)``.
    /// - Parameters:
    ///   - measure: What the values measure.
    ///   - graph: The graph whose entities the values are of.
    ///   - value: The value of each entity (NaN for none).
    /// - Complexity: O(V) calls of `value`.
    public init(measure: CentralityMeasure, of graph: Graph, value: (EntityHandle) throws -> Double) rethrows {
        self.measure = measure
        self.values = try graph.handles.map(value)
        self.entities = graph.entities
    }

    /// Scores whose values come from the graph's integer adjacency, one per entity.
    init(measure: CentralityMeasure, values: [Double], entities: [Entity]) {
        self.measure = measure
        self.values = values
        self.entities = entities
    }

    /// How many entities have a value (all of the graph's).
    public var count: Int { values.count }

    /// The handle of entity `i` of the scores' graph.
    private func handle(_ i: Int) -> EntityHandle { EntityHandle(index: i, id: entities[i].id) }

    /// The value of an entity, or `nil` for a handle that is not of the scores' graph.
    /// - Parameter entity: A handle of the graph the scores were computed on.
    /// - Complexity: O(length of the id).
    public subscript(entity: EntityHandle) -> Double? {
        guard values.indices.contains(entity.index), entities[entity.index].id == entity.id else { return nil }
        return values[entity.index]
    }

    /// The entities and their values, in entity order.
    public func makeIterator() -> some IteratorProtocol<Element> {
        values.indices.lazy.map { (entity: handle($0), value: values[$0]) }.makeIterator()
    }

    /// The entities from highest value to lowest, NaN last, ties in entity order.
    /// - Parameter top: At most this many (none when not positive); all when `nil`.
    /// - Returns: Each entity with its value, best first.
    /// - Complexity: O(V log V).
    public func ranked(top: Int? = nil) -> [Element] {
        let order = values.indices.sorted { a, b in
            ScoreOrder.ranksBefore(values[a], values[b]) ?? (a < b)
        }
        return order.prefix(top.map { Swift.max(0, $0) } ?? order.count).map { (entity: handle($0), value: values[$0]) }
    }

    /// The entities `include` admits as an ``EntityRanking``: highest value first, NaN last, ties
    /// by name and then id (the order `relgraph rank` prints).
    /// - Parameter include: Which entities to list (all by default).
    /// - Returns: The ranking, with the scores' measure.
    /// - Complexity: O(V log V).
    public func ranking(include: (Entity) -> Bool = { _ in true }) -> EntityRanking {
        let order = entities.indices.filter { include(entities[$0]) }.sorted { a, b in
            if let before = ScoreOrder.ranksBefore(values[a], values[b]) { return before }
            if entities[a].name != entities[b].name { return entities[a].name < entities[b].name }
            return entities[a].id < entities[b].id
        }
        return EntityRanking(measure: measure, scores: order.map {
            EntityScore(id: entities[$0].id, name: entities[$0].name, kind: entities[$0].kind, score: values[$0])
        })
    }

    /// Equal when of the same measure and the same entities with the same values (NaN equal to NaN,
    /// so that equal scores hash alike).
    public static func == (a: CentralityScores, b: CentralityScores) -> Bool {
        a.measure == b.measure && a.values.count == b.values.count
            && zip(a.values, b.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
            && a.entities.map(\.id) == b.entities.map(\.id)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(values.count)
    }
}

/// The order of centrality values in every ranking: higher first, NaN after every number.
enum ScoreOrder {
    /// Whether `a` ranks before `b`; `nil` when they tie (equal, or both NaN).
    static func ranksBefore(_ a: Double, _ b: Double) -> Bool? {
        switch (a.isNaN, b.isNaN) {
        case (true, true): nil
        case (true, false): false
        case (false, true): true
        case (false, false): a == b ? nil : a > b
        }
    }
}
