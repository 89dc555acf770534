import ArgumentParser
import Foundation
import RelationGraph

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List facts (relations), filtered and sorted: by date, subject, object or predicate.",
        discussion: """
            --other-kind and --other-group apply to the end that is not named by --subject, \
            --object or --entity, or to at least one end when none is named. --sort start orders \
            by the known start, then the possible start, undated last; ties keep relations.csv order. \
            Rows sharing a 'fact' label are one fact with several claims.

            JSON (--format json): {"count":N,"truncated":BOOL,"facts":[{"subject":ID, \
            "subjectName":NAME,"predicate":P,"phrase":TEXT,"object":ID,"objectName":NAME, \
            "start":DATE|null,"end":DATE|null,"note":TEXT|null,"citations":[CITATION...], \
            "claims":[{"start","end","note","sources"}]}]}.
            CSV (--format csv) columns: subject, subject_name, predicate, object, object_name, \
            start, end, note, citations, claims.
            Exit status: 0 facts listed, 1 none matched.

            Examples:
              $ relgraph relations --object nazi-germany --predicate ambassador-to \\
                  --sort start
              $ relgraph relations --entity molotov --other-kind agreement
            """)

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("Facts with this subject (id, name or alias).", valueName: "entity"))
    var subject: String?

    @Option(help: ArgumentHelp("Facts with this object.", valueName: "entity"))
    var object: String?

    @Option(help: ArgumentHelp("Facts with this entity at either end.", valueName: "entity"))
    var entity: String?

    @Option(name: .customLong("other-kind"), help: ArgumentHelp("Kinds of the other end (comma-separated).", valueName: "kinds"))
    var otherKind: String?

    @Option(name: .customLong("other-group"), help: ArgumentHelp("Groups of the other end (comma-separated).", valueName: "groups"))
    var otherGroup: String?

    @OptionGroup var filterOptions: RelationFilterOptions

    @Option(help: "Sort by start, end, subject, object or predicate.")
    var sort: FactListing.SortKey = .start

    @Option(help: ArgumentHelp("Most facts listed.", valueName: "n"))
    var limit: Int?

    @Option(help: "Output format: text, csv or json.")
    var format: TableFormat = .text

    func validate() throws {
        try filterOptions.requireWindowForStrictTime()
        try ListingCut.validate(limit: limit)
        if entity != nil && (subject != nil || object != nil) {
            throw ValidationError("--entity names either end; give it alone, or --subject and/or --object")
        }
        if subject != nil && object != nil && (otherKind != nil || otherGroup != nil) {
            throw ValidationError("with both --subject and --object there is no other end for --other-kind/--other-group")
        }
    }

    func run() throws {
        try reportingFailures {
            let graph = try graphOptions.load()
            var query = FactListing.Query(sort: sort, limit: limit)
            query.subject = try subject.map { try resolveEntity($0, in: graph, option: "--subject") }
            query.object = try object.map { try resolveEntity($0, in: graph, option: "--object") }
            query.entity = try entity.map { try resolveEntity($0, in: graph, option: "--entity") }
            query.filter = try filterOptions.filter(for: graph)
            query.otherEnd.kinds = try OptionParsing.kinds(otherKind, option: "--other-kind")
            query.otherEnd.groups = OptionParsing.list(otherGroup)
            let listing = try FactListing(graph: graph, query: query)
            try format.print(listing, csv: { Self.csv(listing) }, text: { Self.text(listing, graph: graph) })
            try requireFound(listing.count > 0)
        }
    }

    static func csv(_ listing: FactListing) -> String {
        CSVWriter.text(
            header: ["subject", "subject_name", "predicate", "object", "object_name", "start", "end", "note", "citations", "claims"],
            records: listing.facts.map { f in
                [f.subject, f.subjectName, f.predicate, f.object, f.objectName, f.start?.description ?? "",
                 f.end?.description ?? "", f.note ?? "", f.citations.map(\.description).joined(separator: ";"),
                 String(f.claims.count)]
            })
    }

    static func text(_ listing: FactListing, graph: Graph) -> String {
        var numbering = CitationNumbering()
        let cut = ListingCut(shown: listing.facts.count, total: listing.count)
        var out = ["\(cut.count) fact\(listing.count == 1 ? "" : "s")"]
        let width = max(10, listing.facts.map(\.dates.count).max() ?? 0)
        for f in listing.facts {
            let dates = f.dates.isEmpty ? "undated" : f.dates
            let marks = numbering.marks(for: f.citations)
            out.append("  \(dates.padding(toLength: width, withPad: " ", startingAt: 0))  \(f.subjectName) \(f.phrase) \(f.objectName)\(marks.isEmpty ? "" : " " + marks)")
            let indent = String(repeating: " ", count: width + 4)
            if let note = f.note { out.append(indent + "note: " + note) }
            if f.claims.count > 1 {
                for claim in f.claims {
                    out.append(indent + "claim: \(claim.dates.isEmpty ? "undated" : claim.dates) \(numbering.marks(for: claim.sources))")
                }
            }
        }
        if let more = cut.moreLine { out.append(more) }
        let references = numbering.references(in: graph)
        if !references.isEmpty { out += ["", "Sources:"] + references.map { "  " + $0 } }
        return out.joined(separator: "\n") + "\n"
    }
}

extension FactListing.SortKey: ExpressibleByArgument {}
