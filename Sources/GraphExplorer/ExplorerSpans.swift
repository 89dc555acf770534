import RelationGraph

/// The days a relation may have held and the days it is known to have held, as the page's
/// time window reads them.
///
/// The page only compares these day numbers with the window's; every date rule (partial dates,
/// open ends, lifespans) stays in the library.
struct ExplorerSpans: Sendable, Hashable {
    /// The days the relation may have held (possible reading); a nil side is unbounded.
    var possible: ExplorerDayRange?
    /// The days its own dates say it held (known, strict reading); nil when it has no known span.
    var known: ExplorerDayRange?

    /// The spans of relation `r` of `graph`.
    ///
    /// Today's model: a dated relation's span is both its possible and its known span (each
    /// end its partial date's whole extent, a missing end open); an undated relation may have
    /// held at any time and is known at none, which is how `RelationFilter` reads it with and
    /// without `strictTime`.
    static func of(relation r: Int, in graph: Graph) -> ExplorerSpans {
        let span = graph.relations[r].span
        if span.isUnknown { return ExplorerSpans(possible: ExplorerDayRange(from: nil, to: nil), known: nil) }
        let range = ExplorerDayRange(from: span.start?.firstDay, to: span.end?.lastDay)
        return ExplorerSpans(possible: range, known: range)
    }
}

/// Consecutive days, each side a day number (``PartialDate/firstDay``) or nil when unbounded.
struct ExplorerDayRange: Sendable, Hashable, Encodable {
    var from: Int?
    var to: Int?
}
