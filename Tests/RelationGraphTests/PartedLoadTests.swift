import Foundation
import Testing
@testable import RelationGraph

/// Reading a folder's tables in parts (one per core) must give the graph and the report a
/// reading in one part gives, in the same order, however the files are cut.
@Suite("Reading tables in parts")
struct PartedLoadTests {
    /// Every fixture folder, the broken ones included, and the bundled graph.
    static var folders: [URL] {
        let manager = FileManager.default
        var result = [FixturePaths.bundled]
        func add(_ url: URL) {
            let children = (try? manager.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
            if children.contains(where: { $0.lastPathComponent == GraphFolder.entitiesFile || $0.lastPathComponent == GraphFolder.relationsFile }) {
                result.append(url)
            }
            for child in children where (try? child.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                add(child)
            }
        }
        add(FixturePaths.root)
        return result.sorted { $0.path < $1.path }
    }

    static func load(_ folder: URL, parts: Int, strict: Bool = false) -> (Graph?, [String]) {
        let (graph, report) = GraphFolder.validate(GraphFolderLoader(folder: folder, strict: strict, parts: parts))
        return (graph, report.diagnostics.map(\.description))
    }

    static func expectSame(_ a: Graph?, _ b: Graph?, _ folder: URL) {
        #expect((a == nil) == (b == nil), "\(folder.lastPathComponent)")
        guard let a, let b else { return }
        #expect(a.entities == b.entities)
        #expect(a.relations == b.relations)
        #expect(a.sources == b.sources)
        #expect(a.relationSubject == b.relationSubject)
        #expect(a.relationObject == b.relationObject)
        #expect(a.relations.indices.map(a.time(of:)) == b.relations.indices.map(b.time(of:)))
    }

    @Test func everyFixtureReadsTheSameInAnyNumberOfParts() throws {
        let folders = Self.folders
        #expect(folders.count > 15)
        for folder in folders {
            for strict in [false, true] {
                let (whole, report) = Self.load(folder, parts: 1, strict: strict)
                for parts in [2, 3, 7, 64] {
                    let (parted, partedReport) = Self.load(folder, parts: parts, strict: strict)
                    #expect(partedReport == report, "\(folder.lastPathComponent), \(parts) parts")
                    Self.expectSame(whole, parted, folder)
                }
            }
        }
    }

    /// A folder whose relations.csv has a note of many lines in the middle, so that the cut
    /// for two parts falls inside a quoted field, and a bad row after it.
    static func folderWithLongNote() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-parted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id,kind,name\na,person,A\nb,person,B\n".write(to: folder.appendingPathComponent("entities.csv"), atomically: true, encoding: .utf8)
        var relations = "subject,predicate,object,note\n"
        relations += "a,met,b,short\n"                                            // line 2
        relations += "a,met,b,\"" + String(repeating: "x,\"\"y\"\"\n", count: 2000) + "end\"\n"  // lines 3-2003
        relations += "a,mett,b,\r\n"                                               // line 2004
        relations += "b,met,zz,\"two\nlines\"\n"                                 // lines 2005-2006
        relations += "a,met,b,last\n"                                             // line 2007
        try relations.write(to: folder.appendingPathComponent("relations.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aCutNeverFallsInsideAQuotedFieldAndLinesStayRight() throws {
        let folder = try Self.folderWithLongNote()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try CSVFile(contentsOf: folder.appendingPathComponent("relations.csv"))
        let starts = csv.data.withUnsafeBytes { CSVScanner.parts($0.bindMemory(to: UInt8.self), from: csv.body, count: 2) }
        // The middle of the file is inside the note: the second part begins at line 2004.
        #expect(starts.map(\.line) == [2, 2004])
        let (whole, report) = Self.load(folder, parts: 1)
        #expect(whole == nil)
        #expect(report == [
            "relations.csv:2004: unknown predicate 'mett'; did you mean 'met'?",
            "relations.csv:2005: object 'zz' is not a known entity id; did you mean 'a'?",
        ])
        for parts in 2...9 { #expect(Self.load(folder, parts: parts).1 == report) }
    }

    @Test func partsScanToTheRecordsAndLinesOfAWholeParse() throws {
        let text = "h1,h2\r\na,\"q\r\nr\"\rb,c\n\n\"x\"\"y\",\"\"\r\n" + String(repeating: "p,\"1\n2\"\n", count: 50)
            + "cr,only\rlast,row"
        let whole = try CSVReader.parse(text)
        let csv = try CSVFile(data: Data(text.utf8))
        #expect(csv.header == whole.header)
        for count in 1...12 {
            let parts = try csv.scanRecords(parts: count) { bytes, from, to, line throws(CSVReader.ParseError) in
                var records: [[String]] = [], lines: [Int] = []
                _ = try CSVScanner.scan(bytes, from: from, to: to, line: line) { cells, line in
                    records.append(cells.map { CSVScanner.text(of: $0, in: bytes) })
                    lines.append(line)
                    return true
                }
                return PartRecords(records: records, lines: lines)
            }
            #expect(parts.flatMap(\.records) == whole.records, "\(count) parts")
            #expect(parts.flatMap(\.lines) == whole.recordLines, "\(count) parts")
        }
    }

    @Test func aMalformedQuoteIsReportedAsAWholeParseReportsIt() throws {
        let text = "a,b\n" + String(repeating: "1,\"x\ny\"\n", count: 40) + "2,ab\"c\n" + String(repeating: "3,4\n", count: 40)
        #expect(throws: CSVReader.ParseError(line: 82, message: "a quote may only open a field; quote the whole field and double the quote")) {
            try CSVReader.parse(text)
        }
        let csv = try CSVFile(data: Data(text.utf8))
        for count in 1...6 {
            #expect(throws: CSVReader.ParseError(line: 82, message: "a quote may only open a field; quote the whole field and double the quote")) {
                _ = try csv.scanRecords(parts: count) { bytes, from, to, line throws(CSVReader.ParseError) in
                    try CSVScanner.scan(bytes, from: from, to: to, line: line) { _, _ in true }.offset
                }
            }
        }
    }

    @Test func aWordHoldsAQuoteOrLineEndExactlyWhenOneOfItsBytesIs() {
        let samples: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("abc\"efgh".utf8), Array("abcdefg\n".utf8), Array("\rbcdefgh".utf8),
            Array("e1,met,e".utf8), [0x80, 0xFF, 0x21, 0x23, 0x0B, 0x0C, 0x0E, 0x09], [0, 0, 0, 0, 0, 0, 0, 0x22],
        ]
        for bytes in samples {
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(CSVScanner.holdsQuoteOrLineEnd(word) == bytes.contains { $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }, "\(bytes)")
        }
    }

    @Test func lineEndsAreCountedEightBytesAtATime() {
        let text = Array("ab\ncd\r\n\n\r12345678\n\n\n\n\n\n\n\nx\r".utf8)
        let count = text.withUnsafeBufferPointer { CSVScanner.lineEnds($0, from: 0, to: $0.count) }
        #expect(count == text.filter { $0 == 0x0A || $0 == 0x0D }.count)
        #expect(count == 14)
    }
}

/// The records and lines of one part, as a test collects them.
struct PartRecords: Sendable {
    var records: [[String]]
    var lines: [Int]
}
