import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs each program in Examples/ and checks it does what Examples/README.md promises.
@Suite("The examples run and do what they say")
struct ExampleTests {
    static func example(_ name: String, _ arguments: [String] = [], in directory: URL) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.executable.deletingLastPathComponent().appendingPathComponent(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                stderr: String(decoding: e, as: UTF8.self))
    }

    /// A scratch folder outside the repository, so the examples must find the graph from their own location.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Counts elements by name and collects `g` titles by class in an XML document.
    final class XMLCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var nodeTitles: [String] = []
        private var inNode = false, inTitle = false, title = ""
        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            if name == "g", let cls = attributes["class"] { inNode = cls == "node" }
            if name == "title" { inTitle = true; title = "" }
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { if inTitle { title += s } }
        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false; if inNode { nodeTitles.append(title) } }
        }
        static func read(_ url: URL) throws -> XMLCounter {
            let counter = XMLCounter()
            let parser = XMLParser(data: try Data(contentsOf: url))
            parser.delegate = counter
            #expect(parser.parse())
            return counter
        }
    }

    @Test func whoConnectsExplainsTheChainWithSources() throws {
        let r = try Self.example("WhoConnects", in: Self.scratch())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Walther Rathenau to Vyacheslav Molotov: 3 hops\n"))
        #expect(r.stdout.contains("Walther Rathenau met Georgy Chicherin (1922-04-16)"))
        #expect(r.stdout.contains("Sources:\n  [1] "))
        let other = try Self.example("WhoConnects", ["seeckt", "Tukachevsky"], in: Self.scratch())
        #expect(other.stdout.hasPrefix("Hans von Seeckt to Mikhail Tukhachevsky: "))
    }

    @Test func periodBrokersRanksThreePeriods() throws {
        let r = try Self.example("PeriodBrokers", ["3"], in: Self.scratch())
        #expect(r.status == 0, "\(r.stderr)")
        let headers = r.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(headers == ["1922..1933  secret military cooperation", "1933..1939-08  the cold years", "1939-08..1941-06  the pact"])
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }.count == 9)
        // The later periods say where each entity stood before.
        #expect(r.stdout.contains("was #"))
    }

    @Test func pactNetworkIsDrawnToSVG() throws {
        let dir = try Self.scratch()
        let r = try Self.example("PactNetworkSVG", ["pact.svg"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try XMLCounter.read(dir.appendingPathComponent("pact.svg"))
        #expect(svg.nodeTitles.contains("molotov-ribbentrop-pact"))
        #expect(svg.nodeTitles.contains("secret-protocol-1939"))
        #expect(svg.nodeTitles.contains("vyacheslav-molotov"))
        // "drew N entities": every entity is a node (the legend adds its own, prefixed "legend:").
        let drawn = Int(r.stdout.split(separator: " ")[1])!
        #expect(svg.nodeTitles.filter { !$0.hasPrefix("legend:") }.count == drawn)
    }

    @Test func lipetskEgoNetworkIsExportedToGraphML() throws {
        let dir = try Self.scratch()
        let r = try Self.example("LipetskGraphML", ["lipetsk.graphml"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let graphml = try XMLCounter.read(dir.appendingPathComponent("lipetsk.graphml"))
        // "…(N entities, M relations)…": the file holds exactly those nodes and edges.
        let numbers = r.stdout.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(graphml.counts["node"] == numbers[0])
        #expect(graphml.counts["edge"] == numbers[1])
        #expect(numbers[0] > 10)
    }
}
