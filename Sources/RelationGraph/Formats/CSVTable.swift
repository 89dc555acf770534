/// A parsed CSV file: a header row and records, each record remembering the line it started on.
///
/// Columns are found by name, so their order in the file is free.
package struct CSVTable: Sendable, Equatable {
    /// The header row's cells, as written.
    package var header: [String]
    /// The records after the header.
    package var records: [[String]]
    /// For each record, the 1-based line of the file on which it starts.
    package var recordLines: [Int]

    package init(header: [String], records: [[String]], recordLines: [Int]? = nil) {
        self.header = header
        self.records = records
        self.recordLines = recordLines ?? records.indices.map { $0 + 2 }
    }

    /// Index of the column named `name`, or `nil`.
    /// - Complexity: O(columns).
    package func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
