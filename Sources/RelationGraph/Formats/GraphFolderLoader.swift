import Foundation

/// The validating reader behind ``GraphFolder``: collects every problem instead of stopping.
struct GraphFolderLoader {
    let folder: URL
    let strict: Bool
    var diagnostics: [Diagnostic] = []
    /// Did-you-mean suggestions are computed for at most this many unknown names in one
    /// validation; every problem is still reported, the rest without a suggestion.
    static let maximumSuggestions = 1000
    var suggestionsLeft = maximumSuggestions
    /// Known source ids, indexed when the first unknown one needs a suggestion.
    var sourceIndex: SuggestionIndex?

    init(folder: URL, strict: Bool) {
        self.folder = folder
        self.strict = strict
    }

    /// `; did you mean 'x'?` for the known word in `index` nearest to `word`, or nothing, while
    /// the suggestion budget lasts.
    mutating func hint(for word: String, in index: inout SuggestionIndex) -> String {
        guard suggestionsLeft > 0 else { return "" }
        suggestionsLeft -= 1
        return index.nearest(to: word).map { "; did you mean '\($0)'?" } ?? ""
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

    /// Checks the header: required columns present, no duplicates, no near-miss typos.
    mutating func checkHeader(_ table: CSVTable, file: String, known: [String], required: [String]) -> Bool {
        var ok = true
        var seen = Set<String>()
        for column in table.header {
            if !seen.insert(column).inserted {
                error(file, 1, "column '\(column)' appears twice"); ok = false
            }
        }
        for column in table.header where !known.contains(column) {
            if let near = EditDistance.nearest(to: column, in: known), !table.header.contains(near), column.count > 2 {
                error(file, 1, "unknown column '\(column)'; did you mean '\(near)'?"); ok = false
            }
        }
        // A file saved with another separator reads as one column holding the whole header.
        if table.header.count == 1, let only = table.header.first,
           let separator = [";", "\t", "|"].first(where: { only.contains($0) }) {
            let shown = separator == "\t" ? "tab" : "'\(separator)'"
            error(file, 1, "the header is one column, '\(only)': the file looks \(shown)-separated; " +
                  "relgraph reads comma-separated CSV (save as CSV with commas)")
            return false
        }
        for column in required where table.column(column) == nil {
            error(file, 1, "missing required column '\(column)'"); ok = false
        }
        return ok
    }

    /// Cells of a record by column name, trimmed, empty as `nil`; extra columns as attributes.
    struct Row {
        let table: CSVTable
        let record: [String]
        let line: Int
        let known: [String]

        subscript(_ column: String) -> String? {
            guard let i = table.column(column) else { return nil }
            let value = record[i].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }

        var attributes: [String: String] {
            var result: [String: String] = [:]
            for (i, column) in table.header.enumerated() where !known.contains(column) && !record[i].isEmpty {
                result[column] = record[i]
            }
            return result
        }
    }

    mutating func rows(_ table: CSVTable, file: String, known: [String]) -> [Row] {
        var result: [Row] = []
        for (record, line) in zip(table.records, table.recordLines) {
            guard record.count == table.header.count else {
                error(file, line, "expected \(table.header.count) fields as in the header, found \(record.count)")
                continue
            }
            for (column, cell) in zip(table.header, record) {
                if let bad = cell.unicodeScalars.first(where: { !XMLEscaping.isAllowed($0) }) {
                    let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPaddedWithZeros(to: 4)
                    error(file, line, "column '\(column)' holds \(code), a character XML cannot carry "
                        + "(SVG, GraphML and GEXF output could not hold it); remove it")
                }
            }
            result.append(Row(table: table, record: record, line: line, known: known))
        }
        return result
    }

    mutating func date(_ row: Row, _ column: String, file: String) -> PartialDate? {
        guard let text = row[column] else { return nil }
        do { return try PartialDate(text) } catch {
            self.error(file, row.line, "\(column): \(error)")
            return nil
        }
    }

    mutating func span(_ row: Row, file: String) -> TimeSpan {
        let start = date(row, "start", file: file)
        var end: PartialDate? = nil, open = false
        do { (end, open) = try TimeSpan.parseEnd(row["end"]) } catch {
            self.error(file, row.line, "end: \(error)")
        }
        let span = TimeSpan(start: start, end: end, openEnd: open)
        if span.isReversed {
            error(file, row.line, "end \(span.end!) is before start \(span.start!)")
        }
        return span
    }

    mutating func run() -> Graph? {
        var schema = Schema.default
        if let table = table(GraphFolder.schemaFile, required: false),
           checkHeader(table, file: GraphFolder.schemaFile, known: SchemaFormat.columns, required: ["predicate"]) {
            switch SchemaFormat.parse(table, file: GraphFolder.schemaFile) {
            case .success(let parsed): schema = Schema.default.extended(with: parsed)
            case .failure(let report): diagnostics += report.diagnostics
            }
        }

        let sources = readSources()
        let sourceIDs = Set(sources.map(\.id))
        let (entities, kindByID) = readEntities(sourceIDs: sourceIDs, haveSources: !sources.isEmpty)
        let relations = readRelations(kindByID: kindByID, schema: schema, sourceIDs: sourceIDs,
                                      haveSources: !sources.isEmpty)
        checkFacts(relations)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        do {
            let graph = try Graph(entities: entities, relations: relations.map(\.relation), sources: sources, schema: schema)
            checkTime(graph, lines: relations.map(\.line))
            guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            return graph
        } catch {
            self.error(GraphFolder.entitiesFile, nil, error.description)
            return nil
        }
    }

    mutating func readSources() -> [Source] {
        let file = GraphFolder.sourcesFile
        guard let table = table(file, required: false) else {
            if strict { error(file, nil, "file not found; --strict needs sources for every citation") }
            return []
        }
        guard checkHeader(table, file: file, known: GraphFolder.sourceColumns, required: ["id"]) else { return [] }
        var result: [Source] = []
        var firstLine: [String: Int] = [:]
        for row in rows(table, file: file, known: GraphFolder.sourceColumns) {
            guard let id = row["id"] else { error(file, row.line, "missing id"); continue }
            if let first = firstLine[id] {
                error(file, row.line, "duplicate source id '\(id)' (first on line \(first))"); continue
            }
            firstLine[id] = row.line
            result.append(Source(id: id, title: row["title"], author: row["author"], publisher: row["publisher"],
                                 date: row["date"], url: row["url"], note: row["note"], attributes: row.attributes))
        }
        return result
    }

    mutating func citations(_ row: Row, file: String, sourceIDs: Set<String>, haveSources: Bool) -> [Citation] {
        let list = row["sources"].map(Citation.parseList) ?? []
        for c in list where !sourceIDs.contains(c.sourceID) {
            guard haveSources || strict else { continue }
            var index = sourceIndex ?? SuggestionIndex(sourceIDs)
            let hint = hint(for: c.sourceID, in: &index)
            sourceIndex = index
            let message = "citation '\(c)' names unknown source '\(c.sourceID)'\(hint)"
            if strict { error(file, row.line, message) } else { warning(file, row.line, message) }
        }
        return list
    }

    /// The valid entities, and the kind of every id declared (nil when its kind is unreadable),
    /// so that one bad cell does not make every relation to that entity an error too.
    ///
    /// The kinds are `nil` as a whole when the table or its header cannot be read: every relation
    /// would then name an "unknown" id, and those follow-on errors would bury the one that matters.
    mutating func readEntities(sourceIDs: Set<String>, haveSources: Bool) -> ([Entity], [String: EntityKind?]?) {
        let file = GraphFolder.entitiesFile
        guard let table = table(file, required: true),
              checkHeader(table, file: file, known: GraphFolder.entityColumns, required: ["id", "kind", "name"])
        else { return ([], nil) }
        var result: [Entity] = []
        var kinds: [String: EntityKind?] = [:]
        var firstLine: [String: Int] = [:]
        for row in rows(table, file: file, known: GraphFolder.entityColumns) {
            var valid = true
            let id = row["id"] ?? ""
            if id.isEmpty {
                error(file, row.line, "missing id"); valid = false
            } else if !Entity.isValidID(id) {
                error(file, row.line, "id '\(id)' is not a slug (lowercase letters, digits, single hyphens)"); valid = false
            } else if let first = firstLine[id] {
                error(file, row.line, "duplicate id '\(id)' (first on line \(first))"); valid = false
            } else {
                firstLine[id] = row.line
            }
            var kind = EntityKind.other
            if let text = row["kind"] {
                if let k = EntityKind(rawValue: text) { kind = k } else {
                    let hint = EditDistance.nearest(to: text, in: EntityKind.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" } ?? ""
                    error(file, row.line, "unknown kind '\(text)'\(hint) (kinds: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    valid = false
                }
            } else {
                error(file, row.line, "missing kind"); valid = false
            }
            if firstLine[id] == row.line { kinds[id] = valid ? kind : nil as EntityKind? }
            let name = row["name"]
            if name == nil { error(file, row.line, "missing name"); valid = false }
            let span = span(row, file: file)
            let cites = citations(row, file: file, sourceIDs: sourceIDs, haveSources: haveSources)
            guard valid, let name else { continue }
            let aliases = row["aliases"].map { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
            result.append(Entity(id: id, kind: kind, name: name, aliases: aliases, span: span, group: row["group"],
                                 description: row["description"], citations: cites, attributes: row.attributes,
                                 layer: row["layer"]))
        }
        return (result, kinds)
    }

    /// The valid relations with their lines; `kindByID` is `nil` when entities.csv could not be
    /// read, and then subjects and objects are not checked against it.
    mutating func readRelations(
        kindByID: [String: EntityKind?]?, schema: Schema, sourceIDs: Set<String>, haveSources: Bool
    ) -> [(relation: Relation, line: Int)] {
        let file = GraphFolder.relationsFile
        guard let table = table(file, required: true),
              checkHeader(table, file: file, known: GraphFolder.relationColumns, required: ["subject", "predicate", "object"])
        else { return [] }
        var result: [(relation: Relation, line: Int)] = []
        var ids = SuggestionIndex(kindByID?.keys ?? [:].keys)
        var predicates = SuggestionIndex(schema.predicates.map(\.name))
        for row in rows(table, file: file, known: GraphFolder.relationColumns) {
            var valid = true
            func endpoint(_ column: String) -> (String, EntityKind?)? {
                guard let id = row[column] else { error(file, row.line, "missing \(column)"); valid = false; return nil }
                guard let kindByID else { valid = false; return (id, nil) }
                guard let kind = kindByID[id] else {
                    let hint = hint(for: id, in: &ids)
                    error(file, row.line, "\(column) '\(id)' is not a known entity id\(hint)")
                    valid = false
                    return (id, nil)
                }
                return (id, kind)
            }
            func article(_ kind: EntityKind) -> String {
                "aeiou".contains(kind.rawValue.first!) ? "an \(kind.rawValue)" : "a \(kind.rawValue)"
            }
            let subject = endpoint("subject")
            let object = endpoint("object")
            var predicate: Predicate?
            if let name = row["predicate"] {
                predicate = schema.predicate(named: name)
                if predicate == nil {
                    let hint = hint(for: name, in: &predicates)
                    error(file, row.line, "unknown predicate '\(name)'\(hint)")
                    valid = false
                }
            } else {
                error(file, row.line, "missing predicate"); valid = false
            }
            if let p = predicate {
                if let (id, kind) = subject, let kind, !p.allowsSubject(kind) {
                    error(file, row.line, "'\(p.name)' does not allow \(article(kind)) as subject ('\(id)'); allowed: \(Self.kindList(p.subjectKinds))")
                    valid = false
                }
                if let (id, kind) = object, let kind, !p.allowsObject(kind) {
                    error(file, row.line, "'\(p.name)' does not allow \(article(kind)) as object ('\(id)'); allowed: \(Self.kindList(p.objectKinds))")
                    valid = false
                }
            }
            var weight = 1.0
            if let text = row["weight"] {
                if let w = Double(text), w.isFinite, w > 0 { weight = w } else {
                    error(file, row.line, "weight '\(text)' is not a positive number"); valid = false
                }
            }
            let span = span(row, file: file)
            let cites = citations(row, file: file, sourceIDs: sourceIDs, haveSources: haveSources)
            if strict && cites.isEmpty {
                error(file, row.line, "no citation (--strict requires at least one source on every relation)")
            }
            if let p = predicate, p.timeShape == .instant {
                if span.start == nil && (span.end != nil || span.openEnd) {
                    error(file, row.line, "'\(p.name)' is an instant: an end needs a start (the act's first day)"); valid = false
                } else if span.openEnd {
                    error(file, row.line, "'\(p.name)' is an instant: it cannot have an open end '..'; give the last day of the act or leave end empty"); valid = false
                }
            }
            guard valid, let subject, let object, let predicate else { continue }
            result.append((Relation(subject: subject.0, predicate: predicate.name, object: object.0, span: span,
                                    weight: weight, note: row["note"], citations: cites, attributes: row.attributes,
                                    fact: row["fact"], layer: row["layer"]), row.line))
        }
        return result
    }

    /// Rows sharing a `fact` label must agree on subject, predicate and object.
    mutating func checkFacts(_ relations: [(relation: Relation, line: Int)]) {
        let file = GraphFolder.relationsFile
        var firstOfFact: [String: (relation: Relation, line: Int)] = [:]
        for (relation, line) in relations {
            guard let fact = relation.fact else { continue }
            guard let (a, first) = firstOfFact[fact] else { firstOfFact[fact] = (relation, line); continue }
            if (a.subject, a.predicate, a.object) != (relation.subject, relation.predicate, relation.object) {
                error(file, line, "fact '\(fact)' (first on line \(first)) joins claims about one subject, predicate and object; this row has \(relation.subject) \(relation.predicate) \(relation.object), line \(first) has \(a.subject) \(a.predicate) \(a.object)")
            }
        }
    }

    /// The checks that need the whole graph: identical rows, and dates
    /// outside the lifespans that bound them (the date wins; a warning says so).
    mutating func checkTime(_ graph: Graph, lines: [Int]) {
        let file = GraphFolder.relationsFile
        var firstOfRow: [Relation: Int] = [:]
        for (r, relation) in graph.relations.enumerated() {
            if let first = firstOfRow[relation] {
                warning(file, lines[r], "the same relation, dates and citations as line \(lines[first]); delete one, or give each its own source")
            } else {
                firstOfRow[relation] = r
            }
            guard graph.schema.predicate(named: relation.predicate)?.isBounded ?? true else { continue }
            let (a, b) = (graph.entities[Int(graph.relationSubject[r])], graph.entities[Int(graph.relationObject[r])])
            func endsBefore(_ x: Entity, _ y: Entity) -> Bool {
                guard let end = x.span.end, let start = y.span.start else { return false }
                return end.possibleLastDay < start.possibleFirstDay
            }
            if relation.span.isUnknown && (endsBefore(a, b) || endsBefore(b, a)) {
                warning(file, lines[r], "\(a.id) and \(b.id) never coexist (\(a.span); \(b.span)), so this undated relation can only fall between them; date it, or mark '\(relation.predicate)' bounded=false in schema.csv")
            }
            for endpoint in [Int(graph.relationSubject[r]), Int(graph.relationObject[r])] {
                let entity = graph.entities[endpoint]
                if let born = entity.span.start, let d = relation.span.start ?? relation.span.end,
                   d.possibleLastDay < born.possibleFirstDay {
                    warning(file, lines[r], "\(d) is before \(entity.id) begins (\(born)); the relation's own date wins over the lifespan")
                }
                if let died = entity.span.end, let d = relation.span.end ?? relation.span.start,
                   d.possibleFirstDay > died.possibleLastDay {
                    warning(file, lines[r], "\(d) is after \(entity.id) ends (\(died)); the relation's own date wins over the lifespan")
                }
            }
        }
    }

    static func kindList(_ kinds: Set<EntityKind>?) -> String {
        kinds.map { $0.sorted().map(\.rawValue).joined(separator: ", ") } ?? "any"
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPaddedWithZeros(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
