import Foundation

/// `entities.csv`, read in parts on all cores; what needs the whole file (duplicate ids) is
/// decided when the parts are merged in file order.
struct EntityRows {
    /// One record's reading.
    struct Row: Sendable {
        var line: Int
        /// The id when it is a slug (its duplicate check comes at the merge).
        var id: String?
        /// Whether the kind was readable (the id's kind is then known to relations).
        var kind: EntityKind?
        /// The entity, when the row is valid but for a possible duplicate id.
        var entity: Entity?
        /// Where in the part's diagnostics a duplicate-id error belongs.
        var duplicateCheckAt: Int
    }

    /// One part's rows and problems.
    struct Part: Sendable {
        var rows: [Row] = []
        var diagnostics = PartDiagnostics()
    }

    /// The ids declared by valid or invalid rows, in file order, with what relations need.
    struct Declared: Sendable {
        /// First-declared ids in file order.
        var ids: [String] = []
        /// The kind of each, `nil` when its row's kind was unreadable.
        var kinds: [EntityKind?] = []
        /// The entity index of each, -1 when its row was invalid.
        var entityIndex: [Int32] = []
        /// The number of each id in `ids`; when every row was valid, also its entity's index,
        /// which the graph then takes as its id index instead of hashing every id again.
        var numbers: [String: Int] = [:]
    }

    let columns: TableColumns
    let sources: SourceTable
    let strict: Bool

    /// Reads the records of `bytes[from..<to]`.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, line: Int) throws(CSVReader.ParseError) -> Part {
        let c = (id: columns.index("id"), kind: columns.index("kind"), name: columns.index("name"),
                 aliases: columns.index("aliases"), start: columns.index("start"), end: columns.index("end"),
                 group: columns.index("group"), description: columns.index("description"),
                 sources: columns.index("sources"), layer: columns.index("layer"))
        var part = Part()
        _ = try CSVScanner.scan(bytes, from: from, to: to, line: line) { cells, line in
            let record = CSVRecord(bytes: bytes, cells: cells, line: line)
            guard record.passesChecks(columns, &part.diagnostics) else { return true }
            var valid = true
            let id = record.string(c.id) ?? ""
            var slug: String? = nil
            let checkAt = part.diagnostics.list.count
            if id.isEmpty {
                part.diagnostics.error(line, "missing id"); valid = false
            } else if !Entity.isValidID(id) {
                part.diagnostics.error(line, "id '\(id)' is not a slug (lowercase letters, digits, single hyphens)"); valid = false
            } else {
                slug = id
            }
            var kind = EntityKind.other
            if let text = record.string(c.kind) {
                if let k = EntityKind(rawValue: text) { kind = k } else {
                    let names = EntityKind.allCases.map(\.rawValue)
                    let hint = EditDistance.nearest(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""
                    part.diagnostics.error(line, "unknown kind '\(text)'\(hint) (kinds: \(names.joined(separator: ", ")))")
                    valid = false
                }
            } else {
                part.diagnostics.error(line, "missing kind"); valid = false
            }
            let readableKind: EntityKind? = valid ? kind : nil
            let name = record.string(c.name)
            if name == nil { part.diagnostics.error(line, "missing name"); valid = false }
            let span = record.span(start: c.start, end: c.end, &part.diagnostics)
            let cites = record.citations(c.sources, sources: sources, strict: strict, &part.diagnostics)
            var entity: Entity? = nil
            if valid, let name {
                let aliases = record.string(c.aliases).map {
                    $0.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                } ?? []
                entity = Entity(id: id, kind: kind, name: name, aliases: aliases, span: span, group: record.string(c.group),
                                description: record.string(c.description), citations: cites,
                                attributes: record.attributes(columns), layer: record.string(c.layer))
            }
            part.rows.append(Row(line: line, id: slug, kind: readableKind, entity: entity, duplicateCheckAt: checkAt))
            return true
        }
        return part
    }

    /// Merges the parts in file order: duplicate ids found, the entities and declared ids
    /// gathered, the problems handed to `report` in the order a reading of the whole finds them.
    static func merge(_ parts: [Part], file: String, report: (PendingDiagnostic) -> Void) -> ([Entity], Declared) {
        let rowCount = parts.reduce(0) { $0 + $1.rows.count }
        var entities: [Entity] = []
        entities.reserveCapacity(rowCount)
        var declared = Declared()
        declared.numbers.reserveCapacity(rowCount)
        var firstLines: [Int] = []
        for part in parts {
            var next = 0
            for row in part.rows {
                while next < row.duplicateCheckAt { report(part.diagnostics.list[next]); next += 1 }
                var keep = row.entity != nil
                if let id = row.id {
                    if let first = declared.numbers[id] {
                        report(PendingDiagnostic(line: row.line, severity: .error,
                                                 message: "duplicate id '\(id)' (first on line \(firstLines[first]))"))
                        keep = false
                    } else {
                        declared.numbers[id] = declared.ids.count
                        firstLines.append(row.line)
                        declared.ids.append(id)
                        declared.kinds.append(row.kind)
                        declared.entityIndex.append(keep ? Int32(entities.count) : -1)
                    }
                }
                if keep, let entity = row.entity { entities.append(entity) }
            }
            while next < part.diagnostics.list.count { report(part.diagnostics.list[next]); next += 1 }
        }
        return (entities, declared)
    }
}
