/// Limits on DOT text checked before it reaches cgraph.
///
/// cgraph's lexer (Graphviz 2.42) takes time quadratic in the length of one quoted or HTML
/// string: a 4 MB string took 8 to 10 seconds. A string longer than ``maximumStringBytes`` is
/// refused with the line it starts on, never truncated; no drawing needs a label that long.
public enum DOTInputLimits {
    /// The longest quoted (`"..."`) or HTML (`<...>`) string accepted, in UTF-8 bytes: 256 KiB,
    /// which cgraph reads in about 0.1 s (1 MiB took 1 s).
    public static let maximumStringBytes = 1 << 18

    /// Throws when `text` holds a quoted or HTML string longer than ``maximumStringBytes``.
    ///
    /// Comments (`//`, `/* */`, and `#` lines) are skipped so that quotes inside them do not
    /// count. - Complexity: O(n).
    public static func check(_ text: String) throws(GraphvizError) {
        if let line = lineOfOverlongString(in: Array(text.utf8), limit: maximumStringBytes) {
            throw .syntax(message: "string too long: the string starting in line \(line) is longer than \(maximumStringBytes) bytes, "
                + "relgraph's limit for one DOT string (cgraph reads long strings in quadratic time)", line: line)
        }
    }

    /// The line on which the first string longer than `limit` bytes starts, or nil.
    static func lineOfOverlongString(in bytes: [UInt8], limit: Int) -> Int? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
        let open = UInt8(ascii: "<"), close = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        let star = UInt8(ascii: "*"), hash = UInt8(ascii: "#")
        var i = 0, line = 1
        var atLineStart = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte == newline { line += 1; atLineStart = true; i += 1; continue }
            if byte == hash && atLineStart || byte == slash && i + 1 < bytes.count && bytes[i + 1] == slash {
                while i < bytes.count && bytes[i] != newline { i += 1 }
                continue
            }
            if byte != 32 && byte != 9 { atLineStart = false }
            if byte == slash && i + 1 < bytes.count && bytes[i + 1] == star {
                i += 2
                while i + 1 < bytes.count && !(bytes[i] == star && bytes[i + 1] == slash) {
                    if bytes[i] == newline { line += 1 }
                    i += 1
                }
                i += 2
                continue
            }
            if byte == quote || byte == open {
                let start = i, startLine = line
                var depth = 1
                i += 1
                while i < bytes.count {
                    let c = bytes[i]
                    if c == newline { line += 1 }
                    if byte == quote {
                        if c == backslash { i += 2; continue }
                        if c == quote { break }
                    } else if c == open {
                        depth += 1
                    } else if c == close {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    i += 1
                }
                if i - start - 1 > limit { return startLine }
                i += 1
                continue
            }
            i += 1
        }
        return nil
    }
}
