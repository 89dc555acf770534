import Foundation

/// Runs the built `relgraph` executable, as a user would, and captures what it prints.
enum CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `relgraph` binary built beside this test bundle.
    static let executable: URL = {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = me.deletingLastPathComponent()
        // On Linux the test bundle is `…/debug/relgraphPackageTests.xctest`; on macOS it is a bundle folder.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("relgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("relgraph")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = repositoryRoot.appendingPathComponent("Tests/RelationGraphTests/Fixtures")

    /// Runs relgraph with `arguments` in `directory` (the repository root by default).
    /// With `shell`, runs that `/bin/sh` script instead (for redirections and pipes).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
                    shell: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = shell == nil ? executable : URL(fileURLWithPath: "/bin/sh")
        process.arguments = shell.map { ["-c", $0] } ?? arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
