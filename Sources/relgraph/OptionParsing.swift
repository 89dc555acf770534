import Foundation
import ArgumentParser
import RelationGraph

/// Parsing shared by the commands' filter options, so `path`, `subgraph` and `render` read
/// lists, predicates and periods the same way and say the same thing when they are wrong.
enum OptionParsing {
    /// A comma-separated option value as a set, blanks dropped; `nil` when the option is absent.
    static func list(_ text: String?) -> Set<String>? {
        text.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
    }

    /// Fails on the first predicate (in name order) that the graph's schema does not define,
    /// suggesting the nearest one.
    static func checkPredicates(_ names: Set<String>, in graph: Graph) throws {
        for name in names.sorted() where graph.schema.predicate(named: name) == nil {
            let hint = graph.schema.nearestPredicate(to: name).map { "did you mean '\($0)'? " } ?? ""
            throw CommandFailure("unknown predicate '\(name)'; \(hint)(the schema has: \(graph.schema.predicates.map(\.name).joined(separator: ", ")))", status: .usage)
        }
    }

    /// A `--during` or `--at` value that is not a period or date, named by its option.
    struct BadWindow: Error, CustomStringConvertible {
        let description: String
    }

    /// The time window of `--during A..B` or `--at DATE` (at most one is given).
    static func window(during: String?, at: String?) throws(BadWindow) -> TimeSpan? {
        do {
            if let during { return try TimeSpan(parsing: during) }
            if let at { return TimeSpan(at: try PartialDate(at)) }
            return nil
        } catch {
            throw BadWindow(description: "\(during != nil ? "--during" : "--at"): \(error)")
        }
    }
}
