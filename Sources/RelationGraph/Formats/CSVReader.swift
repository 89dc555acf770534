import Foundation

/// Reads RFC 4180 CSV: quoted fields, doubled quotes, embedded newlines, CRLF or LF line ends, and
/// a leading UTF-8 byte order mark.
///
/// It is strict where leniency would hide data loss: an unterminated quote or text after a
/// closing quote is an error with its line, never a silently shifted row.
///
/// ```swift
/// let table = try CSVReader.parse("id,name\nkama,\"Kama, tank school\"\n")
/// table.records[0][1]   // "Kama, tank school"
/// ```
package enum CSVReader {
    /// A malformed CSV text.
    package struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line where the problem is.
        package let line: Int
        package let message: String
        package var description: String { "line \(line): \(message)" }
    }

    /// Parses UTF-8 bytes.
    /// - Complexity: O(n) in the size of the input.
    package static func parse(_ data: Data) throws(ParseError) -> CSVTable {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ParseError(line: 1, message: "the file is not valid UTF-8")
        }
        return try parse(text)
    }

    /// Parses a string. An empty text yields an empty header.
    /// - Complexity: O(n) in the length of the text.
    package static func parse(_ text: String) throws(ParseError) -> CSVTable {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

        var rows: [[String]] = []
        var rowLines: [Int] = []
        var row: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowStartLine = 1
        var i = 0
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var rowHasContent = false

        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
            afterClosingQuote = false
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case comma:
                endField()
                rowHasContent = true
            case cr, lf:
                if b == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                if rowHasContent || !field.isEmpty || fieldWasQuoted {
                    endField()
                    rows.append(row)
                    rowLines.append(rowStartLine)
                }
                row.removeAll()
                rowHasContent = false
                line += 1
                rowStartLine = line
            case quote:
                guard field.isEmpty && !fieldWasQuoted else {
                    throw ParseError(line: line, message: afterClosingQuote
                        ? "a quote inside a quoted field must be doubled (\"\")"
                        : "a quote may only open a field; quote the whole field and double the quote")
                }
                inQuotes = true
                fieldWasQuoted = true
                rowHasContent = true
            default:
                if afterClosingQuote {
                    throw ParseError(line: line, message: "text after a closing quote; quote the whole field")
                }
                field.append(b)
                rowHasContent = true
            }
            i += 1
        }
        if inQuotes {
            throw ParseError(line: rowStartLine, message: "a quoted field opened here is never closed")
        }
        if rowHasContent || !field.isEmpty || fieldWasQuoted {
            endField()
            rows.append(row)
            rowLines.append(rowStartLine)
        }
        guard let header = rows.first else { return CSVTable(header: [], records: [], recordLines: []) }
        return CSVTable(header: header, records: Array(rows.dropFirst()), recordLines: Array(rowLines.dropFirst()))
    }
}
