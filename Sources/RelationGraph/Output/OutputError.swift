import Foundation

/// An output that could not be written, naming the path as the user gave it and the real cause
/// (no such folder, permission denied, disk full...), never a temporary file's name.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the caller gave it (`-` for standard output).
    public var path: String
    /// The system's error number, when the cause is a failed system call.
    public var code: Int32?
    /// The cause, in words.
    public var cause: String

    /// An error with a cause in words.
    public init(path: String, cause: String, code: Int32? = nil) {
        self.path = path
        self.cause = cause
        self.code = code
    }

    /// An error from a failed system call's `errno`; `folder` is named when the cause is a
    /// missing folder.
    init(path: String, errno code: Int32, folder: String? = nil) {
        self.init(path: path, cause: Self.explain(code, folder: folder), code: code)
    }

    /// Whether the output was a pipe whose reader has gone (`relgraph ... | head`): a command
    /// ends quietly then rather than reporting an error.
    public var isClosedPipe: Bool { code == EPIPE }

    /// `cannot write PATH: cause`.
    public var description: String {
        "cannot write \(path == "-" ? "standard output" : path): \(cause)"
    }

    /// The cause of `errno` in words a user can act on.
    static func explain(_ code: Int32, folder: String?) -> String {
        switch code {
        case ENOENT: return folder.map { "no such folder: \($0)" } ?? "no such file or folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "disk full (no space left on device)"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "read-only file system"
        case EISDIR: return "it is a folder"
        case EPIPE: return "the pipe was closed"
        case ELOOP: return "too many levels of symbolic links"
        case ENAMETOOLONG: return "the name is too long"
        default: return String(cString: strerror(code))
        }
    }
}
