/// The RFC 4180 tokenizer behind ``CSVReader``, on raw bytes: it reports each record as byte
/// ranges of its cells, so a loader makes strings only of the cells it keeps, and it can scan
/// one part of a file while another thread scans the next (``chunkStarts(_:from:count:)``).
///
/// The rules are ``CSVReader``'s: quoted fields, doubled quotes, embedded newlines, CRLF, LF or
/// CR line ends, blank lines skipped; a stray quote, text after a closing quote or a quote never
/// closed is an error at its line.
struct CSVScanner {
    /// One cell of a record: bytes `start..<end` of the buffer, between the quotes of a quoted
    /// field; `escaped` when they hold doubled quotes, which stand for one quote each.
    struct Cell: Sendable {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// Where a scan stopped: the offset after the last line end it read, and the line it is on.
    struct Stop {
        var offset: Int
        var line: Int
    }

    /// The text of a cell, doubled quotes undone.
    static func text(of cell: Cell, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[cell.start..<cell.end])
        guard cell.escaped else { return String(decoding: raw, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            unescaped.append(raw[i])
            i += raw[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Scans `bytes[from..<to]`, which must begin a line outside any quoted field, calling
    /// `record(cells, line)` for each record with the line it starts on; `record` returns whether
    /// to go on. `to` must end a line or the buffer.
    ///
    /// - Parameter line: the line number of the first byte.
    /// - Returns: where it stopped (after the record that said stop, or at `to`).
    /// - Throws: the first malformed quote, at its line.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, line firstLine: Int,
        record: (_ cells: [Cell], _ line: Int) -> Bool
    ) throws(CSVReader.ParseError) -> Stop {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var cells: [Cell] = []
        var line = firstLine
        var rowStartLine = firstLine
        var i = from
        var fieldStart = from
        var inQuotes = false
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var escaped = false
        var quotedEnd = from
        var rowHasContent = false

        // (No local function for ending a field: one capturing these variables made every access
        // a dynamic exclusivity check, a third of the scan's time.)
        while i < to {
            let b = bytes[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < to && bytes[i + 1] == quote {
                        escaped = true
                        i += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    quotedEnd = i
                } else if b == lf {
                    line += 1
                }
                i += 1
                // Plain bytes of the quoted field, skipped in one go.
                while inQuotes && i < to && bytes[i] != quote && bytes[i] != lf { i += 1 }
                continue
            }
            switch b {
            case comma:
                cells.append(Cell(start: fieldStart, end: fieldWasQuoted ? quotedEnd : i, escaped: escaped))
                fieldWasQuoted = false; afterClosingQuote = false; escaped = false
                fieldStart = i + 1
                rowHasContent = true
            case cr, lf:
                let lineEnd = i
                if b == cr && i + 1 < to && bytes[i + 1] == lf { i += 1 }
                var go = true
                if rowHasContent {
                    cells.append(Cell(start: fieldStart, end: fieldWasQuoted ? quotedEnd : lineEnd, escaped: escaped))
                    fieldWasQuoted = false; afterClosingQuote = false; escaped = false
                    go = record(cells, rowStartLine)
                }
                cells.removeAll(keepingCapacity: true)
                rowHasContent = false
                line += 1
                rowStartLine = line
                fieldStart = i + 1
                if !go { return Stop(offset: i + 1, line: line) }
            case quote:
                guard i == fieldStart && !fieldWasQuoted else {
                    throw CSVReader.ParseError(line: line, message: afterClosingQuote
                        ? "a quote inside a quoted field must be doubled (\"\")"
                        : "a quote may only open a field; quote the whole field and double the quote")
                }
                inQuotes = true
                fieldWasQuoted = true
                rowHasContent = true
                fieldStart = i + 1
            default:
                if afterClosingQuote {
                    throw CSVReader.ParseError(line: line, message: "text after a closing quote; quote the whole field")
                }
                rowHasContent = true
                // The rest of an unquoted field, skipped in one go up to its end or a stray quote.
                while i + 1 < to {
                    let next = bytes[i + 1]
                    if next == comma || next == lf || next == cr || next == quote { break }
                    i += 1
                }
            }
            i += 1
        }
        if inQuotes {
            throw CSVReader.ParseError(line: rowStartLine, message: "a quoted field opened here is never closed")
        }
        if rowHasContent {
            cells.append(Cell(start: fieldStart, end: fieldWasQuoted ? quotedEnd : to, escaped: escaped))
            _ = record(cells, rowStartLine)
        }
        return Stop(offset: to, line: line)
    }

    /// Places that cut `bytes[start.offset...]` into about `count` parts, each beginning a
    /// line outside any quoted field with the line number a scan of the whole would give it, so
    /// that each part can be scanned on its own; the first is `start`.
    ///
    /// A line end lies outside quoted fields exactly when an even number of quotes precede it
    /// (from `start`, itself outside): every quote opens, closes or doubles inside a quoted field,
    /// or is an error, which the scan of its part reports. So every part up to the one holding
    /// the first malformed quote starts where a scan of the whole file would be, and that part
    /// reports the error a scan of the whole would. Lines count as the scan counts them: every
    /// LF, and outside quotes a CR not followed by LF.
    /// - Complexity: O(n), one pass of simple byte tests.
    static func parts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Stop, count: Int) -> [Stop] {
        var starts = [start]
        let total = bytes.count - start.offset
        guard count > 1, total > 0 else { return starts }
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var quotes = 0
        var line = start.line
        var i = start.offset
        @inline(__always) func step() {
            let b = bytes[i]
            if b == quote {
                quotes += 1
            } else if b == lf {
                line += 1
            } else if b == cr && quotes & 1 == 0 && !(i + 1 < bytes.count && bytes[i + 1] == lf) {
                line += 1
            }
            i += 1
        }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        for part in 1..<count {
            let target = start.offset + total / count * part
            while i < target {
                // Eight bytes at a time while none is a quote, CR or LF: they change nothing.
                if i + 8 <= target, !Self.holdsQuoteOrLineEnd((base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                } else {
                    step()
                }
            }
            // On to the first LF outside quotes; the part starts after it.
            while i < bytes.count && !(bytes[i] == lf && quotes & 1 == 0) { step() }
            guard i + 1 < bytes.count else { break }
            step()
            starts.append(Stop(offset: i, line: line))
        }
        return starts
    }

    /// Whether any of the eight bytes of `word` is a quote, CR or LF.
    @inline(__always) static func holdsQuoteOrLineEnd(_ word: UInt64) -> Bool {
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            // A byte's high bit ends up clear exactly when the byte is zero.
            return ((((x & low) &+ low) | x) & ~low) != ~low
        }
        return hasZeroByte(word ^ 0x2222_2222_2222_2222) || hasZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A)
            || hasZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// How many CR and LF bytes `bytes[from..<to]` holds: a bound on its records.
    /// - Complexity: O(n), eight bytes at a time.
    static func lineEnds(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        @inline(__always) func zeroBytes(_ x: UInt64) -> Int {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            // A byte's high bit ends up set exactly when the byte is not zero.
            return 8 - ((((x & low) &+ low) | x) & ~low).nonzeroBitCount
        }
        var count = 0
        var i = from
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= to {
            let word = (base + i).loadUnaligned(as: UInt64.self)
            count += zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) + zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            i += 8
        }
        while i < to {
            if bytes[i] == 0x0A || bytes[i] == 0x0D { count += 1 }
            i += 1
        }
        return count
    }
}
