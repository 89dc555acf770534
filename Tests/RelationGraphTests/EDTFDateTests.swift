import Testing
@testable import RelationGraph

/// Rule 5 of the time-and-evidence rules: the EDTF forms relgraph reads, and those it refuses.
@Suite("Rule 5: EDTF dates")
struct EDTFDateTests {
    func day(_ text: String) -> Int { (try? PartialDate(text))?.firstDay ?? -1 }
    func lastDay(_ text: String) -> Int { (try? PartialDate(text))?.lastDay ?? -1 }

    @Test(arguments: [
        // (text, display, qualified)
        ("1939", "1939", false), ("1939-08", "1939-08", false), ("1939-08-23", "1939-08-23", false),
        ("1923?", "1923?", true), ("1923~", "c. 1923", true), ("1923%", "c. 1923?", true),
        ("192X", "1920s", true), ("19XX", "1900-1999", true),
        ("1939-XX", "1939, month unknown", true), ("1939-08-XX", "1939-08, day unknown", true),
        ("1939-08-23~", "c. 1939-08-23", true),
    ])
    func rule5ValidFormsReadAndShowReadably(_ text: String, _ display: String, _ qualified: Bool) throws {
        let date = try PartialDate(text)
        #expect(date.description == text)
        #expect(date.displayText == display)
        #expect(date.isQualified == qualified)
    }

    @Test func rule5UnspecifiedDigitsCoverTheirFullRange() throws {
        #expect(day("192X") == day("1920-01-01") && lastDay("192X") == lastDay("1929-12-31"))
        #expect(day("19XX") == day("1900-01-01") && lastDay("19XX") == lastDay("1999-12-31"))
        #expect(day("1939-XX") == day("1939-01-01") && lastDay("1939-XX") == lastDay("1939-12-31"))
        #expect(day("1939-02-XX") == day("1939-02-01") && lastDay("1939-02-XX") == lastDay("1939-02-28"))
    }

    @Test func rule5QualifiersWidenOneUnitOfPrecisionEitherWay() throws {
        let year = try PartialDate("1923~")
        #expect(year.possibleFirstDay == day("1922-01-01") && year.possibleLastDay == lastDay("1924-12-31"))
        let month = try PartialDate("1939-01?")
        #expect(month.possibleFirstDay == day("1938-12-01") && month.possibleLastDay == lastDay("1939-02-28"))
        let dayDate = try PartialDate("1939-08-23%")
        #expect(dayDate.possibleFirstDay == day("1939-08-22") && dayDate.possibleLastDay == lastDay("1939-08-24"))
        // X digits are not widened further: the decade is already the whole range.
        let decade = try PartialDate("192X")
        #expect(decade.possibleFirstDay == decade.firstDay && decade.possibleLastDay == decade.lastDay)
    }

    @Test(arguments: [
        ("1923~~", "a date takes at most one qualifier (?, ~ or %) after the whole date"),
        ("1923?~", "a date takes at most one qualifier (?, ~ or %) after the whole date"),
        ("19X3X", "unspecified digits X must be the last digits of the year (192X, 19XX)"),
        ("19X3", "unspecified digits X must be the last digits of the year (192X, 19XX)"),
        ("1XXX", "at most the last two year digits may be X (EDTF level 1: 19XX)"),
        ("1923-13~", "month 13 does not exist"),
        ("1939-21", "seasons (such as 1939-21) are not supported; give a month or a range of months"),
        ("Y12345", "Y-prefixed years (such as Y12345) are not supported"),
        ("-0044", "negative years (such as -0044) are not supported"),
        ("2004?-06", "a qualifier on part of a date (such as 2004?-06) is EDTF level 2 and not supported; put one qualifier after the whole date"),
        ("[1667,1668]", "sets of dates ([1667,1668], {1960,1961}) are EDTF level 2 and not supported"),
        ("{1960,1961}", "sets of dates ([1667,1668], {1960,1961}) are EDTF level 2 and not supported"),
        ("1939-XX-23", "a day needs a month (the month is XX)"),
        ("192X-05", "a year with X digits cannot be followed by a month or day"),
    ])
    func rule5InvalidFormsNameTheRuleBroken(_ text: String, _ reason: String) {
        #expect(throws: PartialDate.ParseError(text: text, reason: reason)) { try PartialDate(text) }
    }

    @Test func rule4WindowBoundsRefuseQualifiersAndReversal() throws {
        #expect(throws: PartialDate.ParseError.self) { try TimeSpan(parsing: "1939?") }
        #expect(throws: PartialDate.ParseError.self) { try TimeSpan(parsing: "1939~..1941") }
        #expect(throws: PartialDate.ParseError(text: "1941..1939", reason: "the window ends (1939) before it starts (1941)")) {
            try TimeSpan(parsing: "1941..1939")
        }
        // X digits are a fine bound: the whole decade.
        let decade = try TimeSpan(parsing: "192X")
        #expect(decade.days == DayRange(lower: day("1920"), upper: lastDay("1929")))
    }
}
