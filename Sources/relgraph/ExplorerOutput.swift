import Foundation
import GraphExplorer
import GraphvizRenderer
import RelationGraph

/// `relgraph render --format html`: the explorer page of the drawn part of a graph.
enum ExplorerOutput {
    /// Whether the command asks for the page: `--format html`, or no format and an `.html`/`.htm` output.
    static func isRequested(format: String?, output: String?) -> Bool {
        if let format { return format.lowercased() == "html" }
        guard let output else { return false }
        return ["html", "htm"].contains(URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    /// Writes the page of `drawn` to `output` by the output rules (standard output when nil or `-`).
    static func write(_ drawn: Graph, options: RenderOptions, graphURL: URL, to output: String?) throws {
        let description = ExplorerPage.Description(
            graphName: graphURL.deletingPathExtension().lastPathComponent,
            selection: selection(CommandLine.arguments.dropFirst(2)), version: RelgraphVersion.current)
        let html: String
        do {
            html = try ExplorerPage(graph: drawn, options: options, description: description).html()
        } catch {
            throw CommandFailure("\(error)", status: .dataError)
        }
        try GraphOutput.writeFile(Data(html.utf8), to: output ?? "-")
    }

    /// The options that picked and drew the part, as the page cites them, without the output file, the format and the graph's path.
    static func selection(_ arguments: some Sequence<String>) -> String {
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if ["-o", "--output", "--format", "--graph"].contains(argument) { skipNext = true; continue }
            if argument.hasPrefix("-o"), argument.count > 2 { continue }
            if ["--output=", "--format=", "--graph="].contains(where: argument.hasPrefix) { continue }
            kept.append(argument.contains(" ") ? "\"\(argument)\"" : argument)
        }
        return kept.joined(separator: " ")
    }
}
