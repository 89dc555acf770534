import ArgumentParser
import Foundation
import GraphvizRenderer
import RelationGraph

/// `--graph PATH`, shared by every subcommand, and how a graph is found without it.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The graph to read: a folder of CSV tables, a .graphml, .gexf, node-link .json or .dot file, or an edge list (.tsv/.csv: source, target[, weight]).",
            discussion: """
                Without --graph, relgraph uses $RELGRAPH_GRAPH if set, else the bundled \
                German-Soviet graph: a Graphs/german-soviet-1918-1941 folder above the current \
                directory (a checkout, whose edits count at once), else the copy SwiftPM installs \
                beside the relgraph executable as a resource.
                """,
            valueName: "path"))
    var graph: String?

    /// Where the graph is, following the documented search order.
    func graphURL() throws -> URL {
        if let graph { return URL(fileURLWithPath: graph) }
        if let env = ProcessInfo.processInfo.environment["RELGRAPH_GRAPH"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let bundled = BundledGraph.locate() { return bundled }
        throw CommandFailure("""
            no --graph given and the bundled graph was not found.
            hint: build relgraph with SwiftPM (the graph ships as a resource), set RELGRAPH_GRAPH, or pass --graph PATH \
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
    /// DOT through cgraph's parser (`kind` attributes set kinds; see `DOTReader.readGraph`).
    static func readDOT(_ url: URL) throws -> Graph {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CommandFailure("\(url.path): cannot read: \(error.localizedDescription)", status: .noInput)
        }
        if let bad = UTF8Check.firstFailure(in: data) {
            throw CommandFailure(String(format: "\(url.path):\(bad.line):\(bad.column): byte 0x%02X is not UTF-8 "
                + "(relgraph reads DOT in UTF-8 only)", bad.byte), status: .dataError)
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            return try DOTReader.readGraph(text)
        } catch {
            let line = if case .syntax(_, let line?) = error { ":\(line)" } else { "" }
            throw CommandFailure("\(url.path)\(line): \(error)", status: .dataError)
        }
    }

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
        if ["dot", "gv"].contains(url.pathExtension.lowercased()) {
            return try readDOT(url)
        }
        if GraphFormat(detecting: url) == nil, EdgeListFormat.extensions.contains(url.pathExtension.lowercased()) {
            do { return try EdgeListFormat.read(from: url) } catch {
                throw CommandFailure(error.description, status: .dataError)
            }
        }
        guard let format = GraphFormat(detecting: url), format.isReadable, format != .folder else {
            throw CommandFailure("\(url.path): unsupported input '.\(url.pathExtension)'; give a graph folder, .graphml, .gexf, .json, .dot, or an edge list (.tsv, .csv)", status: .usage)
        }
        do {
            return try GraphFormat.read(url, format: format)
        } catch let error as GraphFormatError {
            throw CommandFailure(error.description, status: .dataError)
        } catch let error as EdgeListFormat.ReadError {
            throw CommandFailure(error.description, status: .dataError)
        } catch {
            throw CommandFailure("\(url.path): cannot read: \(error.localizedDescription)", status: .noInput)
        }
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
