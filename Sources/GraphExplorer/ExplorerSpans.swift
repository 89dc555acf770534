import RelationGraph

/// The days a relation may have held and the days it is known to have held, as the page's
/// time window reads them, with the other claims about the same fact.
///
/// The page only compares these day numbers with the window's; every date rule (partial dates,
/// qualifiers, open ends, lifespans, claims) stays in the library.
struct ExplorerSpans: Sendable, Hashable {
    /// The days the relation may have held (possible reading): one range, or one per claim of
    /// its fact; a nil side is unbounded.
    var possible: [ExplorerDayRange]
    /// The days it is known to have held (known, strict reading); nil when no day is known.
    var known: ExplorerDayRange?
    /// Relation indices of the claims about the same fact (this relation alone when it has none).
    var claims: [Int]
    /// Whether those claims differ in their dates.
    var isDisputed: Bool

    /// The spans of relation `r` of `graph`, as ``Graph/time(of:)`` reads them (the same
    /// readings as `--during`/`--at` and `--strict-time`).
    static func of(relation r: Int, in graph: Graph) -> ExplorerSpans {
        let time = graph.time(of: r)
        return ExplorerSpans(possible: time.possible.map(ExplorerDayRange.init), known: time.known.map(ExplorerDayRange.init),
                             claims: time.claims, isDisputed: time.isDisputed)
    }
}

/// Consecutive days, each side a day number (``PartialDate/firstDay``) or nil when unbounded.
struct ExplorerDayRange: Sendable, Hashable, Encodable {
    var from: Int?
    var to: Int?

    init(from: Int?, to: Int?) {
        self.from = from
        self.to = to
    }

    /// The library's range, its unbounded sides (`Int.min`, `Int.max`) as nil.
    init(_ range: DayRange) {
        self.init(from: range.lower == .min ? nil : range.lower, to: range.upper == .max ? nil : range.upper)
    }
}
