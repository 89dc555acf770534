/// The two readings of a relation's time that the questions use, as day-number ranges: what
/// its own dates state (known) and the widest its dates and its entities' lifespans allow
/// (possible), both from ``Graph/time(of:)`` (see ``RelationTime`` for the rules; claims of one
/// fact share their spans). Every question reads time through these functions.
public enum RelationSpans {
    /// Day numbers of the span the relation is known to hold, or `nil` when no day is known.
    public static func known(_ r: Int, in graph: Graph) -> ClosedRange<Int>? {
        graph.time(of: r).known.map { $0.lower...$0.upper }
    }

    /// Day numbers of the widest span the relation may have held (the hull over its fact's
    /// claims); an end nothing bounds is `Int.min` or `Int.max`.
    public static func possible(_ r: Int, in graph: Graph) -> ClosedRange<Int> {
        let hull = graph.time(of: r).possibleHull
        return hull.lower <= hull.upper ? hull.lower...hull.upper : hull.upper...hull.lower
    }

    /// The span a filter reads: the known one under `strict`, else the possible one.
    public static func reading(_ r: Int, in graph: Graph, strict: Bool) -> ClosedRange<Int>? {
        strict ? known(r, in: graph) : possible(r, in: graph)
    }

    /// The days two ranges share, or `nil`.
    public static func overlap(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> ClosedRange<Int>? {
        let lower = max(a.lowerBound, b.lowerBound), upper = min(a.upperBound, b.upperBound)
        return lower <= upper ? lower...upper : nil
    }

    /// A window as day numbers, open ends unbounded.
    public static func days(_ window: TimeSpan) -> ClosedRange<Int> {
        window.lowerDay <= window.upperDay ? window.lowerDay...window.upperDay : window.upperDay...window.lowerDay
    }

    /// The calendar year of a day number (days since 0001-01-01).
    public static func year(ofDay day: Int) -> Int {
        // Estimate, then correct by at most a year either way.
        var y = max(1, min(9999, day / 365 + 1))
        while y > 1 && PartialDate.dayNumber(year: y, month: 1, day: 1) > day { y -= 1 }
        while y < 9999 && PartialDate.dayNumber(year: y + 1, month: 1, day: 1) <= day { y += 1 }
        return y
    }

    /// The days of a whole year.
    public static func days(ofYear y: Int) -> ClosedRange<Int> {
        PartialDate.dayNumber(year: y, month: 1, day: 1)...PartialDate.dayNumber(year: y, month: 12, day: 31)
    }

    /// A day number as `YYYY-MM-DD`, or `nil` for an unbounded end.
    public static func dateText(ofDay day: Int) -> String? {
        guard day != Int.min && day != Int.max else { return nil }
        let y = year(ofDay: day)
        var rest = day - PartialDate.dayNumber(year: y, month: 1, day: 1)
        var m = 1
        while m < 12 && rest >= PartialDate.daysIn(month: m, year: y) {
            rest -= PartialDate.daysIn(month: m, year: y)
            m += 1
        }
        return PartialDate.format(year: y, month: m, day: rest + 1)
    }
}
