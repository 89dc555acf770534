// One libFuzzer target for every relgraph reader, built by Fuzz/run.sh with
// `swiftc -parse-as-library -sanitize=fuzzer` (not a SwiftPM target: SwiftPM supplies its own
// `main`, and an executable holding only LLVMFuzzerTestOneInput exits at once).
//
// RELGRAPH_FUZZ_READER picks the reader: folder, graphml, gexf, json, edgelist, dot, or
// planted (a deliberate crash, which the self-test expects the fuzzer to find).
// Any thrown error is a correct answer to bad input; a trap, a crash or a hang is a finding.
import Foundation
import GraphvizRenderer
import RelationGraph

/// The reader under test, fixed for the process.
let reader = ProcessInfo.processInfo.environment["RELGRAPH_FUZZ_READER"] ?? "graphml"

/// A scratch folder for readers that read files (the CSV folder and edge lists), in memory
/// where the system offers /dev/shm.
let scratch: URL = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let url = URL(fileURLWithPath: base).appendingPathComponent("relgraph-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}()

/// The separator between the files of a CSV folder in one fuzz input.
let fileSeparator = Data("\n=====\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let data = Data(bytes: bytes, count: size)
    switch reader {
    case "graphml": _ = try? GraphML.graph(from: data)
    case "gexf": _ = try? GEXF.graph(from: data)
    case "json": _ = try? NodeLinkJSON.graph(from: data)
    case "dot":
        // As the command line reads DOT: UTF-8 checked first, then cgraph.
        if UTF8Check.firstFailure(in: data) == nil { _ = try? DOTReader.readGraph(String(decoding: data, as: UTF8.self)) }
    case "edgelist":
        // The first byte picks comma or tab separation; the rest is the file.
        let name = (data.first ?? 0) & 1 == 0 ? "edges.tsv" : "edges.csv"
        let file = scratch.appendingPathComponent(name)
        try? data.dropFirst().write(to: file)
        _ = try? EdgeListFormat.read(from: file)
    case "folder":
        // entities.csv, relations.csv, sources.csv and schema.csv, separated by "\n=====\n".
        let names = [GraphFolder.entitiesFile, GraphFolder.relationsFile, GraphFolder.sourcesFile, GraphFolder.schemaFile]
        var parts: [Data] = []
        var rest = data[...]
        while parts.count < names.count - 1, let range = rest.range(of: fileSeparator) {
            parts.append(Data(rest[rest.startIndex..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(Data(rest))
        for (index, name) in names.enumerated() {
            let file = scratch.appendingPathComponent(name)
            if index < parts.count { try? parts[index].write(to: file) } else { try? FileManager.default.removeItem(at: file) }
        }
        _ = GraphFolder.validate(at: scratch, strict: (data.last ?? 0) & 1 == 1)
    case "planted":
        if size >= 4 && bytes[0] == 0x46 && bytes[1] == 0x55 && bytes[2] == 0x5A && bytes[3] == 0x5A {
            fatalError("planted crash: the self-test expects the fuzzer to find this")
        }
    default:
        fatalError("RELGRAPH_FUZZ_READER must be folder, graphml, gexf, json, edgelist, dot or planted")
    }
    return 0
}
