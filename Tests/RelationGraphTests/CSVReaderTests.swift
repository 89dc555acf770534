import Foundation
import Testing
@testable import RelationGraph

@Suite("RFC 4180 reading and canonical writing")
struct CSVReaderTests {
    @Test func quotedFieldsWithCommasAndDoubledQuotes() throws {
        let table = try CSVReader.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n")
        #expect(table.header == ["a", "b"])
        #expect(table.records == [["x, y", "say \"hi\""]])
    }

    @Test func embeddedNewlinesKeepLineNumbersRight() throws {
        let table = try CSVReader.parse("a,b\n\"one\ntwo\nthree\",x\nnext,y\n")
        #expect(table.records == [["one\ntwo\nthree", "x"], ["next", "y"]])
        #expect(table.recordLines == [2, 5])
    }

    @Test func crlfLineEndsAndByteOrderMark() throws {
        let table = try CSVReader.parse("\u{FEFF}id,name\r\nk,\"multi\r\nline\"\r\nz,last\r\n")
        #expect(table.header == ["id", "name"])
        #expect(table.records == [["k", "multi\r\nline"], ["z", "last"]])
        #expect(table.recordLines == [2, 4])
    }

    @Test func bomAsBytes() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("id\nx\n".utf8)
        #expect(try CSVReader.parse(data).header == ["id"])
    }

    @Test func emptyFieldsBlankLinesAndMissingFinalNewline() throws {
        let table = try CSVReader.parse("a,b,c\n,,\n\n1,\"\",3")
        #expect(table.records == [["", "", ""], ["1", "", "3"]])
        #expect(table.recordLines == [2, 4])
    }

    @Test func unterminatedQuoteReportsTheLineItOpened() {
        #expect(throws: CSVReader.ParseError(line: 3, message: "a quoted field opened here is never closed")) {
            try CSVReader.parse("a,b\nx,y\nz,\"open\nand on\n")
        }
    }

    @Test func strayQuotesAreErrorsNotSilentShifts() {
        #expect(throws: CSVReader.ParseError.self) { try CSVReader.parse("a\nab\"c\n") }
        #expect(throws: CSVReader.ParseError(line: 2, message: "text after a closing quote; quote the whole field")) {
            try CSVReader.parse("a\n\"ab\"c\n")
        }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: CSVReader.ParseError(line: 1, message: "the file is not valid UTF-8")) {
            try CSVReader.parse(Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A]))
        }
    }

    @Test func writerQuotesOnlyWhatNeedsQuoting() {
        #expect(CSVWriter.escape("plain") == "plain")
        #expect(CSVWriter.escape("a,b") == "\"a,b\"")
        #expect(CSVWriter.escape("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(CSVWriter.escape("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.escape(" padded") == "\" padded\"")
        #expect(CSVWriter.escape("Göring; Tuchatschewski") == "Göring; Tuchatschewski")
    }

    @Test func writeThenReadIsIdentity() throws {
        let records = [["a,b", "q\"uote", ""], ["multi\nline", " lead", "ünïcödé"]]
        let text = CSVWriter.text(header: ["x", "y", "z"], records: records)
        let table = try CSVReader.parse(text)
        #expect(table.records == records)
        #expect(CSVWriter.text(header: table.header, records: table.records) == text)
    }
}
