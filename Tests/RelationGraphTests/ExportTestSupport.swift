import Foundation
import Testing
@testable import RelationGraph

/// Fixtures and checks shared by the interchange-format tests.
enum ExportTestSupport {
    static let unicode = FixturePaths.root.appendingPathComponent("exports-unicode")
    static let networkxScript = FixturePaths.root.appendingPathComponent("networkx_reads.py")

    /// The graph folders every round trip runs on.
    static let roundTripFolders = ["valid-small", "exports-unicode"]

    static func load(_ name: String) throws -> Graph {
        try GraphFolder.load(from: FixturePaths.root.appendingPathComponent(name))
    }

    /// A fresh empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Expects two graphs to carry the same entities, relations, sources and schema, in order.
    static func expectSameGraph(_ a: Graph, _ b: Graph, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.entities == b.entities, sourceLocation: sourceLocation)
        #expect(a.relations == b.relations, sourceLocation: sourceLocation)
        #expect(a.sources == b.sources, sourceLocation: sourceLocation)
        #expect(a.schema == b.schema, sourceLocation: sourceLocation)
        // Equality of the arrays says it; the folder text makes a failure readable.
        let textA = GraphFolder.texts(of: a).map { "\($0.0)\n\($0.1)" }.joined(separator: "\n")
        let textB = GraphFolder.texts(of: b).map { "\($0.0)\n\($0.1)" }.joined(separator: "\n")
        #expect(textA == textB, sourceLocation: sourceLocation)
    }

    /// Whether `python3` can import networkx here; the NetworkX tests run only then.
    static let networkxAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Runs `python3 script arguments…` and returns its standard output.
    static func runPython(_ script: URL, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
