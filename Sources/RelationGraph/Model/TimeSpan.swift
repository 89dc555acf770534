import Foundation

/// The time a relation held or an entity existed, with either end possibly unknown.
///
/// A missing end is open: `start` alone means "from then on, end unknown". Each end covers its
/// whole partial date, so the span `1922..1933` runs from 1 January 1922 to 31 December 1933.
///
/// ```swift
/// let span = TimeSpan(start: try PartialDate("1922"), end: try PartialDate("1933"))
/// span.overlaps(TimeSpan(at: try PartialDate("1926")))   // true
/// ```
public struct TimeSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    /// First date, or `nil` when unknown.
    public var start: PartialDate?
    /// Last date, or `nil` when unknown or ongoing.
    public var end: PartialDate?

    /// A span between two dates, either of which may be unknown.
    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// The span of a single partial date: `1926` covers the whole year.
    public init(at date: PartialDate) {
        self.init(start: date, end: date)
    }

    /// A span with neither end known.
    public static let unknown = TimeSpan()

    /// Whether neither end is known.
    public var isUnknown: Bool { start == nil && end == nil }

    /// Whether the end comes before the start, which no real span does.
    public var isReversed: Bool {
        guard let start, let end else { return false }
        return end.lastDay < start.firstDay
    }

    /// First covered day number, or `Int.min` when open.
    public var lowerDay: Int { start?.firstDay ?? Int.min }
    /// Last covered day number, or `Int.max` when open.
    public var upperDay: Int { end?.lastDay ?? Int.max }

    /// Whether the two spans share at least one day; open ends reach infinitely far.
    /// - Complexity: O(1).
    public func overlaps(_ other: TimeSpan) -> Bool {
        lowerDay <= other.upperDay && other.lowerDay <= upperDay
    }

    /// Whether every day of `date` lies within the span.
    /// - Complexity: O(1).
    public func contains(_ date: PartialDate) -> Bool {
        lowerDay <= date.firstDay && date.lastDay <= upperDay
    }

    /// Parses `A..B`, `A..`, `..B` or a single date `A` (meaning that date's whole extent).
    public init(parsing text: String) throws(PartialDate.ParseError) {
        if let range = text.range(of: "..") {
            let a = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let b = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            if a.isEmpty && b.isEmpty {
                throw PartialDate.ParseError(text: text, reason: "a span needs at least one date, as A..B, A.. or ..B")
            }
            self.init(start: a.isEmpty ? nil : try PartialDate(a), end: b.isEmpty ? nil : try PartialDate(b))
        } else {
            self.init(at: try PartialDate(text.trimmingCharacters(in: .whitespaces)))
        }
    }

    /// `1922..1933`, `1922..`, `..1933`, a single date when both ends are equal, or empty when unknown.
    public var description: String {
        switch (start, end) {
        case (nil, nil): return ""
        case let (s?, e?) where s == e: return s.description
        default: return "\(start?.description ?? "")..\(end?.description ?? "")"
        }
    }
}
