import Foundation

/// The few system calls the output layer needs, returning `errno` rather than throwing, so each
/// caller can name the path the user gave.
enum FileDescriptor {
    /// Writes all of `data` to `fd`, retrying short and interrupted writes.
    /// - Returns: 0, or the `errno` of the failed write.
    static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int32 in
            guard var pointer = raw.baseAddress else { return 0 }
            var left = raw.count
            while left > 0 {
                let written = write(fd, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                pointer += written
                left -= written
            }
            return 0
        }
    }

    /// `lstat` or `stat` of `path`, or nil with `errno` set.
    static func status(_ path: String, followingLinks: Bool) -> stat? {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? info : nil
    }

    /// Whether `info` describes a file of type `type` (`S_IFREG`, `S_IFDIR`, `S_IFLNK`...).
    static func isType(_ info: stat, _ type: mode_t) -> Bool { info.st_mode & S_IFMT == type }

    /// A name no other writer uses, for a temporary file or folder beside `name`.
    ///
    /// Temporary names are hidden and end in `.relgraph-tmp-XXXXXXXX` so that a file left by a
    /// killed run is never taken for output: relgraph reads only the names it writes, and a
    /// folder swap leaves such files behind.
    static func temporaryName(beside name: String) -> String {
        ".\(name).\(temporaryMarker)\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    /// The part of every temporary name that marks it as one.
    static let temporaryMarker = "relgraph-tmp-"

    /// Follows `path` through symbolic links to the path that would be written, which may not
    /// exist yet (a dangling link is written through, as the shell's `>` does).
    /// - Returns: the final path, or the `errno` (ELOOP after 40 links).
    static func resolvingLinks(_ path: String) -> Result<String, OutputErrno> {
        var current = path
        for _ in 0..<40 {
            guard let info = status(current, followingLinks: false), isType(info, S_IFLNK) else { return .success(current) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            if length < 0 { return .failure(OutputErrno(code: errno)) }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : (directory(of: current) as NSString).appendingPathComponent(target)
        }
        return .failure(OutputErrno(code: ELOOP))
    }

    /// Whether `path` names an open file descriptor (`/dev/stdout`, `/dev/fd/1`,
    /// `/proc/self/fd/1`), which is written through rather than replaced, even when the
    /// descriptor is a regular file the shell opened (`-o /dev/stdout > file`).
    static func isDescriptorPath(_ path: String) -> Bool {
        ["/dev/stdout", "/dev/stderr"].contains(path) || path.hasPrefix("/dev/fd/")
            || path.hasPrefix("/proc/self/fd/") || path.hasPrefix("/proc/\(getpid())/fd/")
    }

    /// The folder holding `path` (`.` for a bare name).
    static func directory(of path: String) -> String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Renames `from` over `to`, or swaps them when `exchange` is set and the system can
    /// (Linux `renameat2(RENAME_EXCHANGE)`).
    /// - Returns: 0, or the `errno`; `ENOSYS` when an exchange is not available.
    static func exchange(_ from: String, _ to: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, from, AT_FDCWD, to, exchangeFlag) == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }
}

/// A failed system call's `errno`, as an `Error` for `Result`.
struct OutputErrno: Error { let code: Int32 }
