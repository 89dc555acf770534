import Foundation

/// Plain edge lists: one `source target [weight]` line per edge, tab- or comma-separated.
///
/// This is how standard benchmark graphs (Zachary's karate club, Les Misérables, synthetic
/// Barabási–Albert graphs) are usually shipped, so measures can be checked and timed on them.
/// Ids are kept exactly as written; each becomes an entity of kind `other` whose name is the id,
/// in order of first appearance. Every line becomes a `related-to` relation; the optional third
/// column is its weight (a positive number). Blank lines and lines starting with `#` are skipped,
/// as is a first line `source<sep>target[<sep>weight]`; a cell in double quotes loses them.
///
/// When a file `NAME.nodes.tsv` sits beside `NAME.tsv` (or `NAME.nodes.csv` beside
/// `NAME.csv`), its first column, after a header row, lists vertices first and in that order, so
/// isolated vertices exist too (the convention of the shared benchmark graphs).
///
/// ```
/// $ printf 'a\tb\t2\nb\tc\n' > tiny.tsv
/// $ relgraph rank --graph tiny.tsv --measure degree
/// ```
public enum EdgeListFormat {
    /// File extensions read as edge lists.
    public static let extensions: Set<String> = ["tsv", "csv", "txt", "edges", "edgelist"]

    /// A malformed line, reported as `FILE:LINE: message`.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        /// The file's name.
        public let file: String
        /// The 1-based line, or 0 for a problem with the whole file.
        public let line: Int
        /// What is wrong.
        public let message: String
        /// `FILE:LINE: message`, or `FILE: message`.
        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    /// Reads the edge list at `url` (and its `.nodes` companion, if present).
    /// - Throws: ``ReadError`` for an unreadable file, a line without two ids, more than three
    ///   columns, or a weight that is not a positive number.
    /// - Complexity: O(file size).
    public static func read(from url: URL) throws(ReadError) -> Graph {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ReadError(file: name, line: 0, message: "cannot read the file")
        }
        guard String(data: data, encoding: .utf8) != nil else {
            throw ReadError(file: name, line: 0, message: "not UTF-8 text")
        }
        let comma = url.pathExtension.lowercased() == "csv"
        var ids: [String] = []
        var known: [String: Int] = [:]
        func vertex(_ id: String) {
            if known[id] == nil { known[id] = ids.count; ids.append(id) }
        }
        for id in try companionVertices(of: url) { vertex(id) }

        // Bytes, not Characters: a benchmark graph has millions of lines, and the text is
        // already known to be UTF-8, so only ids become Strings.
        var relations: [Relation] = []
        var failure: ReadError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            var lineNumber = 0
            var sawData = false
            var cells: [String] = []
            while position < bytes.count {
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let lineStart = position
                position = end + 1
                cells.removeAll(keepingCapacity: true)
                guard splitCells(bytes, lineStart..<end, comma: comma, into: &cells) else { continue }
                if !sawData {
                    sawData = true
                    if isHeader(cells) { continue }
                }
                let line = { String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self) }
                guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                    let shown = line().trimmingCharacters(in: .whitespacesAndNewlines)
                    failure = ReadError(file: name, line: lineNumber, message: "expected 'source target [weight]', found '\(shown)'")
                    return
                }
                guard cells.count <= 3 else {
                    failure = ReadError(file: name, line: lineNumber, message: "\(cells.count) columns; an edge list has 2 or 3 (source, target, weight)")
                    return
                }
                var weight = 1.0
                if cells.count == 3 {
                    guard let w = Double(cells[2]), w > 0, w.isFinite else {
                        failure = ReadError(file: name, line: lineNumber, message: "weight '\(cells[2])' is not a positive number")
                        return
                    }
                    weight = w
                }
                vertex(cells[0])
                vertex(cells[1])
                relations.append(Relation(subject: cells[0], predicate: "related-to", object: cells[1], weight: weight))
            }
        }
        if let failure { throw failure }
        let entities = ids.map { Entity(id: $0, kind: .other, name: $0) }
        do {
            return try Graph(entities: entities, relations: relations)
        } catch {
            throw ReadError(file: name, line: 0, message: error.description)
        }
    }

    /// Cells of a line: split on tabs (or commas in a `.csv`), or on runs of spaces when the
    /// line has neither.
    static func split(_ line: String, comma: Bool) -> [String] {
        let separator: Character = comma ? "," : "\t"
        let parts: [Substring]
        if line.contains(separator) {
            parts = line.split(separator: separator, omittingEmptySubsequences: false)
        } else {
            parts = line.split(separator: " ")
        }
        return parts.map { part in
            // Spreadsheets quote cells they export; an id never contains the separator here.
            let cell = part.trimmingCharacters(in: .whitespaces)
            return cell.count >= 2 && cell.hasPrefix("\"") && cell.hasSuffix("\"") ? String(cell.dropFirst().dropLast()) : cell
        }
    }

    static func isHeader(_ cells: [String]) -> Bool {
        let lower = cells.map { $0.lowercased() }
        return lower.count >= 2 && ["source", "from", "subject"].contains(lower[0])
            && ["target", "to", "object"].contains(lower[1])
    }

    /// Cuts one line (without its newline) into cells: on tabs (commas in a `.csv`), or on runs
    /// of spaces when the line has neither. Cells are trimmed of spaces and a carriage return and
    /// lose surrounding double quotes. Returns `false` for a blank line or a `#` comment.
    static func splitCells(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, comma: Bool, into cells: inout [String]
    ) -> Bool {
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && isBlank(bytes[lo]) { lo += 1 }
        while hi > lo && isBlank(bytes[hi - 1]) { hi -= 1 }
        if lo == hi || bytes[lo] == UInt8(ascii: "#") { return false }
        let separator = comma ? UInt8(ascii: ",") : UInt8(ascii: "\t")
        var hasSeparator = false
        for k in lo..<hi where bytes[k] == separator { hasSeparator = true; break }
        func add(_ a: Int, _ b: Int) {
            var a = a, b = b
            while a < b && isBlank(bytes[a]) { a += 1 }
            while b > a && isBlank(bytes[b - 1]) { b -= 1 }
            if b - a >= 2 && bytes[a] == UInt8(ascii: "\"") && bytes[b - 1] == UInt8(ascii: "\"") { a += 1; b -= 1 }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
        }
        var cellStart = lo
        if hasSeparator {
            for k in lo..<hi where bytes[k] == separator {
                add(cellStart, k)
                cellStart = k + 1
            }
            add(cellStart, hi)
        } else {
            var k = lo
            while k < hi {
                while k < hi && bytes[k] == 0x20 { k += 1 }
                let a = k
                while k < hi && bytes[k] != 0x20 { k += 1 }
                if k > a { add(a, k) }
            }
        }
        return true
    }

    /// Vertex ids from `NAME.nodes.EXT` beside `NAME.EXT`, first column after the header.
    static func companionVertices(of url: URL) throws(ReadError) -> [String] {
        let ext = url.pathExtension
        let companion = url.deletingPathExtension().appendingPathExtension("nodes").appendingPathExtension(ext)
        guard url.deletingPathExtension().pathExtension != "nodes",
              let data = FileManager.default.contents(atPath: companion.path) else { return [] }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(file: companion.lastPathComponent, line: 0, message: "not UTF-8 text")
        }
        let comma = ext.lowercased() == "csv"
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let first = split(String(line), comma: comma).first ?? ""
            return first.isEmpty ? nil : first
        }
    }
}
