import Foundation

/// Writes RFC 4180 CSV in one canonical form: LF line ends, a final newline, and quotes only
/// around fields that need them (a comma, quote, CR or LF, or leading or trailing space).
///
/// Reading a canonical file and writing it again reproduces it byte for byte.
package enum CSVWriter {
    /// The text of a table.
    /// - Complexity: O(n) in the size of the output.
    package static func text(header: [String], records: [[String]]) -> String {
        var out = ""
        appendRow(header, to: &out)
        for record in records { appendRow(record, to: &out) }
        return out
    }

    static func appendRow(_ fields: [String], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            out += escape(field)
        }
        out += "\n"
    }

    /// A field, quoted when it must be.
    package static func escape(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
