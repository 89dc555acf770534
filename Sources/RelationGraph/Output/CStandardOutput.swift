// Only the C library is imported here: `stdout` is a C global, which Swift 6 flags as shared
// mutable state; the stream itself is locked by the C library, so the preconcurrency import is sound.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The C library's `stdout` stream, which Swift's `print` writes through.
enum CStandardOutput {
    /// `fflush(stdout)`: 0, or EOF with `errno` set.
    static func flush() -> Int32 { fflush(stdout) }
    /// Whether a write to the stream has failed (`ferror`).
    static var hasFailed: Bool { ferror(stdout) != 0 }
}
