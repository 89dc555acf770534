import Foundation

/// Writes a plain edge list: one relation per line, `source<TAB>target[<TAB>weight]` (`.tsv`)
/// or `source,target[,weight]` (`.csv`), with no header, as NetworkX's `read_edgelist`,
/// igraph and most spreadsheet-minded tools take it.
///
/// The weight column appears only when some relation's weight is not 1, so an unweighted graph
/// stays a two-column list. Only the structure survives: kinds, names, predicates, dates,
/// citations and attributes are left out, and entities without relations vanish.
public enum EdgeListWriter {
    /// The field separator.
    public enum Delimiter: Sendable {
        /// Tab-separated, for `.tsv`.
        case tab
        /// Comma-separated with RFC 4180 quoting, for `.csv`.
        case comma
    }

    /// The text of the edge list.
    /// - Complexity: O(E).
    public static func text(of graph: Graph, delimiter: Delimiter) -> String {
        let weighted = graph.relations.contains { $0.weight != 1 }
        var out = ""
        for relation in graph.relations {
            var fields = [relation.subject, relation.object]
            if weighted { fields.append(InterchangeFields.formatNumber(relation.weight)) }
            switch delimiter {
            case .tab:
                // Ids are slugs, so a tab or newline can only come from a hand-built graph; spaces keep the columns.
                out += fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                    .joined(separator: "\t")
            case .comma:
                out += fields.map(CSVWriter.escape).joined(separator: ",")
            }
            out += "\n"
        }
        return out
    }

    /// Writes the edge list to `url` by the output rules of ``OutputFile``.
    public static func write(_ graph: Graph, to url: URL, delimiter: Delimiter) throws(OutputError) {
        try OutputFile.write(text(of: graph, delimiter: delimiter), to: url)
    }
}
