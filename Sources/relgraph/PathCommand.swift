import ArgumentParser
import Foundation
import GraphvizRenderer
import RelationGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find how two entities connect, each hop explained with its dates and sources.",
        discussion: """
            Paths run undirected by default (who connects to whom); --directed follows relations \
            from subject to object (relations with a symmetric predicate, such as met, both ways). \
            Filters compose. When no path exists, relgraph says which \
            filter cut it and what the shortest path is without it.

            Ties: one shortest path goes through the least-connected entities (see \
            --tie-break), then the one whose entities come first in entities.csv order wins; \
            between parallel relations, the first in relations.csv (the lightest with \
            --weighted). Lists are sorted by length (weight), then by entity order.

            --chronological finds a time-respecting path: every relation starts no earlier than \
            the one before it ("could influence have flowed from A to B?"). Relations without a \
            start date fit anywhere unless --strict-time.

            JSON (--format json): {"paths":[{"length":N,"weight":W,"hops":[{"from":ID, \
            "predicate":P,"to":ID,"reversed":BOOL,"start":DATE|null,"end":DATE|null, \
            "sources":[CITATION...]}]}], "truncated":BOOL}, plus "diagnosis" when no path is \
            found: {"connected":BOOL, "relaxations":[{"drop":FILTER, "path":PATH|null}], \
            "unfiltered":PATH|null}. A CITATION is "source-id" or "source-id:locator"; a hop \
            with "reversed":true walks its relation from object to subject.

            --most-attested ranks hops by their independent documents (the distinct sources of \
            every relation between the two entities): the weakest hop's count first, then the sum, \
            then fewer hops, then the tie rule above. --without-source SRC sets aside the relations \
            that cite SRC and nothing else and shows the answer before and after.

            Exit status: 0 a path was found, 1 none (or an entity was not found), 64 usage error.

            Example:
              $ relgraph path rathenau molotov
              Walther Rathenau to Vyacheslav Molotov: 3 hops
                1. Walther Rathenau met Georgy Chicherin (1922-04-16) [1][2]
                ...
              $ relgraph path seeckt tukhachevsky --k 3 --exclude-predicate related-to
            """)

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var ends: EntityPairArguments<PathEnds>

    @Option(help: ArgumentHelp("The k shortest simple paths (Yen's algorithm).", valueName: "n"))
    var k: Int?

    @Flag(name: .customLong("all-shortest"), help: "Every shortest path (up to --limit).")
    var allShortest = false

    @Flag(name: .customLong("all-simple"), help: "Every simple path up to --max-hops hops (default 4), shortest first (up to --limit).")
    var allSimple = false

    @Option(help: ArgumentHelp("Most paths listed by --all-shortest and --all-simple.", valueName: "n"))
    var limit = 100

    @Option(name: .customLong("tie-break"), help: ArgumentHelp(
        "How one shortest path is chosen among equally short ones: fewest-hubs or entity-order.",
        discussion: """
            fewest-hubs (default): through the least-connected entities (smallest sum of \
            log(1 + relations) over the entities in between), since hubs such as states link \
            almost everything and explain little; then entity order. entity-order: the path whose \
            entities come first in entities.csv order.
            """,
        valueName: "rule"))
    var tieBreak: PathQuery.TieBreak = .fewestHubs

    @Flag(help: "Minimise the sum of relation weights instead of the number of hops.")
    var weighted = false

    @OptionGroup var filterOptions: PathFilterOptions

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @Option(help: ArgumentHelp(
        "Also draw the path(s) in their neighbourhood to this file (.svg, .png, .pdf, .dot); each path bold in its own colour.",
        valueName: "file"))
    var render: String?

    @OptionGroup(title: "Drawing (with --render)") var printOptions: PrintOptions

    @Flag(name: .customLong("most-attested"), help: "Among the shortest paths (see --slack), the one whose weakest hop has the most independent documents.")
    var mostAttested = false

    @Option(help: ArgumentHelp("With --most-attested: also consider paths up to this many hops longer than the shortest.", valueName: "n"))
    var slack: Int?

    @Option(name: .customLong("without-source"), help: ArgumentHelp("Set aside every relation whose only evidence is this source, and say what changes.", valueName: "source-id"))
    var withoutSource: String?

    func validate() throws {
        try validateEvidenceOptions()
        let modes = [k != nil, allShortest, allSimple].filter { $0 }.count
        if modes > 1 { throw ValidationError("give at most one of --k, --all-shortest and --all-simple") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if filterOptions.chronological && (modes > 0 || weighted) {
            throw ValidationError("--chronological finds one time-respecting path by hops; it does not combine with --k, --all-shortest, --all-simple or --weighted")
        }
        if weighted && allSimple { throw ValidationError("--all-simple lists paths by hops; --weighted does not apply") }
        if render == "-" { throw ValidationError("--render takes a file: standard output carries the path") }
    }

    /// The query these arguments describe.
    func query(in graph: Graph) throws -> PathQuery {
        let (source, target) = try ends.resolve(in: graph)
        var query = PathQuery(source: source, target: target, weighted: weighted,
                              filters: try filterOptions.filters(for: graph), tieBreak: tieBreak)
        if let k { query.mode = .kShortest(k) }
        if allShortest { query.mode = .allShortest(limit: limit) }
        if allSimple { query.mode = .allSimple(limit: limit) }
        return query
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            if try runEvidence(graph: graph) { return }
            let q = try query(in: graph)
            let result: PathResult
            do {
                result = try PathFinder(graph: graph).answer(q)
            } catch {
                throw CommandFailure("\(error)", status: .usage)
            }
            switch format {
            case .text: print(PathExplanation.text(for: result, query: q, graph: graph), terminator: "")
            case .json: print(try jsonText(result))
            }
            if result.paths.isEmpty { throw ExitCode(CommandFailure.Status.notFound.rawValue) }
            if let render {
                let (entities, relations) = result.highlightedElements
                let title = "\(graph.entities[q.source.index].name) to \(graph.entities[q.target.index].name)"
                try RenderCommand.renderHighlighted(
                    graph, entities: entities, relations: relations, paths: Self.highlightedPaths(result, in: graph),
                    to: render, title: title, graphURL: try graphOptions.graphURL(), printOptions: printOptions)
                printError("drew \(result.paths.count == 1 ? "the path" : "\(result.paths.count) paths") to \(render)")
            }
        }
    }

    /// Each path in its own colour, named in the legend by its length and the entities between
    /// its ends.
    static func highlightedPaths(_ result: PathResult, in graph: Graph) -> [HighlightedPath] {
        result.paths.enumerated().map { i, path in
            let hops = path.relationIndices.count
            let between = path.entities.dropFirst().dropLast().map { graph.entities[$0.index].name }
            var label = result.paths.count == 1 ? "the path" : "path \(i + 1)"
            label += " (\(hops) hop\(hops == 1 ? "" : "s"))"
            if !between.isEmpty {
                let shown = between.prefix(3).joined(separator: ", ")
                label += " via " + shown + (between.count > 3 ? " and \(between.count - 3) more" : "")
            }
            return HighlightedPath(label: label, path: path)
        }
    }
}
