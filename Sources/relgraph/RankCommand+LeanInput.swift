import Foundation
import GraphAlgorithms
import RelationGraph

/// `rank` on a plain edge list without the entity and relation model: the file goes straight
/// into integer adjacency (``EdgeListAdjacency``), which is what makes million-edge lists cheap.
extension RankCommand {
    /// The edge list to rank leanly, or `nil` when the input is something else or an option
    /// needs the model (periods, predicates, kinds, pairs with their relations).
    func leanEdgeList() throws -> URL? {
        guard during == nil, compare.isEmpty, predicates == nil, !strictTime, kinds == nil, !edges else { return nil }
        let url = try graphOptions.graphURL()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        return GraphFormat.readsAsEdgeList(url) ? url : nil
    }

    /// Reads, ranks and prints the edge list at `url`; the output equals the model path's.
    func runLean(_ url: URL) throws {
        let list: EdgeListAdjacency
        do { list = try EdgeListAdjacency.read(from: url) } catch {
            throw CommandFailure(error.description, status: .dataError)
        }
        let graph = list.pooled(
            directed: directed, merge: measure.usesPaths ? .minimum : .sum, unitWeights: weighted)
        let options = options(window: nil)
        let scores: [Double]
        if epsilon != nil {
            scores = try approximateScores { limit, progress in
                try graph.approximateBetweenness(
                    epsilon: options.epsilon ?? 0, delta: options.delta, normalized: options.normalized,
                    seed: options.seed, sampleLimit: limit, progress: progress)
            }
        } else {
            scores = try centralityScores(vertexCount: list.ids.count) { try graph.centrality(options, progress: $0) }
        }
        print(try Self.render(list.ranking(measure, scores: scores), top: top, format: format), terminator: "")
    }
}

