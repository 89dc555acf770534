/// The two readings of a relation's time that the questions use: what its own dates state
/// (known) and the widest its dates and its entities' lifespans allow (possible).
///
/// The rules are those of the time model (see the README's time section): a relation with no end
/// is known only for its start's extent; an undated relation has no known span; a possible span
/// runs from the relation's start (or the later lifespan start) to its end (or the earlier
/// lifespan end), and a bound never crosses a date the relation states itself. Every question
/// reads time through these two functions, so the time model can change in one place.
public enum RelationSpans {
    /// Day numbers of the span the relation's own dates state, or `nil` when there is none.
    public static func known(_ r: Int, in graph: Graph) -> ClosedRange<Int>? {
        let span = graph.relations[r].span
        switch (span.start, span.end) {
        case let (s?, e?): return s.firstDay <= e.lastDay ? s.firstDay...e.lastDay : nil
        case let (s?, nil): return s.firstDay...s.lastDay
        case let (nil, e?): return e.firstDay...e.lastDay
        case (nil, nil): return nil
        }
    }

    /// Day numbers of the widest span the relation's dates and its two entities' lifespans allow;
    /// an end neither bounds is `Int.min` or `Int.max`.
    public static func possible(_ r: Int, in graph: Graph) -> ClosedRange<Int> {
        let span = graph.relations[r].span
        let a = graph.entities[Int(graph.relationSubject[r])].span
        let b = graph.entities[Int(graph.relationObject[r])].span
        let lifeStart = max(a.lowerDay, b.lowerDay), lifeEnd = min(a.upperDay, b.upperDay)
        let lower = span.start?.firstDay ?? min(lifeStart, span.end?.firstDay ?? Int.max)
        let upper = span.end?.lastDay ?? max(lifeEnd, span.start?.lastDay ?? Int.min)
        return lower <= upper ? lower...upper : min(lower, upper)...max(lower, upper)
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
