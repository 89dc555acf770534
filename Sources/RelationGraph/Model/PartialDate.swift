/// An ISO 8601 calendar date known to the year, the month or the day: `1922`, `1922-04`, `1922-04-16`.
///
/// Historical sources rarely give every date to the day, and a date must never claim more
/// precision than its source. A partial date therefore stands for the whole range of days it
/// covers: `1939-08` covers 1 to 31 August 1939. Comparison orders by the first covered day, then
/// puts the less precise date first, so sorting is total and stable.
///
/// ```swift
/// let d = try PartialDate("1939-08-23")
/// d.description        // "1939-08-23"
/// try PartialDate("1939-02-30")   // throws: day 30 does not exist in February 1939
/// ```
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The year, 1 through 9999.
    public let year: Int
    /// The month, 1 through 12, when known.
    public let month: Int?
    /// The day of the month, when known (only with a month).
    public let day: Int?

    /// How precisely a date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// Why a text is not a partial date.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String { "'\(text)' is not a valid date: \(reason)" }
    }

    /// Creates a date from its parts, checking that the day exists in that month.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
        let text = Self.format(year: year, month: month, day: day)
        guard (1...9999).contains(year) else { throw ParseError(text: text, reason: "year must be 1 to 9999") }
        if let month, !(1...12).contains(month) {
            throw ParseError(text: text, reason: "month \(month) does not exist")
        }
        if let day {
            guard let month else { throw ParseError(text: text, reason: "a day needs a month") }
            let last = Self.daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw ParseError(text: text, reason: "day \(day) does not exist in \(Self.monthNames[month - 1]) \(year)")
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, two-digit month and day).
    /// - Complexity: O(n) in the length of the text.
    public init(_ text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else {
            throw ParseError(text: text, reason: "expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else {
                throw ParseError(text: text, reason: "expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            numbers.append(n)
        }
        do {
            try self.init(
                year: numbers[0],
                month: numbers.count > 1 ? numbers[1] : nil,
                day: numbers.count > 2 ? numbers[2] : nil)
        } catch {
            throw ParseError(text: text, reason: error.reason)
        }
    }

    /// The precision the date was given with.
    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// Day number (days since 0001-01-01 in the proleptic Gregorian calendar) of the first day covered.
    public var firstDay: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// Day number of the last day covered.
    public var lastDay: Int {
        let m = month ?? 12
        return Self.dayNumber(year: year, month: m, day: day ?? Self.daysIn(month: m, year: year))
    }

    /// The ISO form it was written in.
    public var description: String { Self.format(year: year, month: month, day: day) }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        return a.precision < b.precision
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 0001-01-01, by counting whole years and months before the date.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += daysIn(month: m, year: year) }
        return days + day - 1
    }

    static func format(year: Int, month: Int?, day: Int?) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }
}
