// A program outside the relgraph repository that uses it as a dependency: it loads the bundled
// graph from the library's resources, finds a path, ranks by betweenness and renders the path
// highlighted, sized by betweenness, to SVG.
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

    let betweenness = try graph.centrality(CentralityOptions(measure: .betweenness))
    guard let top = betweenness.ranked(top: 1).first else { throw ConsumerFailure("empty ranking") }
    print("most between: \(graph[top.entity]?.name ?? top.entity.id) (\(betweenness.measure.rawValue) \(top.value))")

    // The path in a little context, its nodes sized by betweenness (the legend names the measure).
    let output = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "consumer.svg")
    var options = RenderOptions()
    options.sizeScores = betweenness
    let document = DiagramBuilder.highlightDocument(for: graph, path: path, options: options)
    try DiagramRenderer.write(document, format: .svg, to: output)
    print("drew the path, \(path.entities.count) entities, in its context to \(output.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}

struct ConsumerFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
