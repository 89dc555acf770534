import Testing
@testable import RelationGraph

@Suite("Partial dates and time spans")
struct PartialDateTests {
    @Test(arguments: ["1922", "1922-04", "1922-04-16", "2000-02-29", "1940-02-29", "0001-01-01"])
    func validDatesPrintAsWritten(_ text: String) throws {
        #expect(try PartialDate(text).description == text)
    }

    @Test(arguments: [
        ("1939-13", "month 13 does not exist"),
        ("1939-02-30", "day 30 does not exist in February 1939"),
        ("1900-02-29", "day 29 does not exist in February 1900"),
        ("1939-04-31", "day 31 does not exist in April 1939"),
        ("1939-00", "month 0 does not exist"),
        ("39", "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with X digits and one qualifier ?, ~ or %"),
        ("1939-8-23", "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with X digits and one qualifier ?, ~ or %"),
        ("1939/08/23", "an interval goes in the start and end columns, not in one date"),
        ("", "empty date"),
        ("1939-08-23-01", "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with X digits and one qualifier ?, ~ or %"),
        ("0000", "year must be 1 to 9999"),
    ])
    func impossibleDatesAreRejected(_ text: String, _ reason: String) {
        #expect(throws: PartialDate.ParseError(text: text, reason: reason)) { try PartialDate(text) }
    }

    @Test func precisionAndCoveredDays() throws {
        let august = try PartialDate("1939-08")
        #expect(august.precision == .month)
        #expect(august.lastDay - august.firstDay == 30)
        let year = try PartialDate("1940")
        #expect(year.lastDay - year.firstDay == 365)   // 1940 is a leap year: 366 days
        // 1 January 1970 is 719162 days after 1 January 0001 (the Unix epoch in Rata Die, less one).
        #expect(try PartialDate("1970-01-01").firstDay == 719_162)
    }

    @Test func orderingIsByFirstDayThenPrecision() throws {
        let dates = try ["1939-08-23", "1939", "1939-08", "1922-04-16", "1939-09-01"].map { try PartialDate($0) }
        #expect(dates.sorted().map(\.description) == ["1922-04-16", "1939", "1939-08", "1939-08-23", "1939-09-01"])
    }

    @Test func spansOverlapInclusivelyWithOpenEnds() throws {
        let bases = try TimeSpan(parsing: "1922..1933")
        #expect(bases.overlaps(try TimeSpan(parsing: "1926")))
        #expect(bases.overlaps(try TimeSpan(parsing: "1933-12-31")))
        #expect(!bases.overlaps(try TimeSpan(parsing: "1934-01-01")))
        #expect(!bases.overlaps(try TimeSpan(parsing: "1939..1941")))
        #expect(try TimeSpan(parsing: "1939..").overlaps(try TimeSpan(parsing: "1941-06-22")))
        #expect(!(try TimeSpan(parsing: "..1918")).overlaps(try TimeSpan(parsing: "1919..")))
        #expect(TimeSpan.unknown.overlaps(try TimeSpan(parsing: "1926")))
    }

    @Test func containsNeedsTheWholeDate() throws {
        let span = try TimeSpan(parsing: "1939-08-23..1941-06-22")
        #expect(span.contains(try PartialDate("1940")))
        #expect(!span.contains(try PartialDate("1939")))
        #expect(span.contains(try PartialDate("1939-08-23")))
        #expect(!span.contains(try PartialDate("1941-06-23")))
    }

    @Test func spanTextForms() throws {
        #expect(try TimeSpan(parsing: "1922..1933").description == "1922..1933")
        #expect(try TimeSpan(parsing: "1922..").description == "1922..")
        #expect(try TimeSpan(parsing: "..1933").description == "..1933")
        #expect(try TimeSpan(parsing: "1926").description == "1926")
        #expect(TimeSpan(start: try PartialDate("1933"), end: try PartialDate("1922")).isReversed)
        #expect(throws: PartialDate.ParseError.self) { try TimeSpan(parsing: "..") }
        #expect(TimeSpan(start: try PartialDate("1917")).description == "1917, end unknown")
        #expect(TimeSpan(start: try PartialDate("1917"), openEnd: true).description == "1917..")
        #expect(TimeSpan(start: try PartialDate("1923~"), end: try PartialDate("1930")).description == "c. 1923..1930")
    }
}
