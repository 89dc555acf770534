/// A file in an interchange format (GraphML, GEXF, node-link JSON) that relgraph cannot read,
/// located as precisely as the parser knows.
///
/// Its description is the `FILE:LINE:COLUMN: message` form editors link to; parts the parser
/// does not know are left out.
public struct GraphFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it, or `nil` when reading from memory.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong, in words.
    public var message: String

    /// An error at an optional file, line and column.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The same error attributed to `file`, keeping any file already named.
    public func inFile(_ file: String) -> GraphFormatError {
        var copy = self
        if copy.file == nil { copy.file = file }
        return copy
    }

    /// `FILE:LINE:COLUMN: message`, leaving out what is unknown.
    public var description: String {
        var location: [String] = []
        if let file { location.append(file) }
        if let line {
            location.append(String(line))
            if let column { location.append(String(column)) }
        }
        return location.isEmpty ? message : location.joined(separator: ":") + ": " + message
    }
}
