/// Why a graph input could not be read, told apart the way a front end reports them: a path
/// with nothing (or nothing readable) behind it, a format relgraph does not read, and data that
/// is wrong.
///
/// ```swift
/// do { _ = try GraphFormat.read(URL(fileURLWithPath: "pact.graphml")) }
/// catch .malformed(let error) { print(error) }   // pact.graphml:12:5: ...
/// catch { print(error) }
/// ```
public enum GraphInputError: Error, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// A folder that is not a graph folder (it has no `entities.csv`).
    case notAGraphFolder(path: String)
    /// The file exists but cannot be read (permissions, a read error).
    case unreadable(path: String, reason: String)
    /// A format relgraph does not read: an unknown extension, or one it only writes.
    case unsupported(GraphFormat.UnsupportedError)
    /// A graph folder whose tables fail validation; the report lists every problem.
    case invalid(ValidationReport, path: String)
    /// A file that does not parse, located as precisely as its parser knows.
    case malformed(GraphFormatError)

    /// The path and what is wrong; for ``invalid(_:path:)`` the report, then a count.
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .notAGraphFolder(let path):
            "\(path) is a folder without entities.csv; a graph folder needs entities.csv and relations.csv"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .unsupported(let error): error.description
        case .invalid(let report, let path):
            "\(report)\n\(path): \(report.errors.count) error\(report.errors.count == 1 ? "" : "s")"
        case .malformed(let error): error.description
        }
    }
}
