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
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(file: name, line: 0, message: "not UTF-8 text")
        }
        let comma = url.pathExtension.lowercased() == "csv"
        var ids: [String] = []
        var known: [String: Int] = [:]
        func vertex(_ id: String) {
            if known[id] == nil { known[id] = ids.count; ids.append(id) }
        }
        for id in try companionVertices(of: url) { vertex(id) }

        var relations: [Relation] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = split(line, comma: comma)
            if relations.isEmpty && lineNumber == firstDataLine(text) && isHeader(cells) { continue }
            guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                throw ReadError(file: name, line: lineNumber, message: "expected 'source target [weight]', found '\(line)'")
            }
            guard cells.count <= 3 else {
                throw ReadError(file: name, line: lineNumber, message: "\(cells.count) columns; an edge list has 2 or 3 (source, target, weight)")
            }
            var weight = 1.0
            if cells.count == 3 {
                guard let w = Double(cells[2]), w > 0, w.isFinite else {
                    throw ReadError(file: name, line: lineNumber, message: "weight '\(cells[2])' is not a positive number")
                }
                weight = w
            }
            vertex(cells[0])
            vertex(cells[1])
            relations.append(Relation(subject: cells[0], predicate: "related-to", object: cells[1], weight: weight))
        }
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

    /// The number of the first line that is neither blank nor a comment.
    static func firstDataLine(_ text: String) -> Int {
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let t = line.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty && !t.hasPrefix("#") && t != "\u{FEFF}" { return number }
        }
        return 0
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
