import Foundation

/// The dates written for a relation or an entity: a start, an end, either possibly missing, and
/// whether the end is explicitly open (`..` in the `end` column: "it continued, the end is not
/// stated").
///
/// A `TimeSpan` is what the files say, not what a query reads from it: the days a relation is
/// known or may have held follow from its predicate's time shape and its entities' lifespans
/// (see ``RelationTime``). Each end covers its whole partial date, so the written span
/// `1922..1933` runs from 1 January 1922 to 31 December 1933.
///
/// ```swift
/// let span = TimeSpan(start: try PartialDate("1922"), end: try PartialDate("1933"))
/// span.overlaps(TimeSpan(at: try PartialDate("1926")))   // true
/// ```
public struct TimeSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First date, or `nil` when not written.
    public var start: PartialDate?
    /// Last date, or `nil` when not written (or open, see ``openEnd``).
    public var end: PartialDate?
    /// Whether the end was written `..`: the relation continued past its start, end not stated.
    public var openEnd: Bool

    /// A span between two dates, either of which may be unknown.
    public init(start: PartialDate? = nil, end: PartialDate? = nil, openEnd: Bool = false) {
        self.start = start
        self.end = end
        self.openEnd = openEnd && end == nil
    }

    /// The span of a single partial date: `1926` covers the whole year.
    public init(at date: PartialDate) {
        self.init(start: date, end: date)
    }

    /// A span with neither end known.
    public static let unknown = TimeSpan()

    /// The text of an explicitly open end in the `end` column.
    public static let openEndMark = ".."

    /// Whether no date is written at all.
    public var isUnknown: Bool { start == nil && end == nil && !openEnd }

    /// Whether the end comes before the start even at their widest, which no real span does.
    public var isReversed: Bool {
        guard let start, let end else { return false }
        return end.possibleLastDay < start.possibleFirstDay
    }

    /// First covered day number of the written start, or `Int.min` when not written.
    public var lowerDay: Int { start?.firstDay ?? Int.min }
    /// Last covered day number of the written end, or `Int.max` when not written.
    public var upperDay: Int { end?.lastDay ?? Int.max }

    /// The days from the first of `start` to the last of `end`, a missing end reaching without
    /// limit; the reading of a query window (`--during 1939..`), not of a relation.
    public var days: DayRange { DayRange(lower: lowerDay, upper: upperDay) }

    /// Whether the two written spans share at least one day; missing ends reach infinitely far.
    /// - Complexity: O(1).
    public func overlaps(_ other: TimeSpan) -> Bool { days.overlaps(other.days) }

    /// Whether every day of `date` lies within the span.
    /// - Complexity: O(1).
    public func contains(_ date: PartialDate) -> Bool {
        lowerDay <= date.firstDay && date.lastDay <= upperDay
    }

    /// The `end` cell as written: the date, `..` for an open end, or `nil`.
    public var endText: String? { openEnd ? Self.openEndMark : end?.description }

    /// Parses a `start` and an `end` cell (`nil` or empty when blank); the end may be `..`.
    public static func parseEnd(_ cell: String?) throws(PartialDate.ParseError) -> (date: PartialDate?, open: Bool) {
        guard let text = cell?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return (nil, false) }
        if text == openEndMark { return (nil, true) }
        return (try PartialDate(text), false)
    }

    /// Parses a query window: `A..B`, `A..`, `..B` or a single date `A` (its whole extent).
    ///
    /// A bound is an ISO partial date, possibly with `X` digits (`192X`); a qualified bound
    /// (`1939?`) or a window whose end comes before its start (`1941..1939`) is refused, since
    /// neither says which days to look at.
    public init(parsing text: String) throws(PartialDate.ParseError) {
        func bound(_ s: String) throws(PartialDate.ParseError) -> PartialDate? {
            let t = s.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return nil }
            let date = try PartialDate(t)
            if date.qualifier != nil {
                throw PartialDate.ParseError(text: t, reason: "a window bound cannot be uncertain or approximate; give the days to look at (X digits are fine: 192X)")
            }
            return date
        }
        if let range = text.range(of: "..") {
            let a = String(text[..<range.lowerBound]), b = String(text[range.upperBound...])
            if a.trimmingCharacters(in: .whitespaces).isEmpty && b.trimmingCharacters(in: .whitespaces).isEmpty {
                throw PartialDate.ParseError(text: text, reason: "a span needs at least one date, as A..B, A.. or ..B")
            }
            let end = try bound(b)
            self.init(start: try bound(a), end: end, openEnd: end == nil)
            if let s = start, let e = end, e.lastDay < s.firstDay {
                throw PartialDate.ParseError(text: text, reason: "the window ends (\(e)) before it starts (\(s))")
            }
        } else {
            guard let date = try bound(text) else {
                throw PartialDate.ParseError(text: text, reason: "expected a date or a window A..B")
            }
            self.init(at: date)
        }
    }

    /// The dates for a reader: `1922..1933`, `c. 1923..1930`, `1917..` (open end), `1917, end
    /// unknown` (no end written), `..1933`, a single date when both ends are equal, or empty.
    public var description: String {
        switch (start, end) {
        case (nil, nil): return openEnd ? Self.openEndMark : ""
        case let (s?, e?) where s == e: return s.displayText
        case let (s?, nil): return openEnd ? "\(s.displayText).." : "\(s.displayText), end unknown"
        default: return "\(start?.displayText ?? "")..\(end?.displayText ?? "")"
        }
    }
}
