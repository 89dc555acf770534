// Times in-process rendering of a graph folder to SVG, so it can be set beside `dot -Tsvg` on
// the very same DOT text.
//
//   swift run -c release RenderTiming Graphs/german-soviet-1918-1941 20 /tmp/bundled.dot
//   time (for i in $(seq 20); do dot -Ksfdp -Tsvg /tmp/bundled.dot > /dev/null; done)
//
// Arguments: graph folder, repetitions, where to write the DOT, and optionally an engine
// (default: the one RenderOptions.suggested picks for the graph's size).
import Foundation
import GraphvizRenderer
import RelationGraph

let arguments = CommandLine.arguments
guard arguments.count >= 4, let repetitions = Int(arguments[2]), repetitions > 0 else {
    FileHandle.standardError.write(Data("usage: RenderTiming GRAPH-FOLDER REPETITIONS DOT-OUT [ENGINE]\n".utf8))
    exit(64)
}
let graph = try GraphFolder.load(from: URL(fileURLWithPath: arguments[1]))
var options = RenderOptions.suggested(entityCount: graph.entities.count, relationCount: graph.relations.count)
if arguments.count > 4 {
    guard let engine = LayoutEngine(rawValue: arguments[4]) else {
        FileHandle.standardError.write(Data("unknown engine \(arguments[4])\n".utf8))
        exit(64)
    }
    options.engine = engine
}
let document = DiagramBuilder.document(for: graph, options: options)
let dot = document.dotSource()
try dot.write(toFile: arguments[3], atomically: true, encoding: .utf8)

func milliseconds(_ body: () throws -> Data) rethrows -> (Double, Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let bytes = try body().count
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, bytes)
}

// One untimed render loads the plugins and fills caches, as a long-running process would have.
_ = try DiagramRenderer.render(document, format: .svg)
var fromText: [Double] = [], fromDocument: [Double] = []
var size = 0
for _ in 0..<repetitions {
    let (a, bytes) = try milliseconds { try DiagramRenderer.render(dot: dot, engine: options.engine, format: .svg) }
    let (b, _) = try milliseconds { try DiagramRenderer.render(document, format: .svg) }
    fromText.append(a)
    fromDocument.append(b)
    size = bytes
}
func summary(_ values: [Double]) -> String {
    let sorted = values.sorted()
    let mean = values.reduce(0, +) / Double(values.count)
    return String(format: "median %.1f ms, mean %.1f ms, min %.1f ms", sorted[sorted.count / 2], mean, sorted[0])
}
print("graph: \(graph.entities.count) entities, \(graph.relations.count) relations; engine \(options.engine.rawValue); SVG \(size) bytes; \(repetitions) renders each")
print("in process, parsing the DOT text:  \(summary(fromText))")
print("in process, built through cgraph:  \(summary(fromDocument))")
