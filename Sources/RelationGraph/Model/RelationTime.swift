/// When a relation is known to have held and when it may have held, read from its dates, its
/// predicate's time shape and its two entities' lifespans; for a fact with several claims, read
/// from all of them.
///
/// The rules (README, "Time and evidence"):
/// - **Known span**: what the relation's own unqualified dates state, from the first day of
///   `start` to the last day of `end`. With no end it covers only the start's extent (an
///   instant's date, or the date a state is documented at); an open end `..` runs to the earlier
///   of the two lifespan ends (without end where neither has one). A qualified start (`?`, `~`,
///   `%`, `X` digits) or no date at all leaves no known span; a qualified end leaves only the
///   start's extent. With only an end, the end's extent.
/// - **Possible span**: from the start's first possible day (a qualified date widened one unit
///   either way), or without a start the later of the two lifespan starts; to the end's last
///   possible day, or without an end an instant's start extent, a state's earlier lifespan end.
///   A lifespan bound never crosses the relation's own date (an undated relation between
///   entities whose lifespans do not overlap may fall in the gap between them), and a predicate with
///   ``Predicate/isBounded`` false ignores lifespans.
/// - **Claims**: rows sharing a `fact` label are claims about one fact. Its possible span is the
///   union of the claims' possible spans, its known span the intersection of their known spans
///   (none when they do not overlap). It is *disputed* when the claims differ in their dates.
public struct RelationTime: Sendable, Hashable {
    /// The days the relation is known to hold, or `nil` when no day is known.
    public var known: DayRange?
    /// The days it may have held: one range, or for a fact one per claim (their union).
    public var possible: [DayRange]
    /// Relation indices of the claims about the same fact, in file order (this relation alone
    /// when it has no `fact` label).
    public var claims: [Int]
    /// Whether the claims about the fact differ in their dates.
    public var isDisputed: Bool

    /// The earliest possible day, or `Int.min` when unbounded.
    public var possibleStart: Int { possible.map(\.lower).min() ?? .min }
    /// The hull of the possible span: from its earliest to its latest possible day.
    public var possibleHull: DayRange {
        DayRange(lower: possibleStart, upper: possible.map(\.upper).max() ?? .max)
    }

    /// Whether the relation may have held on some day of `window`.
    public func mayOverlap(_ window: DayRange) -> Bool { possible.contains { $0.overlaps(window) } }

    /// Whether the relation is known to hold on some day of `window`.
    public func isKnown(within window: DayRange) -> Bool { known?.overlaps(window) ?? false }

    /// The known and possible span of one row, before claims are combined.
    /// - Parameters:
    ///   - span: the row's written dates.
    ///   - shape: the predicate's time shape: an instant without an end lasts its start's extent.
    ///   - bounded: whether the entities' lifespans bound the possible span (the schema's `bounded`).
    ///   - lifespans: the subject's and object's spans (born..died, founded..dissolved).
    public static func single(
        span: TimeSpan, shape: Predicate.TimeShape, bounded: Bool, lifespans: [TimeSpan]
    ) -> (known: DayRange?, possible: DayRange) {
        let starts = bounded ? lifespans.compactMap { $0.start?.possibleFirstDay } : []
        let ends = bounded ? lifespans.compactMap { $0.end?.possibleLastDay } : []
        return single(span: span, shape: shape, boundStart: starts.max(), boundEnd: ends.min())
    }

    /// ``single(span:shape:bounded:lifespans:)`` for the two lifespans of a relation, without
    /// making arrays: a graph computes it once per relation.
    static func single(
        span: TimeSpan, shape: Predicate.TimeShape, bounded: Bool, _ a: TimeSpan, _ b: TimeSpan
    ) -> (known: DayRange?, possible: DayRange) {
        single(span: span, shape: shape, bounded: bounded, LifespanDays(a), LifespanDays(b))
    }

    /// ``single(span:shape:bounded:_:_:)`` with the lifespans' day bounds worked out: a loader
    /// computes them once per entity rather than twice per relation.
    static func single(
        span: TimeSpan, shape: Predicate.TimeShape, bounded: Bool, _ a: LifespanDays, _ b: LifespanDays
    ) -> (known: DayRange?, possible: DayRange) {
        guard bounded else { return single(span: span, shape: shape, boundStart: nil, boundEnd: nil) }
        func later(_ x: Int?, _ y: Int?) -> Int? { x.map { x in y.map { max(x, $0) } ?? x } ?? y }
        func earlier(_ x: Int?, _ y: Int?) -> Int? { x.map { x in y.map { min(x, $0) } ?? x } ?? y }
        return single(span: span, shape: shape, boundStart: later(a.first, b.first), boundEnd: earlier(a.last, b.last))
    }

    /// The spans of one row between the latest lifespan start and the earliest lifespan end.
    private static func single(
        span: TimeSpan, shape: Predicate.TimeShape, boundStart: Int?, boundEnd: Int?
    ) -> (known: DayRange?, possible: DayRange) {
        let s = span.start, e = span.end

        var known: DayRange? = nil
        if let s, !s.isQualified {
            if let e, !e.isQualified {
                known = DayRange(lower: s.firstDay, upper: e.lastDay)
            } else if span.openEnd {
                known = DayRange(lower: s.firstDay, upper: max(boundEnd ?? .max, s.lastDay))
            } else {
                known = DayRange(extentOf: s)
            }
        } else if s == nil, let e, !e.isQualified {
            known = DayRange(extentOf: e)
        }

        var lower = s?.possibleFirstDay ?? boundStart ?? .min
        var upper: Int
        if let e {
            upper = e.possibleLastDay
        } else if shape == .instant, !span.openEnd, let s {
            upper = s.possibleLastDay
        } else {
            upper = boundEnd ?? .max
        }
        // A lifespan bound never crosses the relation's own date.
        if let s { upper = max(upper, s.possibleLastDay) }
        if let e { lower = min(lower, e.possibleFirstDay) }
        if let k = known { lower = min(lower, k.lower); upper = max(upper, k.upper) }
        // Undated, between entities whose lifespans do not overlap: the link can only fall in
        // the gap between them (validation warns).
        if lower > upper { swap(&lower, &upper) }
        return (known, DayRange(lower: lower, upper: upper))
    }
}
