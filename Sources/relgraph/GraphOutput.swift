import ArgumentParser
import Foundation
import RelationGraph

/// Writes a graph in the format the user asked for, or the one the path's extension names.
enum GraphOutput {
    static func write(_ graph: Graph, to path: String, format: GraphFormat?) throws {
        let url = URL(fileURLWithPath: path)
        let chosen: GraphFormat
        do { chosen = try GraphFormat.chosen(for: url, requested: format) } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        do {
            try GraphFormat.write(graph, to: url, format: chosen)
        } catch {
            throw CommandFailure("cannot write \(url.path): \(error)", status: .cannotWrite)
        }
        printError("wrote \(graph.entities.count) entities and \(graph.relations.count) relations to \(url.path) (\(chosen.rawValue))")
    }
}

extension GraphFormat: ExpressibleByArgument {}

/// The `--to` help text, listing what each format keeps.
let graphFormatHelp = ArgumentHelp(
    "Output format; by default from the output's extension (none: a graph folder).",
    discussion: GraphFormat.allCases.map { "\($0.rawValue): \($0.carries)" }.joined(separator: "\n"),
    valueName: "format")
