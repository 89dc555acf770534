/// Escapes text for XML 1.0 so that any string survives a write and a conforming read.
///
/// `<`, `>`, `&`, `"` and `'` become entities. In attribute values tab, LF and CR become
/// character references, because a parser would otherwise normalize them to spaces; in element
/// text CR does, because a parser would otherwise turn CRLF into LF. Non-ASCII is written as
/// UTF-8. The characters XML 1.0 cannot carry at all, even as references (C0 controls other than
/// tab, LF and CR, lone surrogates, U+FFFE and U+FFFF), become U+FFFD: the one lossy case.
package enum XMLEscaping {
    /// Text for use between tags.
    static func text(_ value: String) -> String { escape(value, inAttribute: false) }

    /// Text for use inside a double- or single-quoted attribute value.
    static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

    /// Whether XML 1.0 allows the scalar in a document.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        value.rewritingScalars { scalar, out in
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += inAttribute ? "&quot;" : "\""
            case "'": out += inAttribute ? "&apos;" : "'"
            case "\r": out += "&#13;"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
    }
}
