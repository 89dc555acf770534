import Foundation

/// The validating reader behind ``GraphFolder``: collects every problem instead of stopping.
///
/// `entities.csv` and `relations.csv` are read in parts on all cores (``EntityRows``,
/// ``RelationRows``); the parts' problems are merged in file order, so the report is the same
/// however the files were split.
struct GraphFolderLoader {
    let folder: URL
    let strict: Bool
    /// How many parts to read the large tables in; `nil` for one per core (tests pin it).
    let parts: Int?
    /// Whether to run the checks that can only warn (``GraphFolder/load(from:strict:)`` drops
    /// the warnings of a valid graph, so it skips them).
    let warnings: Bool
    var diagnostics: [Diagnostic] = []
    /// Did-you-mean suggestions are computed for at most this many unknown names in one
    /// validation; every problem is still reported, the rest without a suggestion.
    static let maximumSuggestions = 1000
    var suggestionsLeft = maximumSuggestions
    /// Known names, indexed when the first unknown one needs a suggestion.
    var sourceIndex: SuggestionIndex?
    var idIndex: SuggestionIndex?
    var predicateIndex: SuggestionIndex?
    var sourceIDs: [String] = []
    var declaredIDs: [String] = []
    var predicateNames: [String] = []

    init(folder: URL, strict: Bool, parts: Int? = nil, warnings: Bool = true) {
        self.folder = folder
        self.strict = strict
        self.parts = parts
        self.warnings = warnings
    }

