import Foundation

/// Checks that an XML document is UTF-8 before it reaches the XML parser.
///
/// FoundationXML traps (exit 132) when libxml2 hands it a tag or attribute name holding bytes
/// that are not UTF-8, before libxml2 reports the error itself. So relgraph reads GraphML and
/// GEXF in UTF-8 only (with or without a byte-order mark; an XML declaration may say `UTF-8`
/// or `US-ASCII`) and checks every byte first, reporting the first one that is not UTF-8 by
/// line and column. Documents in UTF-16 or declaring another encoding are refused with a
/// message saying how to convert them.
enum XMLEncodingCheck {
    /// Encodings an XML declaration may name; all of them are UTF-8 byte for byte.
    static let acceptedDeclarations: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    /// - Throws: ``GraphFormatError`` at the first byte that is not UTF-8, or at line 1 for a
    ///   document in another encoding.
    /// - Complexity: O(n) in the size of the document.
    static func check(_ data: Data) throws(GraphFormatError) {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0x00, 0x3C]) || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0, 0])
        {
            throw GraphFormatError(line: 1, column: 1, message:
                "the document is UTF-16 or UTF-32; relgraph reads XML in UTF-8 only (convert it: iconv -f UTF-16 -t UTF-8)")
        }
        if let declared = declaredEncoding(data), !acceptedDeclarations.contains(declared.lowercased()) {
            throw GraphFormatError(line: 1, column: 1, message:
                "the document declares encoding \"\(declared)\"; relgraph reads XML in UTF-8 only "
                + "(convert it with iconv -f \(declared) -t UTF-8 and change the declaration)")
        }
        if let bad = UTF8Check.firstFailure(in: data) {
            throw GraphFormatError(line: bad.line, column: bad.column, message: String(
                format: "malformed XML: byte 0x%02X is not UTF-8 (relgraph reads XML in UTF-8 only)", bad.byte))
        }
    }

    /// The `encoding` of the XML declaration, if the document starts with one.
    static func declaredEncoding(_ data: Data) -> String? {
        var head = data.prefix(512)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstRange(of: Array("?>".utf8)) else { return nil }
        let declaration = String(decoding: head[head.startIndex..<end.lowerBound], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
