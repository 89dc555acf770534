import Foundation

/// Turns a `JSONSerialization` error into a message and, when Foundation names it, a position.
enum JSONErrorText {
    /// The parser's own explanation, without the generic "couldn't be read" wrapper.
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        let detail = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
        return detail.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The error as a ``GraphFormatError``, with the position Foundation reports lifted into
    /// the location: "around line 3, column 7" (Darwin) or "around character 40" (a 0-based
    /// byte offset in `data`, on Linux).
    static func formatError(_ error: any Error, in data: Data) -> GraphFormatError {
        var message = describe(error)
        var line: Int?, column: Int?
        if let range = message.range(of: #"around line (\d+), column (\d+)"#, options: .regularExpression) {
            let numbers = message[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count == 2 { line = numbers[0]; column = numbers[1] }
            message.removeSubrange(range)
        } else if let range = message.range(of: #"around character (\d+)"#, options: .regularExpression),
                  let offset = Int(message[range].filter(\.isNumber)) {
            (line, column) = position(ofByte: offset, in: data)
            message.removeSubrange(range)
        }
        message = message.trimmingCharacters(in: .whitespaces)
        if message.hasSuffix(" .") { message = String(message.dropLast(2)) + "." }
        return GraphFormatError(line: line, column: column, message: "malformed JSON: \(message)")
    }

    /// 1-based line and column (in bytes) of a 0-based byte offset.
    static func position(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, lineStart = 0
        for (i, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}
