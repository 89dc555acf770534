// The Lipetsk fighter-pilot school and everything within two steps of it, exported to GraphML
// for yEd, Gephi or NetworkX.
//
//   swift run LipetskGraphML                 # writes lipetsk.graphml
//   swift run LipetskGraphML /tmp/out.graphml
import Foundation
import RelationGraph

let output = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "lipetsk.graphml")

do {
    let graph = try BundledGraph.load()
    var selection = SubgraphSelection()
    selection.around = ["lipetsk fighter school"]
    selection.depth = 2
    let lipetsk = try selection.extract(from: graph)
    try GraphFormat.write(lipetsk, to: output, format: .graphml)
    print("wrote the Lipetsk ego network (\(lipetsk.entities.count) entities, \(lipetsk.relations.count) relations) to \(output.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
