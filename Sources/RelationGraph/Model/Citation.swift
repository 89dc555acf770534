import Foundation

/// A reference to a source and, optionally, a place in it: `johnson-2016` or `johnson-2016:L7`.
///
/// Written in a `sources` cell; several are separated by `;`.
public struct Citation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The id of a row in `sources.csv`.
    public var sourceID: String
    /// Where in the source: a line (`L42`), page (`p7`) or any other locator; `nil` for the whole source.
    public var locator: String?

    public init(sourceID: String, locator: String? = nil) {
        self.sourceID = sourceID
        self.locator = locator
    }

    /// Parses `source-id` or `source-id:locator`; the locator is everything after the first colon.
    public init(parsing text: String) {
        if let colon = text.firstIndex(of: ":") {
            sourceID = String(text[..<colon])
            let rest = String(text[text.index(after: colon)...])
            locator = rest.isEmpty ? nil : rest
        } else {
            sourceID = text
            locator = nil
        }
    }

    /// Parses a `;`-separated cell, skipping empty pieces.
    public static func parseList(_ cell: String) -> [Citation] {
        cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { Citation(parsing: $0) }
    }

    /// The line number when the locator has the form `L<number>`.
    public var lineNumber: Int? {
        guard let locator, locator.hasPrefix("L") else { return nil }
        return Int(locator.dropFirst())
    }

    public var description: String { locator.map { "\(sourceID):\($0)" } ?? sourceID }

    public init(from decoder: any Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
