import Foundation

/// A one-line progress counter on standard error, shown only when stderr is a terminal, so
/// pipes and test captures stay clean.
///
/// Worker threads report finished sources concurrently; a lock keeps the count exact, and the
/// line is redrawn at most ten times a second.
final class TerminalProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let label: String
    private let total: Int
    private var done = 0
    private var lastDraw = 0.0
    private var drawn = false

    /// A reporter for `total` units of `label`, or `nil` when stderr is not a terminal or the
    /// job is too small to be worth a line.
    static func ifTerminal(_ label: String, total: Int, minimum: Int = 2_000) -> TerminalProgress? {
        guard isatty(STDERR_FILENO) == 1, total >= minimum else { return nil }
        return TerminalProgress(label: label, total: total)
    }

    private init(label: String, total: Int) {
        self.label = label
        self.total = total
    }

    /// Adds `count` finished units and redraws when due.
    func advance(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date().timeIntervalSinceReferenceDate
        guard now - lastDraw >= 0.1 || done >= total else { return }
        lastDraw = now
        drawn = true
        let percent = total > 0 ? done * 100 / total : 100
        writeToStandardError("\r\(label): \(done)/\(total) (\(percent)%)")
    }

    /// Clears the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { writeToStandardError("\r\u{1B}[K") }
    }
}
