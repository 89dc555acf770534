// Times relgraph's shortest-path queries on an edge-list graph and prints one JSON object.
//
//   PathsBenchmark GRAPH.tsv[.gz] PAIRS.tsv [--repeats N]
//
// Measures, each as the median of N runs (default 5):
//   load          parse the edge list and build the undirected CSR graph (at most 3 runs)
//   paths         one shortest path (vertex list) per pair, bidirectional BFS, one thread
//   distances     the hop distance per pair, one thread
//   paths_2t      the same paths through CSRGraph.shortestPaths(between:threads: 2), buffers included
// and prints a checksum (sum of path lengths, -1 per unreachable pair) to compare with the
// other libraries' answers.

import Dispatch
import Foundation
import GraphAlgorithms

func readAll(_ path: String) throws -> Data {
    if path.hasSuffix(".gz") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
    return try Data(contentsOf: URL(fileURLWithPath: path))
}

/// Non-negative integers of each line, in order (tab or space separated; other columns ignored past `columns`).
func parseIntegerColumns(_ data: Data, columns: Int) -> [[Int]] {
    var rows: [[Int]] = []
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
        var row: [Int] = []
        var value = 0, inNumber = false, skipping = false
        for byte in raw {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !skipping { value = value * 10 + Int(byte - 48); inNumber = true }
            case UInt8(ascii: "\n"):
                if inNumber && !skipping { row.append(value) }
                if !row.isEmpty { rows.append(row) }
                row = []; value = 0; inNumber = false; skipping = false
            default:
                if inNumber && !skipping {
                    row.append(value)
                    if row.count == columns { skipping = true }
                }
                value = 0; inNumber = false
            }
        }
        if inNumber && !skipping { row.append(value) }
        if !row.isEmpty { rows.append(row) }
    }
    return rows
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write("usage: PathsBenchmark GRAPH.tsv[.gz] PAIRS.tsv [--repeats N]\n".data(using: .utf8)!)
    exit(2)
}
var repeats = 5
if let i = args.firstIndex(of: "--repeats"), i + 1 < args.count, let r = Int(args[i + 1]) { repeats = r }

let graphData = try readAll(args[1])
let pairs = parseIntegerColumns(try readAll(args[2]), columns: 2).map { ($0[0], $0[1]) }

var graph: CSRGraph! = nil
var loadTimes: [Double] = []
for _ in 0..<min(repeats, 3) {
    loadTimes.append(try seconds {
        let rows = parseIntegerColumns(graphData, columns: 2)
        var n = 0
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(rows.count)
        for r in rows {
            edges.append((r[0], r[1]))
            n = max(n, r[0] + 1, r[1] + 1)
        }
        // NetworkX, igraph and NetworKit read the file as a simple graph; BA graphs have no
        // repeated edges, so keeping parallel edges changes nothing here.
        graph = try CSRGraph(vertexCount: n, edges: edges, directed: false)
    })
}

let searcher = PathSearcher(graph: graph)
var lengths = [Int](repeating: 0, count: pairs.count)
var pathTimes: [Double] = []
for _ in 0..<repeats {
    pathTimes.append(try seconds {
        for (i, (s, t)) in pairs.enumerated() {
            lengths[i] = try searcher.shortestPath(from: s, to: t)?.length ?? -1
        }
    })
}
let pathChecksum = lengths.reduce(0, +)

var distanceTimes: [Double] = []
for _ in 0..<repeats {
    distanceTimes.append(try seconds {
        for (i, (s, t)) in pairs.enumerated() {
            lengths[i] = try searcher.hopDistance(from: s, to: t) ?? -1
        }
    })
}
let distanceChecksum = lengths.reduce(0, +)

// Two threads through the library's batch call (each thread allocates its own searcher).
var twoThreadTimes: [Double] = []
var twoThreadChecksum = 0
for _ in 0..<repeats {
    var batch: [GraphPath?] = []
    twoThreadTimes.append(try seconds {
        batch = try graph.shortestPaths(between: pairs, threads: 2)
    })
    twoThreadChecksum = batch.reduce(0) { $0 + ($1?.length ?? -1) }
}

let result: [String: Any] = [
    "library": "relgraph",
    "n": graph.vertexCount,
    "m": graph.edgeCount,
    "pairs": pairs.count,
    "repeats": repeats,
    "load_s": median(loadTimes),
    "paths_s": median(pathTimes),
    "paths_runs_s": pathTimes,
    "distances_s": median(distanceTimes),
    "paths_2t_s": median(twoThreadTimes),
    "paths_checksum": pathChecksum,
    "distances_checksum": distanceChecksum,
    "paths_2t_checksum": twoThreadChecksum,
]
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
