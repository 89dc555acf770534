/// The common case of reading a date, straight from a file's bytes.
extension PartialDate {
    /// The plain date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` these UTF-8 bytes spell, or `nil` for
    /// anything else, valid or not: the text parser ``init(_:)`` then reads it, with its
    /// messages. Loading a million dated rows spent most of its time making substrings for this.
    /// - Complexity: O(1).
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        let n = bytes.count
        guard n == 4 || n == 7 || n == 10 else { return nil }
        @inline(__always) func digits(_ at: Int, _ count: Int) -> Int? {
            var value = 0
            for k in at..<(at + count) {
                let d = bytes[k] &- 0x30
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
            }
            return value
        }
        guard let year = digits(0, 4), year >= 1 else { return nil }
        var month: Int? = nil, day: Int? = nil
        if n >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let m = digits(5, 2), (1...12).contains(m) else { return nil }
            month = m
        }
        if n == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let d = digits(8, 2), let m = month,
                  (1...daysIn(month: m, year: year)).contains(d) else { return nil }
            day = d
        }
        return PartialDate(year: year, month: month, day: day, qualifier: nil, unspecifiedYearDigits: 0,
                           unspecifiedMonth: false, unspecifiedDay: false)
    }
}
