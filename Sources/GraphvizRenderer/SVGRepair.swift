import Foundation
import RelationGraph

/// Makes Graphviz's SVG well-formed XML whatever the node and cluster names hold.
///
/// Labels and tooltips are escaped before they reach Graphviz (`DOTQuoting`), but Graphviz
/// writes object names (`<title>`, comments) through its own escaper, which passes any `&name;`
/// through as an entity and characters XML forbids as they are. So `&` before a name that is
/// not one of XML's five entities becomes `&amp;`, a character reference to a forbidden
/// character becomes `&#xFFFD;`, and a forbidden character itself U+FFFD. Text that was already
/// well-formed is returned unchanged.
enum SVGRepair {
    static let xmlEntities: Set<[UInt8]> = [Array("amp".utf8), Array("lt".utf8), Array("gt".utf8),
                                            Array("quot".utf8), Array("apos".utf8)]
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `svg` with the repairs above.
    /// - Complexity: O(n).
    static func repaired(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                out += replacement; i += 1; continue
            }
            if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF {
                out += replacement; i += 3; continue  // U+FFFE, U+FFFF
            }
            if byte == UInt8(ascii: "&") {
                var end = i + 1
                while end < bytes.count, end - i <= 32, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&") { end += 1 }
                let name = end < bytes.count && bytes[end] == UInt8(ascii: ";") ? Array(bytes[(i + 1)..<end]) : nil
                if let name, xmlEntities.contains(name) {
                    // A well-formed entity: kept.
                } else if let name, name.first == UInt8(ascii: "#") {
                    if !isAllowedReference(name.dropFirst()) {
                        out += Array("&#xFFFD;".utf8); i = end + 1; continue
                    }
                } else {
                    out += Array("&amp;".utf8); i += 1; continue
                }
            }
            out.append(byte)
            i += 1
        }
        return Data(out)
    }

    /// Whether `digits` (after `&#`) is a reference to a character XML allows.
    static func isAllowedReference(_ digits: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: digits, as: UTF8.self)
        let value = text.hasPrefix("x") || text.hasPrefix("X") ? UInt32(text.dropFirst(), radix: 16) : UInt32(text, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value) else { return false }
        return XMLEscaping.isAllowed(scalar)
    }
}
