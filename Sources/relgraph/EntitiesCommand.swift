import ArgumentParser
import Foundation
import RelationGraph

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List and search entities by kind, group, name text, lifespan and degree.",
        discussion: """
            --name matches a folded substring (case and accents ignored) of the name, an alias or \
            the id. --alive-during keeps entities whose lifespan overlaps the window; an unknown \
            lifespan overlaps every window unless --strict-time. The degree counts the entity's \
            relations (those --include-layer admits).

            JSON (--format json): {"count":N,"truncated":BOOL,"entities":[{"id":ID,"name":NAME, \
            "kind":KIND,"group":GROUP|null,"start":DATE|null,"end":DATE|null, "aliases":[NAME...], \
            "degree":N}]}.
            CSV (--format csv) columns: id, name, kind, group, start, end, degree, aliases.
            Exit status: 0 entities listed, 1 none matched.

            Examples:
              $ relgraph entities --kind person --group soviet-union --alive-during 1922..1925
              $ relgraph entities --name lipetsk
              $ relgraph entities --kind organization --sort degree --limit 10
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Kinds (comma-separated).", valueName: "kinds"))
    var kind: String?

    @Option(help: ArgumentHelp("Groups (comma-separated).", valueName: "groups"))
    var group: String?

    @Option(help: ArgumentHelp("Text in the name, an alias or the id (case and accents ignored).", valueName: "text"))
    var name: String?

    @Option(name: .customLong("alive-during"), help: ArgumentHelp("Lifespan overlaps this window: 1922..1933, 1939.., 1926.", valueName: "A..B"))
    var aliveDuring: String?

    @Flag(name: .customLong("strict-time"), help: "With --alive-during: leave out entities whose lifespan is unknown.")
    var strictTime = false

    @Option(name: .customLong("min-degree"), help: ArgumentHelp("At least this many relations.", valueName: "n"))
    var minDegree = 0

    @Option(name: .customLong("include-layer"), help: ArgumentHelp("Also list entities of this layer (e.g. historiography); repeatable.", valueName: "layer"))
    var includeLayer: [String] = []

    @Option(help: "Sort by name, start, end or degree (most first).")
    var sort: EntityListing.SortKey = .name

    @Option(help: ArgumentHelp("Most entities listed.", valueName: "n"))
    var limit: Int?

    @Option(help: "Output format: text, csv or json.")
    var format: TableFormat = .text

    func validate() throws {
        if strictTime && aliveDuring == nil { throw ValidationError("--strict-time needs --alive-during") }
        if minDegree < 0 { throw ValidationError("--min-degree must be at least 0") }
        try ListingCut.validate(limit: limit)
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            var query = EntityListing.Query(nameContains: name, strictTime: strictTime, minimumDegree: minDegree,
                                            sort: sort, limit: limit)
            query.filter.kinds = try OptionParsing.kinds(kind, option: "--kind")
            query.filter.groups = OptionParsing.list(group)
            query.filter.includedLayers = Set(includeLayer)
            if let aliveDuring {
                do { query.aliveDuring = try TimeSpan(parsing: aliveDuring) } catch {
                    throw CommandFailure("--alive-during: \(error)", status: .usage)
                }
            }
            let listing = EntityListing(graph: graph, query: query)
            try format.print(listing, csv: { Self.csv(listing) }, text: { Self.text(listing) })
            try requireFound(listing.count > 0)
        }
    }

    static func csv(_ listing: EntityListing) -> String {
        CSVWriter.text(
            header: ["id", "name", "kind", "group", "start", "end", "degree", "aliases"],
            records: listing.entities.map { e in
                [e.id, e.name, e.kind.rawValue, e.group ?? "", e.start?.description ?? "", e.end?.description ?? "",
                 String(e.degree), e.aliases.joined(separator: ";")]
            })
    }

    static func text(_ listing: EntityListing) -> String {
        let cut = ListingCut(shown: listing.entities.count, total: listing.count)
        var out = ["\(cut.count) entit\(listing.count == 1 ? "y" : "ies")"]
        for e in listing.entities {
            let span = TimeSpan(start: e.start, end: e.end).description
            var line = "  \(e.name) (\(e.id)) [\(e.kind.rawValue)\(e.group.map { ", \($0)" } ?? "")]"
            if !span.isEmpty { line += " \(span)" }
            line += ", \(e.degree) relation\(e.degree == 1 ? "" : "s")"
            out.append(line)
        }
        if let more = cut.moreLine { out.append(more) }
        return out.joined(separator: "\n") + "\n"
    }
}

extension EntityListing.SortKey: ExpressibleByArgument {}
