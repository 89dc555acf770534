import Foundation
import Testing
@testable import RelationGraph

/// Issue 11, failures 1 and 7: the output rules every writer follows (README, "Output rules").
/// Devices and FIFOs are made in a temporary folder; the machine's own /dev is never touched.
@Suite("Output rules")
struct OutputRulesTests {
    static let isRoot = geteuid() == 0

    /// A fresh folder, removed by the caller.
    static func folder() throws -> String { try ExportTestSupport.temporaryFolder().path }

    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    static func status(_ path: String) throws -> stat {
        try #require(FileDescriptor.status(path, followingLinks: false))
    }

    @Test func aNewFileGetsTheUsualModeAndNoTemporaryFileStays() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mask = umask(0o022)
        defer { umask(mask) }
        try OutputFile.write(Data("new".utf8), toPath: dir + "/a.txt")
        #expect(try Self.status(dir + "/a.txt").st_mode & 0o777 == 0o644)
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "new")
        #expect(try Self.entries(dir) == ["a.txt"])
    }

    @Test func anExistingFileKeepsItsModeAndOwner() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/secret.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o600) == 0)
        let owner: uid_t = Self.isRoot ? 4321 : geteuid()
        if Self.isRoot { #expect(chown(path, owner, 4321) == 0) }
        try OutputFile.write(Data("new".utf8), toPath: path)
        let info = try Self.status(path)
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect(info.st_uid == owner)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try Self.entries(dir) == ["secret.txt"])
    }

    @Test func aSymbolicLinkIsFollowedToItsTarget() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: false)
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/real/target.svg"))
        #expect(symlink("real/target.svg", dir + "/link.svg") == 0)
        try OutputFile.write(Data("new".utf8), toPath: dir + "/link.svg")
        #expect(FileDescriptor.isType(try Self.status(dir + "/link.svg"), S_IFLNK))
        #expect(try String(contentsOfFile: dir + "/real/target.svg", encoding: .utf8) == "new")
        #expect(try Self.entries(dir + "/real") == ["target.svg"])
        // A dangling link is written through, as the shell's `>` does.
        #expect(symlink("real/fresh.svg", dir + "/dangling.svg") == 0)
        try OutputFile.write(Data("fresh".utf8), toPath: dir + "/dangling.svg")
        #expect(try String(contentsOfFile: dir + "/real/fresh.svg", encoding: .utf8) == "fresh")
    }

    @Test func aFIFOIsWrittenAndItsReaderGetsTheBytes() async throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { () -> Data in
            FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
        }
        try OutputFile.write(Data("through the pipe".utf8), toPath: fifo)
        #expect(String(decoding: await reader.value, as: UTF8.self) == "through the pipe")
        #expect(FileDescriptor.isType(try Self.status(fifo), S_IFIFO))
        #expect(try Self.entries(dir) == ["pipe"])
    }

    @Test(.enabled(if: isRoot, "mknod needs root"))
    func devicesAreWrittenDirectlyAndNeverReplaced() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mknod(dir + "/null", S_IFCHR | 0o666, Self.makedev(1, 3)) == 0)
        #expect(mknod(dir + "/full", S_IFCHR | 0o666, Self.makedev(1, 7)) == 0)
        try OutputFile.write(Data("gone".utf8), toPath: dir + "/null")
        #expect(FileDescriptor.isType(try Self.status(dir + "/null"), S_IFCHR))
        let failure = #expect(throws: OutputError.self) {
            try OutputFile.write(Data("no room".utf8), toPath: dir + "/full")
        }
        #expect(failure?.description == "cannot write \(dir)/full: disk full (no space left on device)")
        #expect(FileDescriptor.isType(try Self.status(dir + "/full"), S_IFCHR))
        #expect(try Self.entries(dir) == ["full", "null"])
    }

    static func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
        dev_t(major & 0xfff) << 8 | dev_t(minor & 0xff) | dev_t(major & ~0xfff) << 32 | dev_t(minor & ~0xff) << 12
    }

    @Test func errorsNameThePathGivenAndTheRealCause() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = #expect(throws: OutputError.self) { try OutputFile.write(Data(), toPath: dir + "/no/such/a.svg") }
        #expect(missing?.description == "cannot write \(dir)/no/such/a.svg: no such folder: \(dir)/no/such")
        let folder = #expect(throws: OutputError.self) { try OutputFile.write(Data(), toPath: dir) }
        #expect(folder?.cause == "it is a folder")
        #expect(try Self.entries(dir) == [])
    }

    @Test func aFolderWriteThatFailsPartWayLeavesTheOldFolderWhole() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/graph"
        try OutputFolder.write([("entities.csv", Data("old e".utf8)), ("sources.csv", Data("old s".utf8))],
                               to: URL(fileURLWithPath: out))
        #expect(throws: OutputError.self) {
            try OutputFolder.write([("entities.csv", Data("new e".utf8)), ("sources.csv", Data("new s".utf8))],
                                   toPath: out, failingAfter: 1)
        }
        #expect(try String(contentsOfFile: out + "/entities.csv", encoding: .utf8) == "old e")
        #expect(try String(contentsOfFile: out + "/sources.csv", encoding: .utf8) == "old s")
        #expect(try Self.entries(dir) == ["graph"])
    }

    @Test func aFolderWriteKeepsOtherFilesAndModesAndDropsCrashLeftTemporaries() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/graph"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: out + "/README.md"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/entities.csv"))
        #expect(chmod(out + "/entities.csv", 0o640) == 0)
        try Data("partial".utf8).write(to: URL(fileURLWithPath: out + "/.entities.csv.relgraph-tmp-dead"))
        try OutputFolder.write([("entities.csv", Data("new".utf8))], to: URL(fileURLWithPath: out))
        #expect(try Self.entries(out) == ["README.md", "entities.csv"])
        #expect(try Self.status(out + "/entities.csv").st_mode & 0o777 == 0o640)
        #expect(try String(contentsOfFile: out + "/entities.csv", encoding: .utf8) == "new")
        #expect(try Self.entries(dir) == ["graph"])
    }

    @Test func aFolderOutputThatIsAFileIsRefused() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/plain"))
        let failure = #expect(throws: OutputError.self) {
            try OutputFolder.write([("a.csv", Data())], to: URL(fileURLWithPath: dir + "/plain"))
        }
        #expect(failure?.cause == "it exists and is not a folder")
        #expect(try Self.entries(dir) == ["plain"])
    }
}
