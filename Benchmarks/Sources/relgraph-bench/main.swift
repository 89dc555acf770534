// A timing worker for Benchmarks/run.py: loads one edge list, then times commands read from
// stdin, one per line, answering each with one JSON line on stdout.
//
//   relgraph-bench PATH [--directed]
//   > {"ready": true, "n": 10000, "m": 49975, "load_s": 0.012}
//   < betweenness 0            (0 = every source; otherwise "ALGO K s1,s2,...,sK")
//   > {"wall_s": 3.1, "cpu_s": 6.0, "check": 123.4}
//
// Algorithms: betweenness, betweenness-1t (one thread), closeness, closeness-1t, pagerank,
// pagerank-tight (L1 change < n * 1e-12 instead of n * 1e-6), betweenness-weighted(-1t) (third
// column = integer edge length), edge-betweenness(-1t), harmonic(-1t),
// betweenness-approx-EPS (KADABRA, delta 0.1, seed 1) and betweenness-normalized (exact).
// A fourth field PATH after the sources ("-" for none) asks for the normalized scores, one line
// per vertex, written there (for the error of approximations).
// Only the algorithm is timed; loading is reported separately. "peak_rss" is the process's peak
// resident set during the command (Linux: reset through /proc/self/clear_refs first).
import Foundation
import GraphAlgorithms

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("relgraph-bench: \(message)\n".utf8))
    exit(2)
}

/// Reads `source<TAB>target[...]` lines of non-negative integer ids; vertices are 0...max id,
/// as igraph's Read_Edgelist makes them.
func loadEdgeList(_ path: String, directed: Bool) -> CSRGraph {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    var edges: [(Int, Int)] = []
    var weights: [Double] = []
    edges.reserveCapacity(data.count / 10)
    var maxID = -1
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
        var i = 0
        let count = bytes.count
        func number() -> Int? {
            while i < count, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
            var value = 0, digits = 0
            while i < count, bytes[i] >= 48, bytes[i] <= 57 { value = value * 10 + Int(bytes[i] - 48); i += 1; digits += 1 }
            return digits > 0 ? value : nil
        }
        while i < count {
            if let a = number(), let b = number() {
                edges.append((a, b))
                maxID = max(maxID, a, b)
                // An optional integer third column is the edge's length.
                if let w = number() { weights.append(Double(w)) }
            }
            while i < count, bytes[i] != 10 { i += 1 }
            i += 1
        }
    }
    do {
        return try CSRGraph(vertexCount: maxID + 1, edges: edges, weights: weights.count == edges.count ? weights : nil,
                            directed: directed, parallel: .mergeMinimumWeight)
    } catch {
        fail("\(path): \(error)")
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail("usage: relgraph-bench EDGE-LIST [--directed]") }
let directed = arguments.contains("--directed")
// Median of three loads, like the Python workers.
var loadTimes: [Double] = []
var loaded: CSRGraph?
for _ in 0..<3 {
    let loadStart = now()
    loaded = loadEdgeList(arguments[1], directed: directed)
    loadTimes.append(now() - loadStart)
}
let graph = loaded!
let loadSeconds = loadTimes.sorted()[1]

func reply(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}

reply(["ready": true, "n": graph.vertexCount, "m": graph.edgeCount, "load_s": loadSeconds, "peak_rss": peakRSS()])

/// VmHWM from /proc/self/status, in bytes (0 where unavailable).
func peakRSS() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb * 1024
}

/// Starts a new peak-RSS window (Linux 4.0+: writing 5 to clear_refs resets VmHWM).
func resetPeakRSS() {
    if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}

func writeScores(_ scores: [Double], to path: String?) {
    guard let path, path != "-" else { return }
    let text = scores.map { String($0) }.joined(separator: "\n") + "\n"
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}

while let line = readLine() {
    let parts = line.split(separator: " ")
    guard parts.count >= 2, let k = Int(parts[1]) else { if line == "quit" { break }; fail("bad command \(line)") }
    let sources: [Int]? = k == 0 ? nil : parts[2].split(separator: ",").map { Int($0)! }
    let scorePath = parts.count > (k == 0 ? 2 : 3) ? String(parts[k == 0 ? 2 : 3]) : nil
    resetPeakRSS()
    let wall0 = now(), cpu0 = cpuNow()
    var check = 0.0
    var extra: [String: Any] = [:]
    let algorithm = String(parts[0])
    if algorithm.hasPrefix("betweenness-approx-"), let epsilon = Double(algorithm.dropFirst("betweenness-approx-".count)) {
        do {
            let estimate = try graph.approximateBetweenness(epsilon: epsilon, delta: 0.1, seed: 1)
            check = estimate.scores.reduce(0, +)
            extra = ["samples": estimate.samples + estimate.calibrationSamples, "vd_bound": estimate.vertexDiameterBound]
            let wall = now() - wall0, cpu = cpuNow() - cpu0
            writeScores(estimate.scores, to: scorePath)
            reply(["wall_s": wall, "cpu_s": cpu, "check": check, "peak_rss": peakRSS()].merging(extra) { a, _ in a })
        } catch { fail("\(error)") }
        continue
    }
    do {
        switch algorithm {
        case "betweenness-normalized":
            let scores = try graph.betweennessCentrality(normalized: true)
            check = scores.reduce(0, +)
            writeScores(scores, to: scorePath)
        case "edge-betweenness", "edge-betweenness-1t":
            let scores = try graph.edgeBetweennessCentrality(
                normalized: false, sources: sources.map { .vertices($0) } ?? .all,
                concurrent: parts[0] == "edge-betweenness")
            check = scores.filter(\.isFinite).reduce(0, +)
        case "harmonic", "harmonic-1t":
            let scores = try graph.harmonicCentrality(of: sources, concurrent: parts[0] == "harmonic")
            check = scores.filter(\.isFinite).reduce(0, +)
        case "betweenness", "betweenness-1t":
            let scores = try graph.betweennessCentrality(
                normalized: false, sources: sources.map { .vertices($0) } ?? .all,
                concurrent: parts[0] == "betweenness")
            check = scores.filter(\.isFinite).reduce(0, +)
        case "betweenness-weighted", "betweenness-weighted-1t":
            let scores = try graph.betweennessCentrality(
                normalized: false, weighted: true, sources: sources.map { .vertices($0) } ?? .all,
                concurrent: parts[0] == "betweenness-weighted")
            check = scores.filter(\.isFinite).reduce(0, +)
        case "closeness", "closeness-1t":
            let scores = try graph.closenessCentrality(of: sources, concurrent: parts[0] == "closeness")
            check = scores.filter(\.isFinite).reduce(0, +)
        case "pagerank":
            let scores = (try? graph.pageRank(alpha: 0.85)) ?? []
            check = scores.filter(\.isFinite).reduce(0, +)
        case "pagerank-tight":
            let scores = (try? graph.pageRank(alpha: 0.85, tolerance: 1e-12, maxIterations: 10_000)) ?? []
            check = scores.filter(\.isFinite).reduce(0, +)
        default:
            fail("unknown algorithm \(parts[0])")
        }
    } catch {
        fail("\(error)")
    }
    reply(["wall_s": now() - wall0, "cpu_s": cpuNow() - cpu0, "check": check, "peak_rss": peakRSS()])
}
