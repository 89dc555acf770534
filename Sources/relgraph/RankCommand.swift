import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationGraph

extension CentralityMeasure: ExpressibleByArgument {}

/// `text`, `json` or `csv`.
enum RankFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank entities by a centrality: who is central, who brokers, who is influential.",
        discussion: """
            Scores follow NetworkX's definitions, so they can be checked against it: degree, \
            in-degree, out-degree, betweenness (Brandes; raw counts, unordered pairs when \
            undirected, unless --normalized), closeness (Wasserman-Faust corrected), harmonic, \
            eigenvector, pagerank (alpha 0.85), katz (alpha 0.1) and core (core number). With \
            --directed, closeness and harmonic use distances *to* each entity and eigenvector and \
            katz follow incoming relations, as NetworkX does.

            The measure is computed on the whole graph, or on the relations of a period with \
            --during, and only then filtered by --kind for display, so filtering never changes \
            a score. Relations are walked both ways unless --directed. --weighted uses relation \
            weights: as lengths for betweenness, closeness and harmonic, as strengths for \
            pagerank, eigenvector and katz (as NetworkX does). Relations joining the same two \
            entities count as one link.

            Example (Zachary's karate club as an edge list; NetworkX gives the same numbers):
              $ relgraph rank --graph karate.tsv --measure betweenness --normalized --top 3
              betweenness, 34 entities
                 1. 0.437635  0  (other, 0)
                 2. 0.304075  33  (other, 33)
                 3. 0.145247  32  (other, 32)
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("The centrality: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measure"))
    var measure: CentralityMeasure = .betweenness

    @Option(name: .customLong("kind"), help: ArgumentHelp("Show only these entity kinds (comma-separated); scores are still computed on the whole graph.", valueName: "kinds"))
    var kinds: String?

    @Option(help: "How many entities to show (0 for all).")
    var top = 20

    @Flag(help: "Normalize degree and betweenness as NetworkX's default does.")
    var normalized = false

    @Flag(help: "Use relation weights (lengths for path measures, strengths for spectral ones).")
    var weighted = false

    @Flag(help: "Follow relations from subject to object only.")
    var directed = false

    @Option(help: ArgumentHelp("Only relations that may have held in this period (possible span): 1922..1933, 1939.., ..1926.", valueName: "A..B"))
    var during: String?

    @Flag(name: .customLong("strict-time"), help: "With --during or --compare, only relations known to hold then (by their own dates).")
    var strictTime = false

    @OptionGroup var layerOptions: LayerOptions

    @Option(name: .customLong("predicate"), help: ArgumentHelp("Only these predicates (comma-separated).", valueName: "predicates"))
    var predicates: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Show how ranks moved between two periods.", valueName: "A..B C..D"))
    var compare: [String] = []

    @Option(help: ArgumentHelp("Estimate betweenness from this many sampled sources.", valueName: "k"))
    var sample: Int?

    @Option(help: "Seed for --sample and --epsilon.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(
        "Approximate betweenness: every normalized score within E of the exact one, with probability 1 - D (KADABRA).",
        discussion: "Adaptive sampling of shortest paths (Borassi & Natale 2016); unweighted. The bound is on NetworkX's normalized betweenness, whatever --normalized says about the printed scale.",
        valueName: "E"))
    var epsilon: Double?

    @Option(help: ArgumentHelp("With --epsilon: the probability allowed for any score to miss by more (default 0.1).", valueName: "D"))
    var delta: Double?

    @Flag(help: "Rank linked pairs of entities by edge betweenness (relations between the same two entities pooled) and list each pair's relations.")
    var edges = false

    @Option(help: ArgumentHelp("PageRank's damping factor (default 0.85) or Katz's attenuation (default 0.1).", valueName: "a"))
    var alpha: Double?

    @Option(help: "Output format: text, json or csv.")
    var format: RankFormat = .text

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two periods, as --compare 1922..1932 1933..1941") }
        if !compare.isEmpty && during != nil { throw ValidationError("give --during or --compare, not both") }
        // One source leaves the source's own estimate undefined (NaN in NetworkX too).
        if let sample, sample < 2 { throw ValidationError("--sample must be at least 2") }
        if sample != nil && measure != .betweenness { throw ValidationError("--sample applies to betweenness only") }
        try validateApproximationAndEdges()
        if let alpha {
            guard measure == .pagerank || measure == .katz else { throw ValidationError("--alpha applies to pagerank and katz only") }
            guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must lie strictly between 0 and 1") }
        }
        _ = try kindFilter()
        for text in compare + (during.map { [$0] } ?? []) { _ = try period(text) }
    }

    func period(_ text: String) throws -> TimeSpan {
        do { return try TimeSpan(parsing: text) } catch { throw ValidationError("period '\(text)': \(error)") }
    }

    func kindFilter() throws -> Set<EntityKind>? {
        guard let kinds else { return nil }
        switch EntityKind.parseList(kinds) {
        case .success(let set): return set
        case .failure(let error): throw ValidationError("--kind: \(error)")
        }
    }

    func options(window: TimeSpan?) -> CentralityOptions {
        var options = CentralityOptions(measure: measure)
        options.directed = directed
        options.weighted = weighted
        options.normalized = normalized
        options.filter = RelationFilter(predicates: OptionParsing.list(predicates), window: window, strictTime: strictTime,
                                        includedLayers: layerOptions.layers)
        options.sampleSources = sample
        options.seed = seed
        options.epsilon = epsilon
        options.delta = delta ?? 0.1
        options.alpha = alpha
        return options
    }

    func run() throws {
        try reportingFailures {
            if let edgeList = try leanEdgeList() { return try runLean(edgeList) }
            let graph = try graphOptions.load()
            let kinds = try kindFilter()
            // Entities of a layer left out (commentators) are not ranked at all.
            let layers = RelationFilter(includedLayers: layerOptions.layers)
            let include: (Entity) -> Bool = { (kinds?.contains($0.kind) ?? true) && layers.admitsLayer($0.layer) }
            if edges {
                try printPairs(graph, window: try during.map(period), kinds: kinds)
            } else if compare.count == 2 {
                let a = try period(compare[0]), b = try period(compare[1])
                let before = try scores(graph, window: a).ranking(include: include)
                let after = try scores(graph, window: b).ranking(include: include)
                let changes = Graph.rankChanges(from: before, to: after)
                print(try Self.render(changes, measure: measure, periods: compare, top: top, format: format), terminator: "")
            } else {
                let window = try during.map(period)
                let ranking = try scores(graph, window: window).ranking(include: include)
                print(try Self.render(ranking, top: top, format: format), terminator: "")
            }
        }
    }

    func scores(_ graph: Graph, window: TimeSpan?) throws -> CentralityScores {
        let options = options(window: window)
        if epsilon != nil {
            let estimate = try approximateScores { limit, progress in
                try graph.approximateBetweenness(options, sampleLimit: limit, progress: progress)
            }
            return CentralityScores(measure: .betweenness, of: graph) { estimate[$0.index] }
        }
        return try centralityScores(vertexCount: graph.entities.count) { try graph.centrality(options, progress: $0) }
    }

    /// Runs `compute` with a progress line on a terminal for path measures, turning a failure
    /// into a message with a hint.
    func centralityScores<Scores>(
        vertexCount: Int, _ compute: (ProgressHandler?) throws -> Scores
    ) throws -> Scores {
        let pathSources = sample ?? vertexCount
        let progress = measure.usesPaths ? TerminalProgress.ifTerminal(measure.rawValue, total: pathSources) : nil
        defer { progress?.finish() }
        do {
            var handler: ProgressHandler?
            if let progress { handler = { progress.advance($0) } }
            return try compute(handler)
        } catch {
            let hint = measure == .katz ? "\nhint: Katz converges only for alpha below 1/λmax; try a smaller --alpha"
                : measure == .eigenvector && directed ? "\nhint: on a directed graph that is not strongly connected, try without --directed"
                : ""
            throw CommandFailure("\(measure.rawValue): \(error)\(hint)")
        }
    }

    /// JSON as the issue specifies: `{"measure": M, "scores": [{"id", "name", "kind", "score"}]}`.
    struct RankingJSON: Encodable {
        let measure: String
        let scores: [EntityScore]
    }

    struct ChangeJSON: Encodable {
        let measure: String
        let periods: [String]
        let changes: [Change]
        struct Change: Encodable {
            let id: String, name: String, kind: EntityKind
            let before: Int, after: Int, change: Int
            let beforeScore: Double, afterScore: Double
            enum CodingKeys: String, CodingKey {
                case id, name, kind, before, after, change
                case beforeScore = "before_score", afterScore = "after_score"
            }
        }
    }

    static func score(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.6g", x)
    }

    static func render(_ ranking: EntityRanking, top: Int, format: RankFormat) throws -> String {
        let shown = top == 0 ? ranking.scores : Array(ranking.scores.prefix(top))
        switch format {
        case .json:
            return try jsonText(RankingJSON(measure: ranking.measure.rawValue, scores: shown)) + "\n"
        case .csv:
            return CSVWriter.text(
                header: ["rank", "id", "name", "kind", "score"],
                records: shown.enumerated().map { [String($0 + 1), $1.id, $1.name, $1.kind.rawValue, String($1.score)] })
        case .text:
            var out = "\(ranking.measure.rawValue), \(ranking.scores.count) entities\n"
            let width = shown.map { score($0.score).count }.max() ?? 0
            for (i, s) in shown.enumerated() {
                out += "\(String(i + 1).leftPadded(to: 4)). \(score(s.score).leftPadded(to: width))  \(s.name)  (\(s.kind.rawValue), \(s.id))\n"
            }
            return out
        }
    }

    static func render(_ changes: [RankChange], measure: CentralityMeasure, periods: [String], top: Int, format: RankFormat) throws -> String {
        let shown = top == 0 ? changes : Array(changes.prefix(top))
        switch format {
        case .json:
            return try jsonText(ChangeJSON(measure: measure.rawValue, periods: periods, changes: shown.map {
                .init(id: $0.id, name: $0.name, kind: $0.kind, before: $0.before, after: $0.after,
                      change: $0.change, beforeScore: $0.beforeScore, afterScore: $0.afterScore)
            })) + "\n"
        case .csv:
            return CSVWriter.text(
                header: ["rank_after", "rank_before", "change", "id", "name", "kind", "score_before", "score_after"],
                records: shown.map {
                    [String($0.after), String($0.before), String($0.change), $0.id, $0.name, $0.kind.rawValue,
                     String($0.beforeScore), String($0.afterScore)]
                })
        case .text:
            var out = "\(measure.rawValue): \(periods[0]) -> \(periods[1])\n"
            for c in shown {
                let move = c.change > 0 ? "+\(c.change)" : c.change < 0 ? "\(c.change)" : "="
                out += "\(String(c.after).leftPadded(to: 4)). \(move.leftPadded(to: 4))  (was \(c.before))  "
                out += "\(c.name)  \(score(c.beforeScore)) -> \(score(c.afterScore))\n"
            }
            return out
        }
    }
}
