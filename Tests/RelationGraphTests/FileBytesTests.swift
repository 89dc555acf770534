import Foundation
import Testing
@testable import RelationGraph

/// The folder loader's file reading: a large regular file read in parts must give exactly the
/// bytes Foundation reads, and every other file must still be read.
@Suite("Reading whole files")
struct FileBytesTests {
    static func temporaryURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-filebytes-\(UUID().uuidString)-\(name)")
    }

    @Test("a file above the parted size reads byte for byte, odd length and all")
    func largeFile() throws {
        let url = Self.temporaryURL("large.csv")
        defer { try? FileManager.default.removeItem(at: url) }
        // 5 MB and 3 bytes of a pattern whose every offset differs from its neighbours, so a
        // part read at the wrong offset or a byte lost at a part boundary changes the result.
        let count = 5 * 1_048_576 + 3
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ i >> 11) }
        try Data(bytes).write(to: url)
        #expect(count >= FileBytes.partedSize)
        let read = try FileBytes.read(url)
        #expect(read.count == count)
        #expect(read == Data(bytes))
    }

    @Test("a small file and an empty one read as Foundation reads them")
    func smallFiles() throws {
        let small = Self.temporaryURL("small.csv"), empty = Self.temporaryURL("empty.csv")
        defer {
            try? FileManager.default.removeItem(at: small)
            try? FileManager.default.removeItem(at: empty)
        }
        try Data("id,kind,name\ne1,person,Ada\n".utf8).write(to: small)
        try Data().write(to: empty)
        #expect(try FileBytes.read(small) == Data("id,kind,name\ne1,person,Ada\n".utf8))
        #expect(try FileBytes.read(empty).isEmpty)
    }

    @Test("a missing file throws instead of reading as empty")
    func missingFile() {
        #expect(throws: (any Error).self) { try FileBytes.read(Self.temporaryURL("absent.csv")) }
    }
}
