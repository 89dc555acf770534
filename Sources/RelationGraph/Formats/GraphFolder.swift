import Foundation

/// The native graph format: a folder of CSV tables (`entities.csv`, `relations.csv`,
/// `sources.csv`, optional `schema.csv`), read with validation that reports every problem.
///
/// ```swift
/// let graph = try GraphFolder.load(from: URL(fileURLWithPath: "Graphs/german-soviet-1918-1941"))
/// try GraphFolder.save(graph, to: URL(fileURLWithPath: "/tmp/copy"))
/// ```
///
/// Loading then saving a folder in canonical form (standard columns first in their documented
/// order, extra columns after them in name order, LF line ends) reproduces it byte for byte.
public enum GraphFolder {
    public static let entitiesFile = "entities.csv"
    public static let relationsFile = "relations.csv"
    public static let sourcesFile = "sources.csv"
    public static let schemaFile = "schema.csv"

    static let entityColumns = ["id", "kind", "name", "aliases", "start", "end", "group", "description", "sources", "layer"]
    static let relationColumns = ["subject", "predicate", "object", "start", "end", "weight", "note", "sources", "fact", "layer"]
    static let sourceColumns = ["id", "title", "author", "publisher", "date", "url", "note"]

    /// Whether `url` looks like a graph folder (a directory holding `entities.csv`).
    public static func isGraphFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: url.appendingPathComponent(entitiesFile).path)
    }

    /// Loads and validates a folder.
    ///
    /// - Parameters:
    ///   - url: the folder holding `entities.csv`, `relations.csv` and the optional tables.
    ///   - strict: also require a citation on every relation and a known source for
    ///     every citation.
    /// - Throws: ``ValidationReport`` listing every problem when any is an error.
    public static func load(from url: URL, strict: Bool = false) throws(ValidationReport) -> Graph {
        // The checks that can only warn run only where a report shows them: a valid graph's
        // warnings are not part of what `load` returns.
        let (graph, report) = validate(GraphFolderLoader(folder: url, strict: strict, warnings: false))
        guard let graph, !report.hasErrors else { throw report }
        return graph
    }

    /// Reads and validates a folder, returning the graph when it has no errors, and every
    /// diagnostic (warnings included) either way.
    public static func validate(at url: URL, strict: Bool = false) -> (graph: Graph?, report: ValidationReport) {
        validate(GraphFolderLoader(folder: url, strict: strict))
    }

    /// Runs `loader`, its diagnostics in file, line and then finding order.
    static func validate(_ loader: GraphFolderLoader) -> (graph: Graph?, report: ValidationReport) {
        var loader = loader
        let graph = loader.run()
        let sorted = loader.diagnostics.enumerated().sorted { a, b in
            let fa = GraphFolderLoader.fileOrder(a.element.file), fb = GraphFolderLoader.fileOrder(b.element.file)
            if fa != fb { return fa < fb }
            if (a.element.line ?? 0) != (b.element.line ?? 0) { return (a.element.line ?? 0) < (b.element.line ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        let report = ValidationReport(diagnostics: sorted)
        return (report.hasErrors ? nil : graph, report)
    }

    /// Writes the graph as a folder in canonical form, staged and swapped in whole
    /// (``OutputFolder``): a failure leaves an existing folder as it was.
    public static func save(_ graph: Graph, to url: URL) throws(OutputError) {
        try OutputFolder.write(texts(of: graph).map { ($0.0, Data($0.1.utf8)) }, to: url)
    }

    /// The canonical text of each file, by file name.
    public static func texts(of graph: Graph) -> [(String, String)] {
        // The layer and fact columns are written only when some row fills them.
        let entityLayers = graph.entities.contains { $0.layer != nil }
        let relationFacts = graph.relations.contains { $0.fact != nil }
        let relationLayers = graph.relations.contains { $0.layer != nil }
        let entityExtras = Set(graph.entities.flatMap(\.attributes.keys)).sorted()
        let entityHeader = entityColumns.filter { $0 != "layer" || entityLayers }
        let entities = CSVWriter.text(header: entityHeader + entityExtras, records: graph.entities.map { e in
            [e.id, e.kind.rawValue, e.name, e.aliases.joined(separator: ";"), e.span.start?.description ?? "",
             e.span.endText ?? "", e.group ?? "", e.description ?? "",
             e.citations.map(\.description).joined(separator: ";")] + (entityLayers ? [e.layer ?? ""] : []) + entityExtras.map { e.attributes[$0] ?? "" }
        })
        let relationExtras = Set(graph.relations.flatMap(\.attributes.keys)).sorted()
        let relationHeader = relationColumns.filter { ($0 != "fact" || relationFacts) && ($0 != "layer" || relationLayers) }
        let relations = CSVWriter.text(header: relationHeader + relationExtras, records: graph.relations.map { r in
            [r.subject, r.predicate, r.object, r.span.start?.description ?? "", r.span.endText ?? "",
             formatWeight(r.weight), r.note ?? "", r.citations.map(\.description).joined(separator: ";")]
                + (relationFacts ? [r.fact ?? ""] : []) + (relationLayers ? [r.layer ?? ""] : [])
                + relationExtras.map { r.attributes[$0] ?? "" }
        })
        let sourceExtras = Set(graph.sources.flatMap(\.attributes.keys)).sorted()
        let sources = CSVWriter.text(header: sourceColumns + sourceExtras, records: graph.sources.map { s in
            [s.id, s.title ?? "", s.author ?? "", s.publisher ?? "", s.date ?? "", s.url ?? "", s.note ?? ""]
                + sourceExtras.map { s.attributes[$0] ?? "" }
        })
        return [(entitiesFile, entities), (relationsFile, relations), (sourcesFile, sources),
                (schemaFile, SchemaFormat.text(graph.schema))]
    }

    /// Empty for the default weight 1, the shortest exact decimal otherwise.
    static func formatWeight(_ w: Double) -> String {
        if w == 1 { return "" }
        if w == w.rounded(), abs(w) < 1e15 { return String(Int(w)) }
        return "\(w)"
    }
}
