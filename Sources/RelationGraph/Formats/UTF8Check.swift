import Foundation

/// Finds the first byte of a file that is not well-formed UTF-8, by offset, line and column,
/// for readers whose parsers would otherwise trap on it or report it without a place.
package enum UTF8Check {
    /// Where the first malformed byte is.
    package struct Failure: Sendable, Equatable {
        /// 0-based byte offset.
        package var offset: Int
        /// 1-based line.
        package var line: Int
        /// 1-based column, counted in characters.
        package var column: Int
        /// The byte itself.
        package var byte: UInt8
    }

    /// The first byte of `data` that does not belong to a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points past U+10FFFF included), or nil.
    /// - Complexity: O(n).
    package static func firstFailure(in data: Data) -> Failure? {
        guard let offset = firstInvalidOffset(data) else { return nil }
        let place = position(of: offset, in: data)
        return Failure(offset: offset, line: place.line, column: place.column, byte: data[data.startIndex + offset])
    }

    /// The 1-based line and column (in characters) of the byte at `offset`.
    package static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The offset of the first malformed byte, or nil.
    static func firstInvalidOffset(_ data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = b.count
            while i < n {
                // Eight ASCII bytes at a time: most files are nearly all ASCII.
                while i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let lead = b[i]
                if lead < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                if b[i + 1] < low || b[i + 1] > high { return i }
                for k in 2..<max(2, length) where b[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}
