/// Paths told in words: each hop as a sentence in its own reading direction, with its dates and
/// numbered citations, then the cited sources by title and place.
///
/// ```text
/// Vyacheslav Molotov to Joachim von Ribbentrop: 2 hops
///   1. Vyacheslav Molotov signed Molotov-Ribbentrop Pact (1939-08-23) [1]
///   2. Molotov-Ribbentrop Pact was signed by Joachim von Ribbentrop (1939-08-23) [1]
///
/// Sources:
///   [1] Sowing the Wind (Jane Doe, 2016), line 12
/// ```
///
/// A hop walked against its relation reads the schema's inverse wording; an inverse of the form
/// "signed by" is given its verb ("was signed by") so the sentence reads as English.
public struct PathExplanation: Sendable {
    /// The graph whose names, schema and sources the explanation reads.
    public let graph: Graph
    private var numbering = CitationNumbering()

    /// An explanation with no citations numbered yet.
    public init(graph: Graph) {
        self.graph = graph
    }

    /// The wording of a hop: the predicate's phrase forwards, its inverse backwards.
    public func wording(of hop: PathHop) -> String {
        let predicate = graph.schema.predicate(named: hop.predicate) ?? Predicate(name: hop.predicate)
        guard hop.reversed, !predicate.isSymmetric else { return predicate.phrase }
        let inverse = predicate.inverse
        let firstWord = inverse.split(separator: " ").first.map(String.init) ?? ""
        let auxiliaries: Set<String> = ["was", "were", "is", "are", "had", "has", "have"]
        if inverse.hasSuffix(" by") && !auxiliaries.contains(firstWord) { return "was " + inverse }
        return inverse
    }

    private func name(_ id: String) -> String { graph.entity(withID: id)?.name ?? id }

    /// The dates of a relation for a reader: an instant with only a start shows its date
    /// (`1939-08-23`), anything else its span (`1922..1933`, `1917, end unknown`, `c. 1923..`);
    /// `nil` when undated.
    public static func dates(_ span: TimeSpan, shape: Predicate.TimeShape) -> String? {
        if span.isUnknown { return nil }
        if shape == .instant, let start = span.start, span.end == nil { return start.displayText }
        return span.description
    }

    private func shape(of predicate: String) -> Predicate.TimeShape {
        graph.schema.predicate(named: predicate)?.timeShape ?? .state
    }

    /// One hop as a sentence, with dates and citation marks (numbered in order of first use).
    /// A disputed fact gets no dates here: ``evidenceLines(for:indent:)`` lists every claim.
    public mutating func sentence(for hop: PathHop) -> String {
        var text = "\(name(hop.from.id)) \(wording(of: hop)) \(name(hop.to.id))"
        let span = TimeSpan(start: hop.start, end: hop.end, openEnd: hop.openEnd)
        if !hop.evidence.disputed, let dates = Self.dates(span, shape: shape(of: hop.predicate)) { text += " (\(dates))" }
        let cited = hop.evidence.claims.isEmpty ? hop.sources : hop.evidence.claims.flatMap(\.sources)
        let marks = numbering.marks(for: cited)
        if !marks.isEmpty { text += " " + marks }
        return text
    }

    /// The evidence under a hop: its note, its extra columns, and for a fact with several claims
    /// every claim with its dates and citations ("disputed: 1923 per Ambitious for War, line 12;
    /// 1924 per Sowing the Wind, line 30").
    public func evidenceLines(for hop: PathHop, indent: String) -> [String] {
        Self.evidenceLines(hop.evidence, predicate: hop.predicate, graph: graph, indent: indent)
    }

