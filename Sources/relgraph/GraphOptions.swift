import ArgumentParser
import Foundation
import RelationGraph

/// `--graph PATH`, shared by every subcommand, and how a graph is found without it.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The graph to read: a folder of CSV tables.",
            discussion: """
                Without --graph, relgraph uses $RELGRAPH_GRAPH if set, else the bundled \
                Graphs/german-soviet-1918-1941 folder, found by walking up from the current \
                directory and then from the relgraph executable's directory (so it works when run \
                anywhere inside the repository, or as .build/debug/relgraph).
                """,
            valueName: "path"))
    var graph: String?

    static let bundledGraphPath = "Graphs/german-soviet-1918-1941"

    /// Where the graph is, following the documented search order.
    func graphURL() throws -> URL {
        if let graph { return URL(fileURLWithPath: graph) }
        if let env = ProcessInfo.processInfo.environment["RELGRAPH_GRAPH"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let starts = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent(Self.bundledGraphPath)
                if GraphFolder.isGraphFolder(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw CommandFailure("""
            no --graph given and the bundled graph was not found.
            hint: run relgraph inside the relgraph repository, set RELGRAPH_GRAPH, or pass --graph PATH \
            (a folder with entities.csv and relations.csv)
            """, status: .noInput)
    }

    /// Loads the graph, turning validation problems into a printed report.
    func load(strict: Bool = false) throws -> Graph {
        let url = try graphURL()
        return try GraphInput.read(url, strict: strict)
    }
}

/// Reads any graph input relgraph understands, by what the path is.
enum GraphInput {
    static func read(_ url: URL, strict: Bool = false) throws -> Graph {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(url.path): no such file or folder", status: .noInput)
        }
        if isDirectory.boolValue {
            guard GraphFolder.isGraphFolder(url) else {
                throw CommandFailure("\(url.path) is a folder without entities.csv; a graph folder needs entities.csv and relations.csv", status: .noInput)
            }
            do {
                return try GraphFolder.load(from: url, strict: strict)
            } catch {
                let count = error.errors.count
                throw ValidationReportFailure(text: error.description + "\n\(url.path): \(count) error\(count == 1 ? "" : "s"); run 'relgraph validate' for the full report")
            }
        }
        throw CommandFailure("\(url.path): unsupported input '\(url.pathExtension)'; give a graph folder", status: .usage)
    }
}

/// `text` or `json`.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// JSON with sorted keys and no escaped slashes, so output is stable and diffable.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
