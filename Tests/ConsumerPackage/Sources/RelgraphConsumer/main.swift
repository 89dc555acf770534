// A program outside the relgraph repository that uses it as a dependency: it loads the bundled
// graph from the library's resources, finds a path, ranks by betweenness and renders an SVG.
// `.ci/run` builds and runs it through Tests/ConsumerPackage/run.sh from a temporary folder.
import Foundation
import GraphvizRenderer
import RelationGraph

do {
    let graph = try BundledGraph.load(strict: true)
    let query = PathQuery(source: try graph.resolve("rathenau"), target: try graph.resolve("molotov"))
    let answer = try PathFinder(graph: graph).answer(query)
    guard let path = answer.paths.first else { throw ConsumerFailure("no path from Rathenau to Molotov") }
    print("path: \(path.hops.count) hops")

    let scores = try graph.centrality(CentralityOptions(measure: .betweenness))
    guard let top = scores.indices.max(by: { scores[$0] < scores[$1] }) else { throw ConsumerFailure("empty ranking") }
    print("most between: \(graph.entities[top].name)")

    let output = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "consumer.svg")
    let options = RenderOptions.suggested(entityCount: graph.entities.count, relationCount: graph.relations.count)
    try DiagramRenderer.write(DiagramBuilder.document(for: graph, options: options), format: .svg, to: output)
    print("drew \(graph.entities.count) entities to \(output.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}

struct ConsumerFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
