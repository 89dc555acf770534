import ArgumentParser
import Foundation
import RelationGraph

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Where the record is thin: facts resting on one document, and the years two entities are never known to be linked.",
        discussion: """
            Without entities: the relations that cite a single document, by document, and the \
            entities whose rank (--by, betweenness by default) falls most when those relations \
            are set aside (the removal of 'path --without-source', for every document at once).

            With two entities A B: the years within both lifespans (or, where a lifespan end is \
            unknown, the span of that entity's dated relations) in which no relation known to \
            hold (by its own dates) joins them directly or through one intermediary. --during \
            narrows the years.

            JSON (--format json), no entities: {"measure":M,"uncited":N,"singleSource":[{"source":ID, \
            "title":TEXT|null,"facts":[FACT...]}],"rankDrops":[{"id","name","kind","before", \
            "beforeScore","after","afterScore","drop"}]} with FACT as in 'relgraph relations'. \
            Two entities: {"a":ID,"b":ID,"from":YEAR|null,"to":YEAR|null,"basis":{"a":TEXT,"b":TEXT}, \
            "gaps":[{"from":YEAR,"to":YEAR}], "years":[{"year":YEAR,"direct":N,"via":[ID...]}]}.
            CSV (--format csv) columns, no entities: table, source, subject, predicate, object, \
            start, end, entity, before, after, drop (table is single-source or rank-drop); two \
            entities: year, direct, via.
            Exit status: 0 gaps found, 1 none.

            Examples:
              $ relgraph gaps --by betweenness
              $ relgraph gaps seeckt tukhachevsky
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Argument(help: "Two entities (id, name or alias), or none for the whole graph.")
    var entities: [String] = []

    @OptionGroup var filterOptions: RelationFilterOptions

    @Option(help: ArgumentHelp("The rank whose fall is measured: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "measure"))
    var by: CentralityMeasure = .betweenness

    @Option(help: ArgumentHelp("Entities listed by the fall of their rank.", valueName: "n"))
    var top = 10

    @Option(help: "Output format: text, csv or json.")
    var format: TableFormat = .text

    func validate() throws {
        if !(entities.isEmpty || entities.count == 2) { throw ValidationError("give two entities, or none") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if filterOptions.strictTime { throw ValidationError("gaps reads known dates already; --strict-time does not apply") }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            let filter = try filterOptions.filter(for: graph)
            if entities.count == 2 {
                let a = try resolveEntity(entities[0], in: graph), b = try resolveEntity(entities[1], in: graph)
                let gaps: PairGaps
                do { gaps = try PairGaps(graph: graph, a: a, b: b, filter: filter) } catch {
                    throw CommandFailure("\(error)", status: .usage)
                }
                try format.print(gaps, csv: {
                    CSVWriter.text(header: ["year", "direct", "via"], records: gaps.years.map {
                        [String($0.year), String($0.direct), $0.via.joined(separator: ";")]
                    })
                }, text: { Self.text(gaps, graph: graph) })
                try requireFound(!gaps.gaps.isEmpty)
                return
            }
            let gaps: EvidenceGaps
            do { gaps = try EvidenceGaps(graph: graph, filter: filter, measure: by, top: top) } catch {
                throw CommandFailure("\(by.rawValue): \(error)", status: .dataError)
            }
            try format.print(gaps, csv: { Self.csv(gaps) }, text: { Self.text(gaps, graph: graph) })
            try requireFound(!gaps.singleSource.isEmpty)
        }
    }

    static func score(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.1f", x) }

    static func text(_ gaps: EvidenceGaps, graph: Graph) -> String {
        let total = gaps.singleSource.map(\.facts.count).reduce(0, +)
        var out = ["\(total) relation\(total == 1 ? "" : "s") rest on a single document\(gaps.uncited > 0 ? " (and \(gaps.uncited) cite none)" : "")"]
        for group in gaps.singleSource {
            out.append("")
            out.append("\(group.source)\(group.title.map { " (\($0))" } ?? ""): \(group.facts.count) relation\(group.facts.count == 1 ? "" : "s")")
            for f in group.facts.prefix(5) {
                let dates = f.dates.isEmpty ? "" : " (\(f.dates))"
                out.append("  \(f.subjectName) \(f.phrase) \(f.objectName)\(dates) [\(f.citations.map(\.description).joined(separator: "; "))]")
            }
            if group.facts.count > 5 { out.append("  … and \(group.facts.count - 5) more (--format csv lists them all)") }
        }
        out.append("")
        if gaps.rankDrops.isEmpty {
            out.append("No entity's \(gaps.measure.rawValue) falls when the single-document relations are set aside.")
        } else {
            out.append("Whose \(gaps.measure.rawValue) falls most without the single-document relations:")
            for (i, d) in gaps.rankDrops.enumerated() {
                out.append("  \(i + 1). \(d.name) [\(d.kind.rawValue)]: \(score(d.beforeScore)) → \(score(d.afterScore)) (rank \(d.before) → \(d.after))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func csv(_ gaps: EvidenceGaps) -> String {
        var records: [[String]] = []
        for group in gaps.singleSource {
            for f in group.facts {
                records.append(["single-source", group.source, f.subject, f.predicate, f.object, f.start?.description ?? "",
                                f.end?.description ?? "", "", "", "", ""])
            }
        }
        for d in gaps.rankDrops {
            records.append(["rank-drop", "", "", "", "", "", "", d.id, String(d.beforeScore), String(d.afterScore), String(d.drop)])
        }
        return CSVWriter.text(header: ["table", "source", "subject", "predicate", "object", "start", "end", "entity", "before", "after", "drop"],
                              records: records)
    }

    static func text(_ gaps: PairGaps, graph: Graph) -> String {
        let na = graph.entity(withID: gaps.a)?.name ?? gaps.a, nb = graph.entity(withID: gaps.b)?.name ?? gaps.b
        guard let from = gaps.from, let to = gaps.to, from <= to else {
            return "\(na) and \(nb): no years to examine (their lifespans do not overlap, or neither has dates: \(gaps.basis["a"] ?? "") / \(gaps.basis["b"] ?? "")).\n"
        }
        let silent = gaps.gaps.map { $0.to - $0.from + 1 }.reduce(0, +)
        var out = ["\(na) and \(nb), \(from)..\(to) (years from: \(gaps.basis["a"] ?? "?") / \(gaps.basis["b"] ?? "?")): \(silent) of \(to - from + 1) years with no link known to hold"]
        if !gaps.gaps.isEmpty {
            out.append("  silent: " + gaps.gaps.map { $0.from == $0.to ? "\($0.from)" : "\($0.from)..\($0.to)" }.joined(separator: ", "))
        }
        var covered: [String] = []
        for y in gaps.years where y.direct > 0 || !y.via.isEmpty {
            let names = y.via.prefix(3).map { graph.entity(withID: $0)?.name ?? $0 }
            let via = y.via.isEmpty ? "" : "via \(names.joined(separator: ", "))\(y.via.count > 3 ? " +\(y.via.count - 3)" : "")"
            let direct = y.direct > 0 ? "\(y.direct) direct" : ""
            covered.append("  \(y.year): " + [direct, via].filter { !$0.isEmpty }.joined(separator: "; "))
        }
        if !covered.isEmpty { out += ["  known links:"] + covered.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }
}
