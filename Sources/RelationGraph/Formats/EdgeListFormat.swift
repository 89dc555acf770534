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

    /// Reads the edge list at `url` (and its `.nodes` companion, if present).
    /// - Throws: ``GraphFormatError`` (`FILE:LINE: message`) for an unreadable file, a line without two ids, more than three
    ///   columns, or a weight that is not a positive number.
    /// - Complexity: O(file size).
    public static func read(from url: URL) throws(GraphFormatError) -> Graph {
        // One reader for both paths: the lean one keeps only integers, this one builds the model.
        let list = try EdgeListAdjacency.read(from: url)
        let ids = list.ids
        let relations = list.sources.indices.map { i in
            Relation(subject: ids[Int(list.sources[i])], predicate: "related-to", object: ids[Int(list.targets[i])],
                     weight: list.weights?[i] ?? 1)
        }
        do {
            return try Graph(entities: ids.map { Entity(id: $0, kind: .other, name: $0) }, relations: relations)
        } catch {
            throw GraphFormatError(file: url.lastPathComponent, message: error.description)
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

    /// Vertex ids from `NAME.nodes.EXT` beside `NAME.EXT`, first column after the header.
    static func companionVertices(of url: URL) throws(GraphFormatError) -> [String] {
        let ext = url.pathExtension
        let companion = url.deletingPathExtension().appendingPathExtension("nodes").appendingPathExtension(ext)
        guard url.deletingPathExtension().pathExtension != "nodes",
              let data = FileManager.default.contents(atPath: companion.path) else { return [] }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GraphFormatError(file: companion.lastPathComponent, message: "not UTF-8 text")
        }
        let comma = ext.lowercased() == "csv"
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let first = split(String(line), comma: comma).first ?? ""
            return first.isEmpty ? nil : first
        }
    }
}
