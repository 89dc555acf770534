/// A calendar date as the sources give it, in the Extended Date/Time Format (EDTF, Library of
/// Congress; ISO 8601-2) levels 0 and 1: known to the year, month or day (`1922`, `1922-04`,
/// `1922-04-16`), possibly uncertain (`1923?`), approximate (`1923~`) or both (`1923%`), possibly
/// with unspecified digits (`192X`, `19XX`, `1939-XX`, `1939-08-XX`).
///
/// A date never claims more precision than its source, so it stands for the whole range of days
/// it covers, its *extent*: `1939-08` covers 1 to 31 August 1939, `192X` the years 1920 to 1929.
/// A qualified date (a qualifier or `X` digits) does not state a known day; its *possible extent*
/// widens a qualifier by **one unit of the date's precision either way** (`1923~` may be 1922 to
/// 1924, `1939-08?` July to September 1939); `X` digits already cover their full range.
///
/// Refused, each with a message naming the form: seasons (`1939-21`), `Y`-prefixed years
/// (`Y12345`), negative years (`-0044`), and the level 2 forms (a qualifier on part of a date
/// such as `2004?-06`, sets `[1667,1668]` and `{1960,1961}`).
///
/// Comparison orders by the first covered day, then puts the less precise date first.
///
/// ```swift
/// let d = try PartialDate("1923~")
/// d.displayText              // "c. 1923"
/// d.isQualified              // true
/// try PartialDate("1923~~")  // throws: a date takes at most one qualifier
/// ```
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The year, 1 through 9999; with unspecified digits, the first year covered (`192X`: 1920).
    public var year: Int { Int(bits & 0x3FFF) }
    /// The month, 1 through 12, when known.
    public var month: Int? {
        let m = Int((bits >> 14) & 0xF)
        return m == 0 ? nil : m
    }
    /// The day of the month, when known (only with a month).
    public var day: Int? {
        let d = Int((bits >> 18) & 0x1F)
        return d == 0 ? nil : d
    }
    /// How sure the source is of the date as a whole.
    public var qualifier: Qualifier? {
        switch (bits >> 23) & 0x3 {
        case 1: .uncertain
        case 2: .approximate
        case 3: .uncertainApproximate
        default: nil
        }
    }
    /// How many trailing digits of the year are `X` (0, 1 or 2).
    public var unspecifiedYearDigits: Int { Int((bits >> 25) & 0x3) }
    /// Whether the month was written `XX` (the date is of that precision, the month unknown).
    public var unspecifiedMonth: Bool { bits & (1 << 27) != 0 }
    /// Whether the day was written `XX`.
    public var unspecifiedDay: Bool { bits & (1 << 28) != 0 }

    /// Every part in one word (year 14 bits, month 4, day 5, qualifier 2, X year digits 2, XX
    /// month 1, XX day 1), so that a million dated relations keep their dates in 8 bytes each
    /// instead of 56. Equal parts give equal words, so equality and hashing are the parts'.
    private let bits: UInt32

    init(year: Int, month: Int?, day: Int?, qualifier: Qualifier?, unspecifiedYearDigits: Int,
                 unspecifiedMonth: Bool, unspecifiedDay: Bool) {
        let q: UInt32 = switch qualifier {
        case nil: 0
        case .uncertain: 1
        case .approximate: 2
        case .uncertainApproximate: 3
        }
        bits = UInt32(year) | UInt32(month ?? 0) << 14 | UInt32(day ?? 0) << 18 | q << 23
            | UInt32(unspecifiedYearDigits) << 25 | (unspecifiedMonth ? 1 << 27 : 0) | (unspecifiedDay ? 1 << 28 : 0)
    }

    /// The EDTF level 1 qualifiers, written after the whole date.
    public enum Qualifier: String, Sendable, Hashable, Codable {
        /// `?`: possibly this date.
        case uncertain = "?"
        /// `~`: circa this date.
        case approximate = "~"
        /// `%`: both uncertain and approximate.
        case uncertainApproximate = "%"
    }

    /// How precisely a date is written.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// Why a text is not a date relgraph reads.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public init(text: String, reason: String) {
            self.text = text
            self.reason = reason
        }
        public var description: String { "'\(text)' is not a valid date: \(reason)" }
    }

    /// Creates an unqualified date from its parts, checking that the day exists in that month.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
        let text = Self.format(year: year, month: month, day: day)
        try Self.check(year: year, month: month, day: day, text: text)
        self.init(year: year, month: month, day: day, qualifier: nil, unspecifiedYearDigits: 0,
                  unspecifiedMonth: false, unspecifiedDay: false)
    }

    private static func check(year: Int, month: Int?, day: Int?, text: String) throws(ParseError) {
        guard (1...9999).contains(year) else { throw ParseError(text: text, reason: "year must be 1 to 9999") }
        if let month, !(1...12).contains(month) {
            throw ParseError(text: text, reason: "month \(month) does not exist")
        }
        if let day {
            guard let month else { throw ParseError(text: text, reason: "a day needs a month") }
            let last = daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                throw ParseError(text: text, reason: "day \(day) does not exist in \(monthNames[month - 1]) \(year)")
            }
        }
    }

    /// Parses an EDTF date of the forms above.
    /// - Complexity: O(n) in the length of the text.
    public init(_ text: String) throws(ParseError) {
        func fail(_ reason: String) -> ParseError { ParseError(text: text, reason: reason) }
        var body = Substring(text)
        guard !body.isEmpty else { throw fail("empty date") }
        if body.hasPrefix("-") { throw fail("negative years (such as -0044) are not supported") }
        if body.hasPrefix("Y") { throw fail("Y-prefixed years (such as Y12345) are not supported") }
        if body.contains(where: { "[]{}".contains($0) }) {
            throw fail("sets of dates ([1667,1668], {1960,1961}) are EDTF level 2 and not supported")
        }
        if body.contains("/") { throw fail("an interval goes in the start and end columns, not in one date") }
        let qualifierCharacters: Set<Character> = ["?", "~", "%"]
        var qualifier: Qualifier? = nil
        if let last = body.last, qualifierCharacters.contains(last) {
            qualifier = Qualifier(rawValue: String(last))
            body = body.dropLast()
            if let again = body.last, qualifierCharacters.contains(again) {
                throw fail("a date takes at most one qualifier (?, ~ or %) after the whole date")
            }
        }
        if body.contains(where: { qualifierCharacters.contains($0) }) {
            throw fail("a qualifier on part of a date (such as 2004?-06) is EDTF level 2 and not supported; put one qualifier after the whole date")
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        if let first = parts.first, first.contains("X"), first.allSatisfy({ isDigit($0) || $0 == "X" }),
           first.drop(while: isDigit).contains(where: isDigit) {
            throw fail("unspecified digits X must be the last digits of the year (192X, 19XX)")
        }
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else {
            throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with X digits and one qualifier ?, ~ or %")
        }
        // The year: digits, then at most two X from the right.
        let yearText = parts[0]
        let digits = yearText.prefix(while: isDigit)
        let xs = yearText.dropFirst(digits.count)
        guard xs.allSatisfy({ $0 == "X" }) else {
            if yearText.allSatisfy({ isDigit($0) || $0 == "X" }) {
                throw fail("unspecified digits X must be the last digits of the year (192X, 19XX)")
            }
            throw fail("expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with X digits and one qualifier ?, ~ or %")
        }
        guard xs.count <= 2 else { throw fail("at most the last two year digits may be X (EDTF level 1: 19XX)") }
        var power = 1
        for _ in 0..<xs.count { power *= 10 }
        let year = (Int(digits) ?? 0) * power
        func part(_ index: Int, _ name: String) throws(ParseError) -> (value: Int?, unspecified: Bool) {
            guard index < parts.count else { return (nil, false) }
            let p = parts[index]
            if p == "XX" { return (nil, true) }
            guard p.allSatisfy(isDigit), let n = Int(p) else { throw fail("a \(name) is two digits or XX") }
            return (n, false)
        }
        let (month, monthX) = try part(1, "month")
        let (day, dayX) = try part(2, "day")
        if let month, (21...41).contains(month) {
            throw fail("seasons (such as 1939-21) are not supported; give a month or a range of months")
        }
        if !xs.isEmpty && parts.count > 1 { throw fail("a year with X digits cannot be followed by a month or day") }
        if monthX && day != nil { throw fail("a day needs a month (the month is XX)") }
        try Self.check(year: max(year, 1), month: month, day: day, text: text)
        if year == 0 && xs.isEmpty { throw fail("year must be 1 to 9999") }
        self.init(year: max(year, 1), month: month, day: day, qualifier: qualifier, unspecifiedYearDigits: xs.count,
                  unspecifiedMonth: monthX, unspecifiedDay: dayX)
    }

    /// The precision the date was written with (`1939-XX` is written to the month).
    public var precision: Precision {
        if day != nil || unspecifiedDay { return .day }
        return month != nil || unspecifiedMonth ? .month : .year
    }

    /// Whether the date carries a qualifier or `X` digits, so that it states no known day.
    public var isQualified: Bool { qualifier != nil || unspecifiedYearDigits > 0 || unspecifiedMonth || unspecifiedDay }

    /// The last year covered (`192X`: 1929).
    var lastYear: Int {
        var span = 1
        for _ in 0..<unspecifiedYearDigits { span *= 10 }
        return (year / span) * span + span - 1
    }

    /// Day number (days since 0001-01-01 in the proleptic Gregorian calendar) of the first day covered.
    public var firstDay: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// Day number of the last day covered.
    public var lastDay: Int {
        let m = month ?? 12
        return Self.dayNumber(year: lastYear, month: m, day: day ?? Self.daysIn(month: m, year: lastYear))
    }

    /// The unit a qualifier widens by: the last part written with digits.
    private var widenUnit: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// The first day the date may fall on: the extent's, one unit earlier when qualified.
    public var possibleFirstDay: Int {
        guard qualifier != nil else { return firstDay }
        switch widenUnit {
        case .day: return firstDay - 1
        case .month:
            let m = month ?? 1
            return m == 1 ? Self.dayNumber(year: year - 1, month: 12, day: 1) : Self.dayNumber(year: year, month: m - 1, day: 1)
        case .year: return Self.dayNumber(year: year - 1, month: 1, day: 1)
        }
    }

    /// The last day the date may fall on: the extent's, one unit later when qualified.
    public var possibleLastDay: Int {
        guard qualifier != nil else { return lastDay }
        switch widenUnit {
        case .day: return lastDay + 1
        case .month:
            let m = month ?? 12
            let (y, n) = m == 12 ? (year + 1, 1) : (year, m + 1)
            return Self.dayNumber(year: y, month: n, day: Self.daysIn(month: n, year: y))
        case .year: return Self.dayNumber(year: lastYear + 1, month: 12, day: 31)
        }
    }

    /// The EDTF form: `1939-08-23`, `1923~`, `192X`, `1939-XX`.
    public var description: String {
        var text = String(Self.format(year: year, month: nil, day: nil).dropLast(unspecifiedYearDigits))
        text += String(repeating: "X", count: unspecifiedYearDigits)
        if let month { text += "-" + Self.pad(month, 2) } else if unspecifiedMonth { text += "-XX" }
        if let day { text += "-" + Self.pad(day, 2) } else if unspecifiedDay { text += "-XX" }
        return text + (qualifier?.rawValue ?? "")
    }

    /// The date as a reader sees it: `c. 1923` for `1923~`, `1923?`, `c. 1923?` for `1923%`,
    /// `1920s` for `192X`, `1900-1999` for `19XX`, `1939, month unknown` for `1939-XX`,
    /// `1939-08, day unknown` for `1939-08-XX`.
    public var displayText: String {
        var text: String
        switch unspecifiedYearDigits {
        case 1: text = "\(year)s"
        case 2: text = "\(year)-\(lastYear)"
        default:
            text = Self.format(year: year, month: month, day: day)
            if unspecifiedMonth { text += ", month unknown" } else if unspecifiedDay { text += ", day unknown" }
        }
        switch qualifier {
        case nil: return text
        case .uncertain: return text + "?"
        case .approximate: return "c. " + text
        case .uncertainApproximate: return "c. " + text + "?"
        }
    }

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

    /// Days of a common year before each month.
    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

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
        let leapDay = month > 2 && isLeap(year) ? 1 : 0
        return y * 365 + y / 4 - y / 100 + y / 400 + daysBeforeMonth[month - 1] + leapDay + day - 1
    }

    /// The `YYYY-MM-DD` text of a day number (the inverse of `dayNumber`).
    static func dayText(_ number: Int) -> String {
        var year = max(1, number / 366)
        while dayNumber(year: year + 1, month: 1, day: 1) <= number { year += 1 }
        var month = 1
        while month < 12 && dayNumber(year: year, month: month + 1, day: 1) <= number { month += 1 }
        return format(year: year, month: month, day: number - dayNumber(year: year, month: month, day: 1) + 1)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func format(year: Int, month: Int?, day: Int?) -> String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }
}
