// The pact years: the Molotov-Ribbentrop Pact, its secret protocol and everything directly tied to
// them by relations dated between August 1939 and June 1941, drawn to SVG by Graphviz in process.
//
//   swift run PactNetworkSVG                 # writes pact-1939-1941.svg
//   swift run PactNetworkSVG /tmp/pact.svg
import Foundation
import GraphvizRenderer
import RelationGraph

let output = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "pact-1939-1941.svg")

do {
    let graph = try BundledGraph.load()
    var selection = SubgraphSelection()
    selection.around = ["molotov-ribbentrop-pact", "secret-protocol-1939"]
    selection.filter.window = try TimeSpan(parsing: "1939-08-23..1941-06-22")
    selection.filter.strictTime = true
    selection.filter.excludedPredicates = ["related-to"]
    let pactYears = try selection.extract(from: graph)

    var options = RenderOptions.suggested(entityCount: pactYears.entities.count, relationCount: pactYears.relations.count)
    options.title = "The Molotov-Ribbentrop Pact and its secret protocol, 1939-1941"
    options.highlightedEntities = Set(selection.around.compactMap(pactYears.handle(ofID:)))
    options.dimsOthers = false
    let document = DiagramBuilder.document(for: pactYears, options: options)
    try DiagramRenderer.write(document, format: .svg, to: output)
    print("drew \(pactYears.entities.count) entities and \(pactYears.relations.count) relations to \(output.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
