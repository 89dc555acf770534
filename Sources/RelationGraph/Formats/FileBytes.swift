import Foundation

/// A whole input file's bytes, read for the folder loader.
///
/// A regular file of some megabytes is read by `pread` in one part per core into one buffer:
/// `Data(contentsOf:)` took half again as long for a 60 MB `relations.csv`, serially, before
/// any parsing could begin. Anything else (a small file, a pipe, a device) is read by
/// Foundation, and a file that grows while it is read is read to its end.
enum FileBytes {
    /// Files smaller than this are read by Foundation: a thread costs more than it saves.
    static let partedSize = 4 << 20

    /// A read that failed, with the system's reason.
    struct ReadError: Error, LocalizedError {
        let code: Int32
        var errorDescription: String? { String(cString: strerror(code)) }
    }

    static func read(_ url: URL) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return try Data(contentsOf: url) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= partedSize else {
            return try Data(contentsOf: url)
        }
        let size = Int(info.st_size)
        guard let base = malloc(size) else { return try Data(contentsOf: url) }
        let buffer = SendableBuffer(base: base)
        let parts = ConcurrentJobs.cores
        let results = ConcurrentJobs.run(parts) { p in
            readFully(fd, into: buffer.base, from: size * p / parts, to: size * (p + 1) / parts)
        }
        if let failed = results.first(where: { $0 != 0 }) {
            free(base)
            throw ReadError(code: failed)
        }
        var data = Data(bytesNoCopy: base, count: size, deallocator: .free)
        // Whatever was appended since `fstat`, as a reader of the whole file would see it.
        var more = [UInt8](repeating: 0, count: 65_536)
        var offset = size
        while true {
            let n = more.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(code: errno)
            }
            if n == 0 { break }
            data.append(contentsOf: more[0..<n])
            offset += n
        }
        return data
    }

    /// Reads bytes `from..<to` of `fd` into `base`, retrying short and interrupted reads.
    /// - Returns: 0, `errno`, or `EIO` when the file ended early (it was cut while read).
    private static func readFully(_ fd: Int32, into base: UnsafeMutableRawPointer, from: Int, to: Int) -> Int32 {
        var at = from
        while at < to {
            let n = pread(fd, base + at, to - at, off_t(at))
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            at += n
        }
        return 0
    }

    /// The buffer the parts read into: each writes its own range.
    private struct SendableBuffer: @unchecked Sendable {
        let base: UnsafeMutableRawPointer
    }
}
