// Who connects two people? Finds the shortest chain of relations between them in the bundled
// German-Soviet graph and explains each hop with its dates and sources.
//
//   swift run WhoConnects                      # Walther Rathenau to Vyacheslav Molotov
//   swift run WhoConnects seeckt tukhachevsky  # any two names, ids or aliases
import Foundation
import RelationGraph

let arguments = Array(CommandLine.arguments.dropFirst())
let (from, to) = arguments.count == 2 ? (arguments[0], arguments[1]) : ("rathenau", "molotov")

do {
    let graph = try BundledGraph.load()
    let query = PathQuery(source: try graph.resolve(from), target: try graph.resolve(to))
    let result = try PathFinder(graph: graph).answer(query)
    print(PathExplanation.text(for: result, query: query, graph: graph), terminator: "")
    exit(result.paths.isEmpty ? 1 : 0)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
