import Foundation

/// Checks an XML document for what crashes FoundationXML before it reaches the parser.
///
/// FoundationXML traps (exit 132) when libxml2 hands it a tag or attribute name holding bytes
/// that are not UTF-8, before libxml2 reports the error itself, and it dereferences a null
/// pointer (exit 139) on a processing instruction without data (`<?x?>`, found by fuzzing).
/// The second is refused as an error at its line and column. For the first, relgraph reads GraphML and
/// GEXF in UTF-8 only (with or without a byte-order mark; an XML declaration may say `UTF-8`
/// or `US-ASCII`) and checks every byte first, reporting the first one that is not UTF-8 by
/// line and column. Documents in UTF-16 or declaring another encoding are refused with a
/// message saying how to convert them.
enum XMLPreflight {
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
        if let offset = firstEmptyProcessingInstruction(data) {
            let place = UTF8Check.position(of: offset, in: data)
            throw GraphFormatError(line: place.line, column: place.column, message:
                "malformed XML: a processing instruction without content (<?name?>); write <?name ?> or remove it")
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

    /// The offset of the first `<?name?>`: a processing instruction whose name is followed
    /// directly by `?>`, which libxml2 reports to FoundationXML with a null data pointer.
    /// - Complexity: O(n).
    static func firstEmptyProcessingInstruction(_ data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            let n = b.count
            var i = 0
            while i + 1 < n {
                if b[i] == UInt8(ascii: "<") && b[i + 1] == UInt8(ascii: "?") {
                    var end = i + 2
                    while end < n, !isSpace(b[end]), b[end] != UInt8(ascii: "?"), b[end] != UInt8(ascii: "<") { end += 1 }
                    if end + 1 < n, b[end] == UInt8(ascii: "?"), b[end + 1] == UInt8(ascii: ">") { return i }
                    i = end
                    continue
                }
                i += 1
            }
            return nil
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
