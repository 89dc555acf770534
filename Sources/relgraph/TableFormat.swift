import ArgumentParser
import Foundation

/// `text`, `csv` or `json`: the outputs of the listing commands.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json

    /// Prints an answer in this format: `answer` as JSON, or the CSV or text, made only when asked for.
    func print<Answer: Encodable>(_ answer: Answer, csv: () -> String, text: () -> String) throws {
        switch self {
        case .json: Swift.print(try jsonText(answer))
        case .csv: Swift.print(csv(), terminator: "")
        case .text: Swift.print(text(), terminator: "")
        }
    }
}

/// Ends a query that found nothing with status 1, as every query does (README, exit statuses).
func requireFound(_ found: Bool) throws {
    if !found { throw ExitCode(CommandFailure.Status.notFound.rawValue) }
}

/// How a listing cut by `--limit` says so: "3 of 10" in its count line, and a last line
/// saying how many more there are.
struct ListingCut {
    /// Rows shown.
    let shown: Int
    /// Rows that matched.
    let total: Int

    /// `--limit N` must be at least 1.
    static func validate(limit: Int?) throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    /// "10" or, when cut, "3 of 10".
    var count: String { shown < total ? "\(shown) of \(total)" : "\(total)" }

    /// "(7 more; raise --limit to see them)" when cut.
    var moreLine: String? { shown < total ? "(\(total - shown) more; raise --limit to see them)" : nil }
}

/// `text` or `json`.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// Prints an answer in this format: `answer` as JSON, or the text, made only when asked for.
    func print<Answer: Encodable>(_ answer: Answer, text: () -> String) throws {
        switch self {
        case .json: Swift.print(try jsonText(answer))
        case .text: Swift.print(text(), terminator: "")
        }
    }
}

/// JSON with sorted keys and no escaped slashes, so output is stable and diffable.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