    /// `; did you mean 'x'?` for the known word in `index` nearest to `word`, or nothing, while
    /// the suggestion budget lasts.
    mutating func hint(for word: String, in index: inout SuggestionIndex) -> String {
        guard suggestionsLeft > 0 else { return "" }
        suggestionsLeft -= 1
        return index.nearest(to: word).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Adds a part's problem, with its hint while the budget lasts.
    mutating func add(_ pending: PendingDiagnostic, file: String) {
        var message = pending.message
        if let wanted = pending.hint, suggestionsLeft > 0 {
            switch wanted {
            case .source(let id):
                var index = sourceIndex ?? SuggestionIndex(sourceIDs)
                message += hint(for: id, in: &index)
                sourceIndex = index
            case .entityID(let id):
                var index = idIndex ?? SuggestionIndex(declaredIDs)
                message += hint(for: id, in: &index)
                idIndex = index
            case .predicate(let name):
                var index = predicateIndex ?? SuggestionIndex(predicateNames)
                message += hint(for: name, in: &index)
                predicateIndex = index
            }
        }
        diagnostics.append(Diagnostic(file: file, line: pending.line, severity: pending.severity, message: message))
    }

    static func fileOrder(_ file: String) -> Int {
        [GraphFolder.schemaFile, GraphFolder.sourcesFile, GraphFolder.entitiesFile, GraphFolder.relationsFile]
            .firstIndex(of: file) ?? 4
    }

    mutating func error(_ file: String, _ line: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, severity: .error, message: message))
    }

    mutating func warning(_ file: String, _ line: Int?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, severity: .warning, message: message))
    }

    /// Reads one table; `nil` when the file is absent or unreadable (already reported).
    mutating func table(_ name: String, required: Bool) -> CSVTable? {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { error(name, nil, "file not found in \(folder.path)") }
            return nil
        }
        do {
            let data = try Data(contentsOf: url)
            return try CSVReader.parse(data)
        } catch let parse as CSVReader.ParseError {
            error(name, parse.line, parse.message)
        } catch {
            self.error(name, nil, "cannot read: \(error.localizedDescription)")
        }
        return nil
    }

    /// What became of a table read with ``readTable(_:required:known:requiredColumns:_:)``.
    enum TableReading<T> {
        /// Absent or unreadable (already reported).
        case missing
        /// Read, but its header fails the checks (already reported).
        case badHeader
        case read(T)
    }

    /// Reads table `name` whole, checks its header and hands its records to `body`, reporting
    /// as a parse of the whole file before any check would: a malformed quote anywhere is the
    /// table's only problem.
    /// - Parameters:
    ///   - open: reads the file (another caller may do more beside it).
    ///   - body: owns the file, so that it can let the bytes go as soon as it has read them.
    mutating func readTable<T>(
        _ name: String, required: Bool, known: [String], requiredColumns: [String],
        open: (URL) throws -> CSVFile = CSVFile.init(contentsOf:),
        _ body: (consuming CSVFile, TableColumns) throws(CSVReader.ParseError) -> T
    ) -> TableReading<T> {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required { error(name, nil, "file not found in \(folder.path)") }
            return .missing
        }
        let file: CSVFile
        do {
            file = try open(url)
        } catch let parse as CSVReader.ParseError {
            error(name, parse.line, parse.message)
            return .missing
        } catch {
            self.error(name, nil, "cannot read: \(error.localizedDescription)")
            return .missing
        }
        let before = diagnostics.count
        let headerOK = checkHeader(file.header, file: name, known: known, required: requiredColumns)
        do {
            if headerOK {
                let columns = TableColumns(header: file.header, known: known)
                return .read(try body(consume file, columns))
            }
            _ = try file.scanRecords(parts: 1) { bytes, from, to, line throws(CSVReader.ParseError) in
                _ = try CSVScanner.scan(bytes, from: from, to: to, line: line) { _, _ in true }
            }
            return .badHeader
        } catch {
            diagnostics.removeSubrange(before...)
            self.error(name, error.line, error.message)
            return .missing
        }
    }

    /// Checks the header: required columns present, no duplicates, no near-miss typos.
    mutating func checkHeader(_ header: [String], file: String, known: [String], required: [String]) -> Bool {
        var ok = true
        var seen = Set<String>()
        for column in header {
            if !seen.insert(column).inserted {
                error(file, 1, "column '\(column)' appears twice"); ok = false
            }
        }
        for column in header where !known.contains(column) {
            if let near = EditDistance.nearest(to: column, in: known), !header.contains(near), column.count > 2 {
                error(file, 1, "unknown column '\(column)'; did you mean '\(near)'?"); ok = false
            }
        }
        // A file saved with another separator reads as one column holding the whole header.
        if header.count == 1, let only = header.first,
           let separator = [";", "\t", "|"].first(where: { only.contains($0) }) {
            let shown = separator == "\t" ? "tab" : "'\(separator)'"
            error(file, 1, "the header is one column, '\(only)': the file looks \(shown)-separated; " +
                  "relgraph reads comma-separated CSV (save as CSV with commas)")
            return false
        }
        for column in required where !header.contains(column) {
            error(file, 1, "missing required column '\(column)'"); ok = false
        }
        return ok
    }

    /// The number of parts for `file`.
    func partCount(_ file: CSVFile) -> Int { parts ?? file.automaticParts }

    mutating func run() -> Graph? {
        var schema = Schema.default
        if let table = table(GraphFolder.schemaFile, required: false),
           checkHeader(table.header, file: GraphFolder.schemaFile, known: SchemaFormat.columns, required: ["predicate"]) {
            switch SchemaFormat.parse(table, file: GraphFolder.schemaFile) {
            case .success(let parsed): schema = Schema.default.extended(with: parsed)
            case .failure(let report): diagnostics += report.diagnostics
            }
        }
        predicateNames = schema.predicates.map(\.name)

        let sources = readSources()
        sourceIDs = sources.map(\.id)
        let sourceTable = SourceTable(sourceIDs)
        let (entities, declared) = readEntities(sources: sourceTable)
        let relations = readRelations(declared: declared, schema: schema, sources: sourceTable,
                                      lifespans: entities.map(\.span))
        checkFacts(relations.relations, lines: relations.lines)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        do {
            let idIndex = declared.flatMap { $0.ids.count == entities.count ? $0.numbers : nil }
            let graph = try Graph(entities: entities, relations: relations.relations, subjects: relations.subjects,
                                  objects: relations.objects, times: relations.times, idIndex: idIndex, sources: sources,
                                  schema: schema)
            if warnings { checkTime(graph, lines: relations.lines) }
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            return graph
        } catch {
            self.error(GraphFolder.entitiesFile, nil, error.description)
            return nil
        }
    }

    /// The sources of `csv` in file order (`nil` for a row without an id) and their rows' problems.
    static func sourceRows(_ csv: CSVFile, _ columns: TableColumns) throws(CSVReader.ParseError)
        -> (rows: [(source: Source?, line: Int)], diagnostics: PartDiagnostics)
    {
        let parts = try csv.scanRecords(parts: 1) { bytes, from, to, line throws(CSVReader.ParseError) in
            var diagnostics = PartDiagnostics()
            var rows: [(source: Source?, line: Int)] = []
            _ = try CSVScanner.scan(bytes, from: from, to: to, line: line) { cells, line in
                let record = CSVRecord(bytes: bytes, cells: cells, line: line)
                guard record.passesChecks(columns, &diagnostics) else { return true }
                func cell(_ name: String) -> String? { record.string(columns.index(name)) }
                guard let id = cell("id") else {
                    diagnostics.error(line, "missing id")
                    rows.append((nil, line))
                    return true
                }
                rows.append((Source(id: id, title: cell("title"), author: cell("author"), publisher: cell("publisher"),
                                    date: cell("date"), url: cell("url"), note: cell("note"),
                                    attributes: record.attributes(columns)), line))
                return true
            }
            return SourceRowsPart(rows: rows, diagnostics: diagnostics)
        }
        return (parts.flatMap(\.rows), PartDiagnostics(list: parts.flatMap(\.diagnostics.list)))
    }

    mutating func readSources() -> [Source] {
        let file = GraphFolder.sourcesFile
        let reading = readTable(file, required: false, known: GraphFolder.sourceColumns, requiredColumns: ["id"],
                                Self.sourceRows)
        switch reading {
        case .missing:
            if strict { error(file, nil, "file not found; --strict needs sources for every citation") }
            return []
        case .badHeader:
            return []
        case .read(let (rows, partDiagnostics)):
            // A source's problems come in its row's order: the row's own, then a duplicate id.
            var result: [Source] = []
            var firstLine: [String: Int] = [:]
            var pending = partDiagnostics.list[...]
            for (source, line) in rows {
                while let next = pending.first, next.line <= line { add(next, file: file); pending = pending.dropFirst() }
                guard let source else { continue }
                if let first = firstLine[source.id] {
                    error(file, line, "duplicate source id '\(source.id)' (first on line \(first))"); continue
                }
                firstLine[source.id] = line
                result.append(source)
            }
            for next in pending { add(next, file: file) }
            return result
        }
    }

    /// The valid entities, and the ids declared with their kinds (nil when a row's kind is
    /// unreadable), so that one bad cell does not make every relation to that entity an error too.
    ///
    /// The declared ids are `nil` as a whole when the table or its header cannot be read: every
    /// relation would then name an "unknown" id, and those follow-on errors would bury the one
    /// that matters.
    mutating func readEntities(sources: SourceTable) -> ([Entity], EntityRows.Declared?) {
        let file = GraphFolder.entitiesFile
        let parts = self.parts
        let strict = strict
        let reading = readTable(file, required: true, known: GraphFolder.entityColumns,
                                requiredColumns: ["id", "kind", "name"]) { (csv, columns) throws(CSVReader.ParseError) in
            let reader = EntityRows(columns: columns, sources: sources, strict: strict)
            return try csv.scanRecords(parts: parts ?? csv.automaticParts) { bytes, from, to, line throws(CSVReader.ParseError) in
                try reader.read(bytes, from: from, to: to, line: line)
            }
        }
        guard case .read(let parsed) = reading else { return ([], nil) }
        let (entities, declared) = EntityRows.merge(parsed, file: file) { add($0, file: file) }
        declaredIDs = declared.ids
        return (entities, declared)
    }

    /// The valid relations with their lines and endpoints; `declared` is `nil` when
    /// entities.csv could not be read, and then subjects and objects are not checked.
    mutating func readRelations(declared: EntityRows.Declared?, schema: Schema, sources: SourceTable, lifespans: [TimeSpan])
        -> (relations: [Relation], lines: [Int32], subjects: [Int32], objects: [Int32], times: RelationTimeTable?)
    {
        let file = GraphFolder.relationsFile
        let parts = self.parts
        let strict = strict
        var ids: ByteStringTable<RelationRows.Endpoint>?
        let reading = readTable(file, required: true, known: GraphFolder.relationColumns,
                                requiredColumns: ["subject", "predicate", "object"], open: { url in
            let (file, table) = ConcurrentJobs.both({ Result { try CSVFile(contentsOf: url) } }, {
                RelationRows.endpoints(declared, lifespans: lifespans)
            })
            ids = table
            return try file.get()
        }) { (csv, columns) throws(CSVReader.ParseError) in
            let reader = RelationRows(columns: columns, sources: sources, strict: strict, declared: declared, schema: schema,
                                      ids: ids ?? RelationRows.endpoints(declared, lifespans: lifespans))
            return try reader.readAll(csv, parts: parts ?? csv.automaticParts)
        }
        guard case .read(let read) = reading else { return ([], [], [], [], nil) }
        for pending in read.diagnostics { add(pending, file: file) }
        return (read.relations, read.lines, read.subjects, read.objects, read.times)
    }

    /// Rows sharing a `fact` label must agree on subject, predicate and object.
    mutating func checkFacts(_ relations: [Relation], lines: [Int32]) {
        let file = GraphFolder.relationsFile
        var firstOfFact: [String: Int] = [:]
        for (r, relation) in relations.enumerated() {
            guard let fact = relation.fact else { continue }
            guard let f = firstOfFact[fact] else { firstOfFact[fact] = r; continue }
            let a = relations[f], first = Int(lines[f])
            if (a.subject, a.predicate, a.object) != (relation.subject, relation.predicate, relation.object) {
                error(file, Int(lines[r]), "fact '\(fact)' (first on line \(first)) joins claims about one subject, predicate and object; this row has \(relation.subject) \(relation.predicate) \(relation.object), line \(first) has \(a.subject) \(a.predicate) \(a.object)")
            }
        }
    }

    /// The checks that need the whole graph: identical rows, and dates
    /// outside the lifespans that bound them (the date wins; a warning says so).
    mutating func checkTime(_ graph: Graph, lines: [Int32]) {
        let file = GraphFolder.relationsFile
        let relations = graph.relations
        // The first relation of each hash value, then whole relations only for the rare rows
        // whose hash meets a different relation: a dictionary of every relation took more
        // memory than the graph.
        var firstOfHash: [Int: Int32] = [:]
        firstOfHash.reserveCapacity(relations.count)
        var collided: [Relation: Int] = [:]
        func firstCopy(_ r: Int) -> Int? {
            let relation = relations[r]
            let hash = relation.hashValue
            guard let f = firstOfHash[hash] else { firstOfHash[hash] = Int32(r); return nil }
            if relations[Int(f)] == relation { return Int(f) }
            if let first = collided[relation] { return first }
            collided[relation] = r
            return nil
        }
        for (r, relation) in relations.enumerated() {
            let line = Int(lines[r])
            if let first = firstCopy(r) {
                warning(file, line, "the same relation, dates and citations as line \(lines[first]); delete one, or give each its own source")
            }
            guard graph.schema.predicate(named: relation.predicate)?.isBounded ?? true else { continue }
            let (s, o) = (Int(graph.relationSubject[r]), Int(graph.relationObject[r]))
            let (a, b) = (graph.entities[s], graph.entities[o])
            func endsBefore(_ x: Entity, _ y: Entity) -> Bool {
                guard let end = x.span.end, let start = y.span.start else { return false }
                return end.possibleLastDay < start.possibleFirstDay
            }
            if relation.span.isUnknown && (endsBefore(a, b) || endsBefore(b, a)) {
                warning(file, line, "\(a.id) and \(b.id) never coexist (\(a.span); \(b.span)), so this undated relation can only fall between them; date it, or mark '\(relation.predicate)' bounded=false in schema.csv")
            }
            for entity in [a, b] {
                if let born = entity.span.start, let d = relation.span.start ?? relation.span.end,
                   d.possibleLastDay < born.possibleFirstDay {
                    warning(file, line, "\(d) is before \(entity.id) begins (\(born)); the relation's own date wins over the lifespan")
                }
                if let died = entity.span.end, let d = relation.span.end ?? relation.span.start,
                   d.possibleFirstDay > died.possibleLastDay {
                    warning(file, line, "\(d) is after \(entity.id) ends (\(died)); the relation's own date wins over the lifespan")
                }
            }
        }
    }

    static func kindList(_ kinds: Set<EntityKind>?) -> String {
        kinds.map { $0.sorted().map(\.rawValue).joined(separator: ", ") } ?? "any"
    }
}

/// The rows of a part of `sources.csv`.
struct SourceRowsPart: Sendable {
    var rows: [(source: Source?, line: Int)]
    var diagnostics: PartDiagnostics
}
