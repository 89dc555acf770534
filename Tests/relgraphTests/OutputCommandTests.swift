import Foundation
import Testing

/// Issue 11, failures 1, 3, 4 and 8 from the command line: write errors are exit 74 for every
/// command, a closed pipe ends quietly, devices are never replaced, window formats are refused.
@Suite("Command output rules")
struct OutputCommandTests {
    static let isRoot = geteuid() == 0

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs relgraph through `/bin/sh` so that a test can redirect or pipe its output.
    static func shell(_ script: String, in directory: URL) throws -> CLIRunner.Result {
        try CLIRunner.run([], in: directory, shell: script)
    }

    /// A character device like /dev/full, made in `folder` (root only).
    static func makeFullDevice(in folder: URL) -> String {
        let path = folder.appendingPathComponent("full").path
        #expect(mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        return path
    }

    @Test(.enabled(if: isRoot, "mknod needs root"), arguments: [
        ["render", "--format", "svg"], ["stats"], ["rank"], ["validate"], ["stats", "--format", "json"],
    ])
    func aFailedWriteToStandardOutputIsExit74(_ arguments: [String]) throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = Self.makeFullDevice(in: dir)
        let command = ([CLIRunner.executable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try Self.shell("cd '\(CLIRunner.repositoryRoot.path)' && \(command) > '\(full)'", in: dir)
        #expect(result.status == 74)
        #expect(result.stderr == "error: cannot write standard output: disk full (no space left on device)\n")
    }

    @Test(.enabled(if: isRoot, "mknod needs root"))
    func devicesGivenAsOutputsStayDevices() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = Self.makeFullDevice(in: dir)
        let null = dir.appendingPathComponent("null").path
        #expect(mknod(null, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        let render = try CLIRunner.run(["render", "-o", full, "--format", "svg"])
        #expect(render.status == 74)
        #expect(render.stderr == "error: cannot write \(full): disk full (no space left on device)\n")
        let convert = try CLIRunner.run(["convert", "Graphs/german-soviet-1918-1941", null, "--to", "graphml"])
        #expect(convert.status == 0)
        for device in [full, null] {
            var info = stat()
            #expect(lstat(device, &info) == 0)
            #expect(info.st_mode & S_IFMT == S_IFCHR)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["full", "null"])
    }

    @Test func aClosedPipeEndsQuietlyEvenWithSIGPIPEIgnored() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = CLIRunner.executable.path
        let result = try Self.shell("""
            trap '' PIPE
            cd '\(CLIRunner.repositoryRoot.path)'
            { '\(exe)' render --format svg 2>'\(dir.path)/err'; echo $? > '\(dir.path)/status'; } | head -c 10 > /dev/null
            """, in: dir)
        #expect(result.status == 0)
        let status = try String(contentsOf: dir.appendingPathComponent("status"), encoding: .utf8)
        #expect(status == "141\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("err"), encoding: .utf8) == "")
    }

    @Test func aNameOfStandardOutputIsWrittenThroughNotReplaced() throws {
        // A link in a temporary folder to /proc/self/fd/1 stands in for /dev/stdout, which this
        // test must not risk replacing.
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("stdout").path
        #expect(symlink("/proc/self/fd/1", link) == 0)
        let result = try CLIRunner.run(["render", "--around", "seeckt", "--depth", "1", "--format", "dot", "-o", link])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph relgraph {"))
        var info = stat()
        #expect(lstat(link, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["stdout"])
    }

    @Test func renderToAFIFOReachesItsReader() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("drawing.svg").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try Self.shell("""
            cd '\(CLIRunner.repositoryRoot.path)'
            cat '\(fifo)' > '\(dir.path)/got.svg' &
            '\(CLIRunner.executable.path)' render --around seeckt --depth 1 -o '\(fifo)'
            wait
            """, in: dir)
        #expect(result.status == 0)
        let got = try String(contentsOfFile: dir.path + "/got.svg", encoding: .utf8)
        #expect(got.hasPrefix("<?xml"))
        #expect(got.hasSuffix("</svg>\n"))
    }

    @Test(arguments: ["x11", "xlib", "gtk"])
    func windowFormatsAreRefused(_ format: String) throws {
        let result = try CLIRunner.run(["render", "--format", format, "-o", "/tmp/relgraph-never-written.\(format)"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format \(format): draws in a window instead of writing a file"))
        let help = try CLIRunner.run(["render", "--help"])
        #expect(help.stdout.contains("svg"))
        #expect(!help.stdout.contains(", \(format),"))
    }

    @Test func aMissingOutputFolderIsNamedAndNoCocoaErrorIsPrinted() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.path + "/missing/out.graphml"
        for arguments in [["subgraph", "--around", "seeckt", "-o", target],
                          ["convert", "Graphs/german-soviet-1918-1941", target],
                          ["render", "-o", target + ".svg"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 74)
            #expect(result.stderr.hasPrefix("error: cannot write \(arguments.contains("render") ? target + ".svg" : target): no such folder: \(dir.path)/missing\n"))
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(!result.stderr.contains("relgraph-tmp"))
        }
    }
}

/// Issue 11, failure 8: DOT that is not UTF-8 was "missing input" (66) without a line.
@Suite("DOT input status")
struct DOTInputStatusTests {
    @Test func dotWithInvalidUTF8IsMalformedInputAtItsLineAndColumn() throws {
        let dir = try OutputCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.dot")
        try Data(Array("digraph {\n  a -> \"b".utf8) + [0xFF] + Array("\" }\n".utf8)).write(to: file)
        let result = try CLIRunner.run(["stats", "--graph", file.path])
        #expect(result.status == 65)
        #expect(result.stderr == "error: \(file.path):2:10: byte 0xFF is not UTF-8 (relgraph reads DOT in UTF-8 only)\n")
    }

    @Test func xmlWithANonUTF8NameIsMalformedInputNotACrash() throws {
        let dir = try OutputCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["x.graphml", "x.gexf"] {
            let file = dir.appendingPathComponent(name)
            try Data(Array("<a b".utf8) + [0xFF] + Array("=\"1\"/>".utf8)).write(to: file)
            let result = try CLIRunner.run(["stats", "--graph", file.path])
            #expect(result.status == 65)
            #expect(result.stderr.hasPrefix("error: \(file.path):1:5: malformed XML: byte 0xFF is not UTF-8"))
        }
    }
}
