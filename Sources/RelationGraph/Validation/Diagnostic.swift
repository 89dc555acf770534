/// One problem found in a graph's files, located to a file and line.
///
/// Its description is the `FILE:LINE: message` form that editors and CI logs link to.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// The file's name as the user knows it (e.g. `relations.csv`).
    public var file: String
    /// 1-based line, or `nil` when the problem concerns the whole file.
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int?, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
    }
}
