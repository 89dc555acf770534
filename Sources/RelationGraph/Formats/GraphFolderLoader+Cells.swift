import Foundation

/// A problem found in one part of a table, kept until the parts are merged in file order; a
/// did-you-mean hint is then appended while the suggestion budget lasts, so which problems get
/// one never depends on how the file was split.
struct PendingDiagnostic: Sendable {
    /// The unknown name a hint is looked for, and among what.
    enum Hint: Sendable {
        case entityID(String)
        case predicate(String)
        case source(String)
    }

    var line: Int
    var severity: Diagnostic.Severity
    var message: String
    var hint: Hint?
}

/// The problems of one part of a table, in the order a reading of the whole finds them.
struct PartDiagnostics: Sendable {
    var list: [PendingDiagnostic] = []

    mutating func error(_ line: Int, _ message: String, hint: PendingDiagnostic.Hint? = nil) {
        list.append(PendingDiagnostic(line: line, severity: .error, message: message, hint: hint))
    }

    mutating func warning(_ line: Int, _ message: String, hint: PendingDiagnostic.Hint? = nil) {
        list.append(PendingDiagnostic(line: line, severity: .warning, message: message, hint: hint))
    }
}

/// A table's columns, found by name once.
struct TableColumns: Sendable {
    let header: [String]
    /// Columns kept as attributes (not among the known ones), by number.
    let extras: [Int]

    init(header: [String], known: [String]) {
        self.header = header
        extras = header.indices.filter { !known.contains(header[$0]) }
    }

    /// The first column named `name`.
    func index(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// Known source ids, for the citation checks of every row.
struct SourceTable: Sendable {
    let ids: [String]
    let table: ByteStringTable<Void>
    /// Whether the folder has any source at all (without one, unknown citations are not warned).
    var isEmpty: Bool { ids.isEmpty }

    init(_ ids: [String]) {
        self.ids = ids
        table = ByteStringTable(ids)
    }
}

extension CSVRecord {
    /// The checks every record gets before its cells are read: as many fields as the header
    /// (else the record is skipped) and no character XML cannot carry.
    func passesChecks(_ columns: TableColumns, _ diagnostics: inout PartDiagnostics) -> Bool {
        guard cells.count == columns.header.count else {
            diagnostics.error(line, "expected \(columns.header.count) fields as in the header, found \(cells.count)")
            return false
        }
        // Most records are printable ASCII through and through: one pass says so for all cells.
        guard !isPrintableASCII else { return true }
        for (i, column) in columns.header.enumerated() {
            if let bad = firstDisallowedScalar(i) {
                let hex = String(bad.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                diagnostics.error(line, "column '\(column)' holds \(code), a character XML cannot carry "
                    + "(SVG, GraphML and GEXF output could not hold it); remove it")
            }
        }
        return true
    }

    /// Extra columns with a cell, as written.
    func attributes(_ columns: TableColumns) -> [String: String] {
        var result: [String: String] = [:]
        for i in columns.extras where !isEmpty(i) { result[columns.header[i]] = raw(i) }
        return result
    }

    /// The date in `column`, or nil when blank or malformed (reported as `name: ...`).
    func date(_ column: Int?, _ name: String, _ diagnostics: inout PartDiagnostics) -> PartialDate? {
        guard let text = text(column) else { return nil }
        return Self.date(text, name, line, &diagnostics)
    }

    private static func date(
        _ text: Text, _ name: String, _ line: Int, _ diagnostics: inout PartDiagnostics
    ) -> PartialDate? {
        if let plain = text.withBytes(PartialDate.plain) { return plain }
        do { return try PartialDate(text.string) } catch {
            diagnostics.error(line, "\(name): \(error)")
            return nil
        }
    }

    /// The `start` and `end` cells as a span; malformed dates and a reversed span are reported.
    func span(start: Int?, end: Int?, _ diagnostics: inout PartDiagnostics) -> TimeSpan {
        let startDate = date(start, "start", &diagnostics)
        var endDate: PartialDate? = nil, open = false
        if let text = text(end) {
            if text.withBytes({ $0.elementsEqual(TimeSpan.openEndMark.utf8) }) {
                open = true
            } else {
                endDate = Self.date(text, "end", line, &diagnostics)
            }
        }
        let span = TimeSpan(start: startDate, end: endDate, openEnd: open)
        if let s = span.start, let e = span.end, span.isReversed {
            diagnostics.error(line, "end \(e) is before start \(s)")
        }
        return span
    }

    /// The citations in `column`; those of unknown sources are reported (warnings, errors when
    /// `strict`), with a hint to come, when the folder has sources or `strict` asks for them.
    func citations(
        _ column: Int?, sources: SourceTable, strict: Bool, _ diagnostics: inout PartDiagnostics
    ) -> [Citation] {
        guard let text = text(column) else { return [] }
        var list: [Citation] = []
        func check(_ c: Citation, known: Bool) {
            guard !known, !sources.isEmpty || strict else { return }
            let message = "citation '\(c)' names unknown source '\(c.sourceID)'"
            if strict {
                diagnostics.error(line, message, hint: .source(c.sourceID))
            } else {
                diagnostics.warning(line, message, hint: .source(c.sourceID))
            }
        }
        if case .slice(let bytes) = text, bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: split on ';' and the first ':' by bytes; sources' ids are shared, not copied.
            list.reserveCapacity(1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ";") ? 1 : 0) })
            var pieceStart = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == UInt8(ascii: ";") {
                var a = pieceStart, b = k
                pieceStart = k + 1
                while a < b && (bytes[a] == 0x20 || bytes[a] == 0x09) { a += 1 }
                while b > a && (bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09) { b -= 1 }
                guard a < b else { continue }
                var colon = a
                while colon < b && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
                let id = UnsafeBufferPointer(rebasing: bytes[a..<colon])
                let number = sources.table.index(of: id)
                let locator = colon + 1 < b ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<b]), as: UTF8.self) : nil
                let citation = Citation(sourceID: number.map { sources.ids[$0] } ?? String(decoding: id, as: UTF8.self),
                                        locator: locator)
                list.append(citation)
                check(citation, known: number != nil)
            }
        } else {
            list = Citation.parseList(text.string)
            for c in list { check(c, known: sources.table.index(of: c.sourceID) != nil) }
        }
        return list
    }
}
