/// The answer to a ``PathQuery``: the paths found, whether a bound cut the list, and, when
/// nothing was found, why.
///
/// JSON (stable):
/// ```json
/// {"paths": [{"length": N, "weight": W, "hops": [HOP, ...]}, ...],
///  "truncated": false,
///  "diagnosis": {...}}        // only when "paths" is empty, see NoPathDiagnosis
/// ```
public struct PathResult: Sendable, Codable {
    /// The paths, in the order the query mode documents.
    public var paths: [FoundPath]
    /// True when more paths existed than the query's limit allowed.
    public var truncated: Bool
    /// Why no path was found; `nil` when paths were found.
    public var diagnosis: NoPathDiagnosis?

    /// A result.
    public init(paths: [FoundPath], truncated: Bool, diagnosis: NoPathDiagnosis? = nil) {
        self.paths = paths
        self.truncated = truncated
        self.diagnosis = diagnosis
    }

    /// The entities and relations on the paths, for drawing them highlighted.
    ///
    /// Relation indices refer to ``Graph/relations``; each entity and relation is listed once, in
    /// order of first appearance.
    public var highlightedElements: (entities: [EntityHandle], relations: [Int]) {
        var entities: [EntityHandle] = [], relations: [Int] = []
        var seenEntities = Set<EntityHandle>(), seenRelations = Set<Int>()
        for path in paths {
            for e in path.entities where seenEntities.insert(e).inserted { entities.append(e) }
            for r in path.relationIndices where seenRelations.insert(r).inserted { relations.append(r) }
        }
        return (entities, relations)
    }
}

/// Why a query found no path: for each filter, what dropping that filter alone finds, and the
/// shortest path with no filter at all.
///
/// JSON: `{"connected": BOOL, "relaxations": [{"drop": NAME, "path": PATH|null}], "unfiltered": PATH|null}`
/// where NAME is the command-line option (`via`, `predicate`, `exclude-predicate`, `avoid`,
/// `time`, `strict-time`, `max-hops`, `directed`, `chronological`).
public struct NoPathDiagnosis: Sendable, Codable {
    /// What dropping one filter finds.
    public struct Relaxation: Sendable, Codable {
        /// The filter dropped.
        public var drop: RelationFilter.Constraint
        /// The path found without that filter (the others still apply), or `nil`.
        public var path: FoundPath?
    }
    /// Whether the two entities are connected at all (ignoring every filter and direction).
    public var connected: Bool
    /// One entry per active filter, in the order of ``RelationFilter/Constraint``.
    public var relaxations: [Relaxation]
    /// The shortest path with every filter dropped, or `nil` when the entities are not connected.
    public var unfiltered: FoundPath?

    /// The filters that, dropped alone, let a path through.
    public var culprits: [RelationFilter.Constraint] { relaxations.filter { $0.path != nil }.map(\.drop) }

    enum CodingKeys: String, CodingKey { case connected, relaxations, unfiltered }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(connected, forKey: .connected)
        try c.encode(relaxations, forKey: .relaxations)
        try c.encode(unfiltered, forKey: .unfiltered)
    }
}

extension NoPathDiagnosis.Relaxation {
    enum CodingKeys: String, CodingKey { case drop, path }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(drop, forKey: .drop)
        try c.encode(path, forKey: .path)
    }
}
