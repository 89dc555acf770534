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
        var rows: [[String]] = []
        var rowLines: [Int] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) in
            _ = try CSVScanner.scan(buffer, from: 0, to: buffer.count, line: 1) { cells, line in
                rows.append(cells.map { CSVScanner.text(of: $0, in: buffer) })
                rowLines.append(line)
                return true
            }
        }
        guard let header = rows.first else { return CSVTable(header: [], records: [], recordLines: []) }
        return CSVTable(header: header, records: Array(rows.dropFirst()), recordLines: Array(rowLines.dropFirst()))
    }
}
