import Foundation

/// Writes one output file by the rules every relgraph writer follows (README, "Output rules").
///
/// - A regular file, new or existing, is written to a temporary file in the same folder which
///   is then renamed over it, so a reader sees the old content or the new, never a part. An
///   existing file keeps its permissions, and its owner and group where the process may set them.
/// - A symbolic link is followed: its target is written, the link stays.
/// - A device, FIFO or socket (`/dev/null`, a named pipe) and an open descriptor's name
///   (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`) are opened and written directly, never
///   replaced by a file.
/// - `-` is standard output (`StandardOutput`).
/// - On any error no temporary file is left, and the error names the path as given and the cause.
public enum OutputFile {
    /// Writes `data` to the file at `path` (`-`: standard output).
    /// - Throws: ``OutputError`` naming `path` and the cause.
    public static func write(_ data: Data, toPath path: String) throws(OutputError) {
        if path == "-" { return try StandardOutput.write(data) }
        if let info = FileDescriptor.status(path, followingLinks: true) {
            if FileDescriptor.isType(info, S_IFDIR) { throw OutputError(path: path, errno: EISDIR) }
            // A device, FIFO or socket, or an open descriptor (/dev/stdout, /dev/fd/N), is written
            // in place: renaming over it would replace the device or the shell's redirection.
            if !FileDescriptor.isType(info, S_IFREG) || FileDescriptor.isDescriptorPath(path) {
                return try writeDirectly(data, to: path, as: path)
            }
        }
        let target: String
        switch FileDescriptor.resolvingLinks(path) {
        case .success(let resolved): target = resolved
        case .failure(let failure): throw OutputError(path: path, errno: failure.code)
        }
        if FileDescriptor.isDescriptorPath(target) { return try writeDirectly(data, to: path, as: path) }
        try replace(target, with: data, keeping: FileDescriptor.status(target, followingLinks: false), as: path)
    }

    /// Writes `data` to the file at `url`; see ``write(_:toPath:)``.
    public static func write(_ data: Data, to url: URL) throws(OutputError) {
        try write(data, toPath: url.path)
    }

    /// Writes a string as UTF-8.
    public static func write(_ text: String, to url: URL) throws(OutputError) {
        try write(Data(text.utf8), toPath: url.path)
    }

    /// Opens a device or FIFO for writing and writes to it; nothing is created or renamed.
    static func writeDirectly(_ data: Data, to target: String, as path: String) throws(OutputError) {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        if fd < 0 { throw OutputError(path: path, errno: errno) }
        let failure = FileDescriptor.writeAll(fd, data)
        let closed = close(fd) == 0 ? 0 : errno
        if failure != 0 { throw OutputError(path: path, errno: failure) }
        if closed != 0 && closed != EINTR { throw OutputError(path: path, errno: closed) }
    }

    /// Writes `data` beside `target` and renames it over `target`.
    ///
    /// - Parameter existing: the status of the file being replaced, whose mode and owner the
    ///   new file takes; nil for a new file (mode 0666 less the umask).
    static func replace(_ target: String, with data: Data, keeping existing: stat?, as path: String) throws(OutputError) {
        let folder = FileDescriptor.directory(of: target)
        let temporary = (folder as NSString).appendingPathComponent(
            FileDescriptor.temporaryName(beside: (target as NSString).lastPathComponent))
        try createFile(temporary, containing: data, keeping: existing, as: path, folder: folder)
        if rename(temporary, target) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputError(path: path, errno: code, folder: folder)
        }
    }

    /// Creates `file` (which must not exist) holding `data`, synced to disk, with the mode and
    /// owner of `existing` when given; removes it again on any error.
    static func createFile(_ file: String, containing data: Data, keeping existing: stat?, as path: String,
                           folder: String) throws(OutputError) {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 { throw OutputError(path: path, errno: errno, folder: folder) }
        var failure: Int32 = 0
        if let existing {
            if fchmod(fd, existing.st_mode & 0o7777) != 0 { failure = errno }
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                // Only root may give a file away; others keep their own ownership, as an editor would.
                _ = fchown(fd, existing.st_uid, existing.st_gid)
                if existing.st_mode & 0o6000 != 0 { _ = fchmod(fd, existing.st_mode & 0o7777) }
            }
        }
        if failure == 0 { failure = FileDescriptor.writeAll(fd, data) }
        if failure == 0, fsync(fd) != 0, errno != EINVAL { failure = errno }
        if close(fd) != 0, failure == 0, errno != EINTR { failure = errno }
        if failure != 0 {
            unlink(file)
            throw OutputError(path: path, errno: failure, folder: folder)
        }
    }
}
