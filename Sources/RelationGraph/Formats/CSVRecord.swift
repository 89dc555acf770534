import Foundation

/// One record of a ``CSVFile`` as the folder loader reads it: cells by column number, trimmed
/// of `CharacterSet.whitespaces`, an empty cell read as absent.
///
/// Cells are read from the file's bytes; a string is made only of a cell that is kept. Trimming
/// works on the bytes while the ends are ASCII and hands the rare cell with Unicode at an end,
/// or with doubled quotes, to Foundation, so every cell reads exactly as a trimmed `String`.
struct CSVRecord {
    let bytes: UnsafeBufferPointer<UInt8>
    let cells: [CSVScanner.Cell]
    /// The line the record starts on.
    let line: Int

    /// A trimmed cell: a slice of the file, or a string when it needed Foundation.
    enum Text {
        case slice(UnsafeBufferPointer<UInt8>)
        case string(String)

        var string: String {
            switch self {
            case .slice(let bytes): String(decoding: bytes, as: UTF8.self)
            case .string(let text): text
            }
        }

        /// Runs `body` on the UTF-8 bytes.
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch self {
            case .slice(let bytes): return body(bytes)
            case .string(var text): return text.withUTF8(body)
            }
        }
    }

    /// The cell as written (doubled quotes undone), untrimmed.
    func raw(_ column: Int) -> String { CSVScanner.text(of: cells[column], in: bytes) }

    /// Whether the cell as written is empty.
    func isEmpty(_ column: Int) -> Bool { cells[column].start == cells[column].end }

    /// The trimmed cell of `column`, or `nil` when the column is absent or the cell blank.
    func text(_ column: Int?) -> Text? {
        guard let column else { return nil }
        let cell = cells[column]
        var start = cell.start, end = cell.end
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        while start < end && (bytes[start] == space || bytes[start] == tab) { start += 1 }
        while end > start && (bytes[end - 1] == space || bytes[end - 1] == tab) { end -= 1 }
        if start == end { return nil }
        guard !cell.escaped, bytes[start] < 0x80, bytes[end - 1] < 0x80 else {
            let trimmed = raw(column).trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : .string(trimmed)
        }
        return .slice(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// The trimmed cell of `column` as a string, or `nil`.
    func string(_ column: Int?) -> String? { text(column)?.string }

    /// The first scalar of the cell that XML cannot carry, or `nil`.
    func firstDisallowedScalar(_ column: Int) -> Unicode.Scalar? {
        let cell = cells[column]
        var i = plainPrefix(from: cell.start, to: cell.end)
        while i < cell.end {
            let b = bytes[i]
            if b >= 0x80 { return raw(column).unicodeScalars.first(where: { !XMLEscaping.isAllowed($0) }) }
            if b < 0x20 && b != 0x9 && b != 0xA && b != 0xD { return Unicode.Scalar(b) }
            i += 1
        }
        return nil
    }

    /// Whether every byte of the record, from its first cell to its last, is printable ASCII:
    /// then no cell holds a scalar XML cannot carry (the bytes between cells are separators).
    var isPrintableASCII: Bool {
        guard let first = cells.first, let last = cells.last else { return true }
        return plainPrefix(from: first.start, to: last.end) == last.end
    }

    /// Where the first control character or non-ASCII byte of `bytes[from..<to]` lies within
    /// the 8-byte words scanned, `to` when there is none.
    private func plainPrefix(from: Int, to: Int) -> Int {
        var i = from
        // Eight bytes at a time while none is a control character or non-ASCII.
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= to {
            let word = (base + i).loadUnaligned(as: UInt64.self)
            let controlOrHigh = ((word & 0x7F7F_7F7F_7F7F_7F7F) &- 0x2020_2020_2020_2020 | word) & 0x8080_8080_8080_8080
            if controlOrHigh != 0 { return i }
            i += 8
        }
        while i < to && bytes[i] >= 0x20 && bytes[i] < 0x80 { i += 1 }
        return i
    }
}
