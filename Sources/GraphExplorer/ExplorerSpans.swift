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

    /// The spans of relation `r` of `graph`.
    ///
    /// Today's model: a dated relation's span is both its possible and its known span (each
    /// end its partial date's whole extent, a missing end open); an undated relation may have
    /// held at any time and is known at none, which is how `RelationFilter` reads it with and
    /// without `strictTime`. Every row is its own claim.
    static func of(relation r: Int, in graph: Graph) -> ExplorerSpans {
        let span = graph.relations[r].span
        if span.isUnknown {
            return ExplorerSpans(possible: [ExplorerDayRange(from: nil, to: nil)], known: nil, claims: [r], isDisputed: false)
        }
        let range = ExplorerDayRange(from: span.start?.firstDay, to: span.end?.lastDay)
        return ExplorerSpans(possible: [range], known: range, claims: [r], isDisputed: false)
    }
}

/// Consecutive days, each side a day number (``PartialDate/firstDay``) or nil when unbounded.
struct ExplorerDayRange: Sendable, Hashable, Encodable {
    var from: Int?
    var to: Int?
}
