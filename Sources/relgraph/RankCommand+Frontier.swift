import ArgumentParser
import Foundation
import GraphAlgorithms
import RelationGraph

/// `rank --epsilon` (approximate betweenness) and `rank --edges` (pairs by edge betweenness).
extension RankCommand {
    func validateApproximationAndEdges() throws {
        if let epsilon {
            if sample != nil { throw ValidationError("give --epsilon or --sample, not both") }
            if measure != .betweenness { throw ValidationError("--epsilon applies to betweenness only") }
            guard epsilon > 0, epsilon < 1 else { throw ValidationError("--epsilon must lie strictly between 0 and 1") }
            if weighted { throw ValidationError("--epsilon estimates unweighted betweenness; drop --weighted") }
            if edges { throw ValidationError("--epsilon applies to entities, not to --edges") }
        }
        if let delta {
            if epsilon == nil { throw ValidationError("--delta needs --epsilon") }
            guard delta > 0, delta < 1 else { throw ValidationError("--delta must lie strictly between 0 and 1") }
        }
        if edges {
            if measure != .betweenness { throw ValidationError("--edges ranks pairs by betweenness only; drop --measure \(measure.rawValue)") }
            if !compare.isEmpty { throw ValidationError("--edges does not take --compare") }
        }
    }

    /// KADABRA scores from `estimate` (given the sample-limit and progress callbacks), with a
    /// progress line on a terminal and the sampling's outcome as a note.
    func approximateScores(
        _ estimate: (@escaping (Int) -> Void, @escaping ProgressHandler) throws -> BetweennessEstimate
    ) throws -> [Double] {
        let display = ProgressDisplay()
        defer { display.finish() }
        do {
            let estimate = try estimate(
                { display.start(TerminalProgress.ifTerminal("betweenness samples", total: $0)) },
                { display.advance($0) })
            display.finish()
            if format == .text {
                let note = "note: KADABRA sampled \(estimate.samples) shortest paths (limit \(estimate.sampleLimit)) "
                    + "after \(estimate.calibrationSamples) for calibration: every normalized score within "
                    + "\(epsilon ?? 0) of the exact one with probability \(1 - (delta ?? 0.1))\n"
                FileHandle.standardError.write(Data(note.utf8))
            }
            return estimate.scores
        } catch {
            throw CommandFailure("betweenness: \(error)")
        }
    }

    /// `rank --edges`: pairs best first, each with its relations.
    func printPairs(_ graph: Graph, window: TimeSpan?, kinds: Set<EntityKind>?) throws {
        let options = options(window: window)
        let linked = RelationAdjacency(graph, filter: options.filter, directed: directed).csr.edgeCount
        let progress = TerminalProgress.ifTerminal("edge betweenness", total: sample ?? graph.entities.count)
        defer { progress?.finish() }
        var handler: ProgressHandler?
        if let progress { handler = { progress.advance($0) } }
        var pairs: [PairScore]
        do { pairs = try graph.pairBetweenness(options, progress: handler) } catch {
            throw CommandFailure("edge betweenness: \(error)")
        }
        progress?.finish()
        if let kinds {
            pairs = pairs.filter { pair in
                [pair.firstID, pair.secondID].contains { graph.entity(withID: $0).map { kinds.contains($0.kind) } ?? false }
            }
        }
        print(try Self.render(pairs, graph: graph, linked: linked, directed: directed, top: top, format: format), terminator: "")
    }

    struct PairJSON: Encodable {
        let measure = "edge-betweenness"
        let pairs: [Pair]
        struct Pair: Encodable {
            let first: String, second: String, firstName: String, secondName: String
            let score: Double
            let relations: [RelationJSON]
            enum CodingKeys: String, CodingKey {
                case first, second, score, relations
                case firstName = "first_name", secondName = "second_name"
            }
        }
        struct RelationJSON: Encodable {
            let subject: String, predicate: String, object: String, span: String?
        }
    }

    static func render(
        _ pairs: [PairScore], graph: Graph, linked: Int, directed: Bool, top: Int, format: RankFormat
    ) throws -> String {
        let shown = top == 0 ? pairs : Array(pairs.prefix(top))
        func span(_ r: Relation) -> String? { r.span.isUnknown ? nil : r.span.description }
        switch format {
        case .json:
            return try jsonText(PairJSON(pairs: shown.map { p in
                .init(first: p.firstID, second: p.secondID, firstName: p.firstName, secondName: p.secondName,
                      score: p.score, relations: p.relations.map {
                          let r = graph.relations[$0]
                          return .init(subject: r.subject, predicate: r.predicate, object: r.object, span: span(r))
                      })
            })) + "\n"
        case .csv:
            return CSVWriter.text(
                header: ["rank", "first", "second", "first_name", "second_name", "score", "relations"],
                records: shown.enumerated().map { i, p in
                    [String(i + 1), p.firstID, p.secondID, p.firstName, p.secondName, String(p.score),
                     p.relations.map { let r = graph.relations[$0]; return "\(r.subject) \(r.predicate) \(r.object)" }
                        .joined(separator: "; ")]
                })
        case .text:
            let link = directed ? "->" : "--"
            var out = "edge betweenness, \(linked) linked pairs\n"
            let width = shown.map { score($0.score).count }.max() ?? 0
            for (i, p) in shown.enumerated() {
                out += "\(String(i + 1).leftPadded(to: 4)). \(score(p.score).leftPadded(to: width))  "
                out += "\(p.firstName) \(link) \(p.secondName)  (\(p.relations.count) relation\(p.relations.count == 1 ? "" : "s"))\n"
                for r in p.relations.map({ graph.relations[$0] }) {
                    let when = span(r).map { "  [\($0)]" } ?? ""
                    out += "        \(r.subject) \(r.predicate) \(r.object)\(when)\n"
                }
            }
            return out
        }
    }
}

/// A progress line created once the total is known, advanced from worker threads.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: TerminalProgress?

    func start(_ progress: TerminalProgress?) {
        lock.lock(); defer { lock.unlock() }
        self.progress = progress
    }

    func advance(_ count: Int) {
        lock.lock(); let p = progress; lock.unlock()
        p?.advance(count)
    }

    func finish() {
        lock.lock(); let p = progress; progress = nil; lock.unlock()
        p?.finish()
    }
}