    /// The evidence lines of any relation's evidence (shared by paths, neighbours, common
    /// neighbours and entity cards).
    public static func evidenceLines(
        _ evidence: RelationEvidence, predicate: String, graph: Graph, indent: String
    ) -> [String] {
        var out: [String] = []
        if let note = evidence.note, evidence.claims.isEmpty { out.append("\(indent)note: \(note)") }
        for (key, value) in evidence.attributes.sorted(by: { $0.key < $1.key }) { out.append("\(indent)\(key): \(value)") }
        if !evidence.claims.isEmpty {
            let shape = graph.schema.predicate(named: predicate)?.timeShape ?? .state
            let claims = evidence.claims.map { claim -> String in
                let relation = graph.relations[claim.relationIndex]
                let dates = dates(relation.span, shape: shape) ?? "undated"
                let cited = claim.sources.isEmpty ? "no source" : claim.sources.map { CitationNumbering.describe($0, in: graph) }.joined(separator: ", ")
                return "\(dates) per \(cited)" + (claim.note.map { " (\($0))" } ?? "")
            }
            out.append("\(indent)\(evidence.disputed ? "disputed" : "claims"): " + claims.joined(separator: "; "))
        }
        return out
    }

    /// A path as numbered hop sentences, each line indented by `indent`, each hop's evidence
    /// under it.
    public mutating func lines(for path: FoundPath, indent: String = "  ") -> [String] {
        var out: [String] = []
        for (i, hop) in path.hops.enumerated() {
            out.append("\(indent)\(i + 1). " + sentence(for: hop))
            out += evidenceLines(for: hop, indent: indent + "     ")
        }
        return out
    }

    /// The sources cited so far, one `[n] title (author, date), place` line each.
    public var references: [String] { numbering.references(in: graph) }

    private static func hops(_ n: Int) -> String { n == 1 ? "1 hop" : "\(n) hops" }

    private static func weightText(_ w: Double) -> String {
        w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : String(w)
    }

    /// Describes a path's size: "3 hops" or "3 hops, weight 4.5".
    public static func size(of path: FoundPath, weighted: Bool) -> String {
        weighted ? "\(hops(path.length)), weight \(weightText(path.weight))" : hops(path.length)
    }

    /// The option that sets a filter, as a user typed it.
    public static func optionName(_ c: RelationFilter.Constraint) -> String {
        c == .time ? "--at/--during" : "--" + c.rawValue
    }

    /// A path as its entity names joined by arrows: "Molotov → Pact → Ribbentrop".
    public func route(_ path: FoundPath) -> String {
        ([path.hops.first?.from].compactMap { $0 } + path.hops.map(\.to)).map { name($0.id) }.joined(separator: " → ")
    }

    /// The whole answer to `query` as text: the paths, or why there is none.
    public static func text(for result: PathResult, query: PathQuery, graph: Graph) -> String {
        var explanation = PathExplanation(graph: graph)
        let a = explanation.name(query.source.id), b = explanation.name(query.target.id)
        var out: [String] = []
        if result.paths.isEmpty {
            out.append("No path from \(a) to \(b)\(query.filters.activeConstraints.isEmpty ? "" : " with these filters").")
            if let d = result.diagnosis {
                if !d.connected {
                    out.append("\(a) and \(b) are not connected at all: no chain of relations links them.")
                } else {
                    for r in d.relaxations {
                        if let p = r.path {
                            out.append("  without \(optionName(r.drop)): \(size(of: p, weighted: query.weighted)), \(explanation.route(p))")
                        } else {
                            out.append("  without \(optionName(r.drop)) alone: still no path")
                        }
                    }
                    if !d.relaxations.isEmpty && d.culprits.isEmpty {
                        out.append("No single filter is to blame; only dropping several together finds a path.")
                    }
                    if let p = d.unfiltered {
                        out.append("Without any filter, the shortest path has \(hops(p.length)):")
                        out += explanation.lines(for: p)
                    }
                }
            }
        } else {
            let count = result.paths.count
            for (i, path) in result.paths.enumerated() {
                let title = count == 1 ? "\(a) to \(b)" : "Path \(i + 1) of \(count)\(result.truncated ? "+" : "")"
                let order = query.filters.chronological ? ", in time order" : ""
                out.append("\(title): \(size(of: path, weighted: query.weighted))\(order)")
                out += explanation.lines(for: path)
            }
            if result.truncated {
                out.append("(more paths exist: the list stops at the limit; raise --limit to see more)")
            }
        }
        let references = explanation.references
        if !references.isEmpty {
            out.append("")
            out.append("Sources:")
            out += references.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
