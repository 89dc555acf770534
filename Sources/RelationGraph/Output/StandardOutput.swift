import Foundation

/// Standard output as an output like any other: write errors are thrown, not trapped.
///
/// `FileHandle.standardOutput.write(_:)` traps when the write fails (a full disk, a closed
/// pipe with SIGPIPE ignored); this writes with `write(2)` and reports the cause. Text already
/// printed with `print` is flushed first so the order on the stream is kept.
package enum StandardOutput {
    /// Writes `data` to standard output.
    /// - Throws: ``OutputError`` for path `-`; its ``OutputError/isClosedPipe`` is true when the
    ///   reader has gone.
    package static func write(_ data: Data) throws(OutputError) {
        if CStandardOutput.flush() != 0 { throw OutputError(path: "-", errno: errno) }
        let failure = FileDescriptor.writeAll(STDOUT_FILENO, data)
        if failure != 0 { throw OutputError(path: "-", errno: failure) }
    }

    /// Flushes what `print` buffered and reports whether any write to standard output failed.
    /// - Returns: nil when everything written arrived; otherwise the error (EIO when the
    ///   failed write's cause is no longer known).
    package static func finish() -> OutputError? {
        let flushed = CStandardOutput.flush() == 0
        let code = errno
        guard !flushed || CStandardOutput.hasFailed else { return nil }
        return OutputError(path: "-", errno: flushed ? EIO : code)
    }
}
