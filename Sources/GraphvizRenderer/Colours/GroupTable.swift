import Foundation
import RelationGraph

/// A graph's optional `groups.csv`: how each group is named and coloured in drawings.
///
/// Columns, found by name: `group` (required; the value used in `entities.csv`), `label` (how
/// legends name it; default: the slug as words) and `color` (`#RRGGBB`; default: the next
/// palette colour). Rows give the order in which groups take palette colours (see
/// ``GroupColors``).
///
/// ```
/// group,label,color
/// soviet-union,Soviet Union,
/// germany,Germany (Weimar and Nazi),#EEDD88
/// ```
public struct GroupTable: Hashable, Sendable {
    /// One row of the table.
    public struct Row: Hashable, Sendable {
        /// The group's value in `entities.csv`.
        public var group: String
        /// Its label, when the row gives one.
        public var label: String?
        /// Its fill, `#rrggbb` (lower-cased as Graphviz writes it), when the row gives one.
        public var color: String?

        /// A row.
        public init(group: String, label: String? = nil, color: String? = nil) {
            self.group = group
            self.label = label
            self.color = color
        }
    }

    /// The rows, in file order.
    public var rows: [Row]

    /// A table of rows; a later row for the same group is ignored.
    public init(rows: [Row]) { self.rows = rows }

    /// The row of `group`, if any.
    public func row(for group: String) -> Row? { rows.first { $0.group == group } }

    /// The file name looked for inside a graph folder.
    public static let fileName = "groups.csv"

    /// The `groups.csv` of the graph folder at `folder`, or nil when the folder has none (or
    /// `folder` is a file, such as a GraphML graph).
    /// - Throws: `GraphFormatError` (`FILE:LINE: message`) for unreadable CSV, a missing `group` column, an empty group,
    ///   a duplicate group or a colour that is not `#RRGGBB`.
    public static func load(fromGraphFolder folder: URL) throws(GraphFormatError) -> GroupTable? {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GraphFormatError(file: url.path, message: "cannot read the file")
        }
        return try parse(data, file: url.path)
    }

    /// Parses the text of a `groups.csv`; `file` names it in errors.
    public static func parse(_ data: Data, file: String) throws(GraphFormatError) -> GroupTable {
        let table: CSVTable
        do { table = try CSVReader.parse(data) } catch {
            throw GraphFormatError(file: file, line: error.line, message: error.message)
        }
        guard let groupColumn = table.column("group") else {
            throw GraphFormatError(file: file, line: 1, message: "no 'group' column (columns: group, label, color)")
        }
        let labelColumn = table.column("label"), colorColumn = table.column("color")
        var rows: [Row] = []
        var seen = Set<String>()
        for (i, record) in table.records.enumerated() {
            let line = i < table.recordLines.count ? table.recordLines[i] : i + 2
            func cell(_ column: Int?) -> String? {
                guard let column, column < record.count else { return nil }
                let value = record[column].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let group = cell(groupColumn) else {
                throw GraphFormatError(file: file, line: line, message: "empty group")
            }
            guard seen.insert(group).inserted else {
                throw GraphFormatError(file: file, line: line, message: "group '\(group)' is listed twice")
            }
            let color = cell(colorColumn)
            if let color, !isHexColor(color) {
                throw GraphFormatError(file: file, line: line, message: "color '\(color)' is not #RRGGBB")
            }
            rows.append(Row(group: group, label: cell(labelColumn), color: color?.lowercased()))
        }
        return GroupTable(rows: rows)
    }

    private static func isHexColor(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
