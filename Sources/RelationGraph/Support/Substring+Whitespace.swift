import Foundation

extension Substring {
    /// The text without leading and trailing `.whitespaces`, as `trimmingCharacters(in:)` gives
    /// it, without Foundation's bridging when both ends are ASCII other than space and tab
    /// (nothing to trim then): a loader trims every alias of every row.
    func trimmingWhitespace() -> String {
        let utf8 = self.utf8
        func keeps(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t")
        }
        if keeps(utf8.first), keeps(utf8.last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}
