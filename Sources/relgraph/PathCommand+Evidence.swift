import ArgumentParser
import Foundation
import RelationGraph

/// `path --most-attested` and `path --without-source`: how well a connection is attested and
/// whether it survives without one document.
extension PathCommand {
    /// Fails on combinations the evidence modes do not take.
    func validateEvidenceOptions() throws {
        if slack != nil && !mostAttested { throw ValidationError("--slack is for --most-attested") }
        if let slack, slack < 0 { throw ValidationError("--slack must be at least 0") }
        guard mostAttested || withoutSource != nil else { return }
        if mostAttested && withoutSource != nil { throw ValidationError("give --most-attested or --without-source, not both") }
        if mostAttested && (k != nil || allShortest || allSimple || weighted || filterOptions.chronological || render != nil) {
            throw ValidationError("--most-attested picks one path by hops; it does not combine with --k, --all-shortest, --all-simple, --weighted, --chronological or --render")
        }
        if withoutSource != nil && render != nil { throw ValidationError("--without-source does not combine with --render") }
    }

    /// Runs an evidence mode; false when none was asked for.
    func runEvidence(graph: Graph) throws -> Bool {
        if mostAttested {
            try runMostAttested(graph: graph)
            return true
        }
        if let withoutSource {
            try runWithoutSource(withoutSource, graph: graph)
            return true
        }
        return false
    }

    func runMostAttested(graph: Graph) throws {
        let q = try query(in: graph)
        let found: AttestedPath
        do { found = try AttestedPath(graph: graph, from: q.source, to: q.target, filters: q.filters, slack: slack ?? 0) } catch {
            throw CommandFailure("\(error)", status: .usage)
        }
        switch format {
        case .json: print(try jsonText(found))
        case .text: print(Self.text(found, from: q.source.index, to: q.target.index, graph: graph), terminator: "")
        }
        if found.path == nil { throw ExitCode(CommandFailure.Status.notFound.rawValue) }
    }

    static func documents(_ n: Int) -> String { n == 1 ? "1 document" : "\(n) documents" }

    static func text(_ found: AttestedPath, from a: Int, to b: Int, graph: Graph) -> String {
        let na = graph.entities[a].name, nb = graph.entities[b].name
        guard let route = found.path, let shortest = found.shortest else {
            return "No path from \(na) to \(nb) with these filters.\n"
        }
        var explanation = PathExplanation(graph: graph)
        let lengths = route.length == shortest ? "the shortest" : "\(route.length - shortest) hop\(route.length - shortest == 1 ? "" : "s") longer than the shortest"
        var out = ["\(na) to \(nb): \(route.length) hop\(route.length == 1 ? "" : "s") (\(lengths)), best attested: weakest hop \(documents(route.weakest)), \(route.documents) in all"]
        for (i, hop) in route.hops.enumerated() {
            guard let first = hop.relations.first else { continue }
            out.append("  \(i + 1). \(explanation.sentence(for: first)) (\(documents(hop.documents.count)): \(hop.documents.joined(separator: ", ")))")
            for other in hop.relations.dropFirst() { out.append("     also: " + explanation.sentence(for: other)) }
        }
        var footer = "(compared \(found.candidates) path\(found.candidates == 1 ? "" : "s")"
        if let usual = found.defaultPathWeakest { footer += "; the default path's weakest hop has \(documents(usual))" }
        out.append(footer + ")")
        if found.truncated { out.append("(the comparison stopped at its limit of candidate paths; the answer is the best of those)") }
        let references = explanation.references
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }

    /// `path --without-source`'s JSON: the removal and the answer before and after.
    struct WithoutSourceAnswer: Encodable {
        let source: String
        /// Relations resting on the source alone, in the whole graph.
        let dropped: Int
        /// Hops of the usual path that rested on the source alone.
        let droppedOnPath: [PathHop]
        let changed: Bool
        let before: PathResult
        let after: PathResult
    }

    func runWithoutSource(_ source: String, graph: Graph) throws {
        guard graph.source(withID: source) != nil else {
            throw CommandFailure("--without-source: no source '\(source)' (sources: \(graph.sources.map(\.id).joined(separator: ", ")))", status: .usage)
        }
        let q = try query(in: graph)
        let removal = SourceRemoval(graph: graph, droppingOnly: source)
        let before: PathResult, after: PathResult
        do {
            before = try PathFinder(graph: graph).answer(q)
            after = try PathFinder(graph: removal.graph).answer(q)
        } catch {
            throw CommandFailure("\(error)", status: .usage)
        }
        let droppedSet = Set(removal.dropped)
        let onPath = before.paths.flatMap(\.hops).filter { droppedSet.contains($0.relationIndex) }
        // The reduced graph numbers its relations anew; compare routes by the original relations.
        let changed = before.paths.map(\.relationIndices)
            != after.paths.map { $0.relationIndices.map { removal.originalIndex[$0] } }
        let answer = WithoutSourceAnswer(source: source, dropped: removal.dropped.count, droppedOnPath: onPath,
                                         changed: changed, before: before, after: after)
        switch format {
        case .json: print(try jsonText(answer))
        case .text: print(Self.text(answer, query: q, graph: graph, reduced: removal.graph), terminator: "")
        }
        if after.paths.isEmpty { throw ExitCode(CommandFailure.Status.notFound.rawValue) }
    }

    static func text(_ answer: WithoutSourceAnswer, query: PathQuery, graph: Graph, reduced: Graph) -> String {
        var explanation = PathExplanation(graph: graph)
        let title = graph.source(withID: answer.source)?.title ?? answer.source
        var out = ["Without \(answer.source) (\(title)): \(answer.dropped) relation\(answer.dropped == 1 ? "" : "s") rest on it alone and are set aside."]
        if !answer.changed {
            out.append("The answer does not change: no hop of it rests on \(answer.source) alone.")
        } else if answer.droppedOnPath.isEmpty {
            out.append("The answer changes (another route is now preferred).")
        } else {
            out.append("The answer changes: \(answer.droppedOnPath.count) hop\(answer.droppedOnPath.count == 1 ? "" : "s") rested on it alone:")
            out += answer.droppedOnPath.map { "  " + explanation.sentence(for: $0) }
        }
        if answer.changed {
            for path in answer.before.paths {
                out += ["", "Before: " + PathExplanation.size(of: path, weighted: query.weighted)]
                out += explanation.lines(for: path)
            }
        }
        if answer.after.paths.isEmpty {
            // No path: the usual explanation of why, told on the reduced graph.
            out += ["", "Without \(answer.source):", PathExplanation.text(for: answer.after, query: query, graph: reduced)
                .trimmingCharacters(in: .newlines)]
        }
        for path in answer.after.paths {
            out += ["", "Without \(answer.source): " + PathExplanation.size(of: path, weighted: query.weighted)]
            // Hops carry their ids and citations, so the original graph's names and numbering serve.
            out += explanation.lines(for: path)
        }
        let references = explanation.references
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }
}
