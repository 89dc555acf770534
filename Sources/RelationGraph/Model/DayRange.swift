/// An inclusive range of day numbers (days since 0001-01-01), either end possibly unbounded
/// (`Int.min`, `Int.max`): the days a relation is known or may have held, or a query window.
///
/// JSON: `{"start": "YYYY-MM-DD"|null, "end": "YYYY-MM-DD"|null}`, `null` for an unbounded end.
public struct DayRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first day, or `Int.min` when unbounded.
    public var lower: Int
    /// The last day, or `Int.max` when unbounded.
    public var upper: Int

    /// A range; `lower` should not exceed `upper`.
    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    /// Every day.
    public static let unbounded = DayRange(lower: .min, upper: .max)

    /// The days of one partial date's extent.
    public init(extentOf date: PartialDate) { self.init(lower: date.firstDay, upper: date.lastDay) }

    /// Whether the two ranges share a day.
    /// - Complexity: O(1).
    public func overlaps(_ other: DayRange) -> Bool { lower <= other.upper && other.lower <= upper }

    /// The days both ranges cover, or `nil`.
    public func intersection(_ other: DayRange) -> DayRange? {
        let r = DayRange(lower: max(lower, other.lower), upper: min(upper, other.upper))
        return r.lower <= r.upper ? r : nil
    }

    /// The first day as `YYYY-MM-DD`, or `nil` when unbounded.
    public var startText: String? { lower == .min ? nil : PartialDate.dayText(lower) }
    /// The last day as `YYYY-MM-DD`, or `nil` when unbounded.
    public var endText: String? { upper == .max ? nil : PartialDate.dayText(upper) }

    /// `1922-01-01..1922-12-31`, an unbounded end left empty.
    public var description: String { "\(startText ?? "")..\(endText ?? "")" }

    enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func day(_ key: CodingKeys, _ unbounded: Int) throws -> Int {
            guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return unbounded }
            let date = try PartialDate(text)
            return key == .start ? date.firstDay : date.lastDay
        }
        lower = try day(.start, .min)
        upper = try day(.end, .max)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(startText, forKey: .start)
        try c.encode(endText, forKey: .end)
    }
}
