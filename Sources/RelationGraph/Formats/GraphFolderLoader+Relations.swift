import Foundation

/// `relations.csv`, read in parts on all cores: every check is of one row against the entities,
/// schema and sources already read, so the parts only need joining in file order.
///
/// Ids, predicates and source ids are looked up by their bytes and shared with the entity,
/// predicate and source they name, so a relation costs no string of its own for them.
struct RelationRows: Sendable {
    /// One part's relations (with their lines and endpoints) and problems.
    struct Part: Sendable {
        var count = 0
        var lines: [Int32] = []
        var subjects: [Int32] = []
        var objects: [Int32] = []
        /// The single-row spans of each relation.
        var times: [RelationTimeTable.Entry] = []
        var diagnostics = PartDiagnostics()
    }

    let columns: TableColumns
    let sources: SourceTable
    let strict: Bool
    /// The entities' declared ids, or `nil` when entities.csv could not be read (subjects and
    /// objects are then not checked).
    let declared: EntityRows.Declared?
    /// The declared ids, each with its endpoint.
    let ids: ByteStringTable<Endpoint>
    let schema: Schema
    let predicates: ByteStringTable<Void>

    /// What a relation takes from the entity its subject or object names, kept beside the id in
    /// its table slot: in four arrays (id, kind, entity index, lifespan), each endpoint of a
    /// large graph's relations waited on four more cache misses.
    struct Endpoint: Sendable {
        var id: String
        var days: LifespanDays
        /// The entity's index, -1 when its row was invalid.
        var entityIndex: Int32
        /// `nil` when the row's kind was unreadable.
        var kind: EntityKind?

        /// An id that names no entity, or any when entities.csv was unreadable.
        static let unknown = Endpoint(id: "", days: .none, entityIndex: -1, kind: nil)
    }

    /// - Parameter ids: the declared ids' table (``endpoints(_:lifespans:)``).
    init(columns: TableColumns, sources: SourceTable, strict: Bool, declared: EntityRows.Declared?, schema: Schema,
         ids: ByteStringTable<Endpoint>) {
        self.columns = columns
        self.sources = sources
        self.strict = strict
        self.declared = declared
        self.ids = ids
        self.schema = schema
        predicates = ByteStringTable(schema.predicates.map(\.name))
    }

    /// The table of declared ids with their endpoints, built while `relations.csv` is read, since
    /// it needs only the entities.
    /// - Parameter lifespans: the lifespan of each entity, by entity index.
    static func endpoints(_ declared: EntityRows.Declared?, lifespans: [TimeSpan]) -> ByteStringTable<Endpoint> {
        let known = declared ?? EntityRows.Declared()
        return ByteStringTable(known.ids, empty: .unknown) { n in
            let e = known.entityIndex[n]
            return Endpoint(id: known.ids[n], days: e >= 0 ? LifespanDays(lifespans[Int(e)]) : .none,
                            entityIndex: e, kind: known.kinds[n])
        }
    }

    /// Where a part writes its relations: a slice of the array being built.
    struct Output: @unchecked Sendable {
        let base: UnsafeMutablePointer<Relation>
        let capacity: Int
    }

    /// Reads the records of `bytes[from..<to]` into `output`, at most its capacity.
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, line: Int, into output: Output
    ) throws(CSVReader.ParseError) -> Part {
        let c = (subject: columns.index("subject"), predicate: columns.index("predicate"), object: columns.index("object"),
                 start: columns.index("start"), end: columns.index("end"), weight: columns.index("weight"),
                 note: columns.index("note"), sources: columns.index("sources"), fact: columns.index("fact"),
                 layer: columns.index("layer"))
        var part = Part()
        // Room for every record the part can hold, so that the arrays never grow by copying.
        part.lines.reserveCapacity(output.capacity)
        part.subjects.reserveCapacity(output.capacity)
        part.objects.reserveCapacity(output.capacity)
        part.times.reserveCapacity(output.capacity)
        do {
            _ = try CSVScanner.scan(bytes, from: from, to: to, line: line) { cells, line in
                let record = CSVRecord(bytes: bytes, cells: cells, line: line)
                guard record.passesChecks(columns, &part.diagnostics) else { return true }
                var valid = true
                let (subjectText, objectText) = (record.text(c.subject), record.text(c.object))
                let found = lookUp(subjectText, objectText)
                let subject = endpoint(subjectText, found.subject, "subject", line, &valid, &part.diagnostics)
                let object = endpoint(objectText, found.object, "object", line, &valid, &part.diagnostics)
                // The predicate by its number, its fields read in place: a copy of the schema's
                // `Predicate` retained six shared strings and sets, on both cores, for every row.
                var predicateNumber: Int?
                if let text = record.text(c.predicate) {
                    predicateNumber = text.withBytes(predicates.index(of:))
                    if predicateNumber == nil {
                        let name = text.string
                        part.diagnostics.error(line, "unknown predicate '\(name)'", hint: .predicate(name))
                        valid = false
                    }
                } else {
                    part.diagnostics.error(line, "missing predicate"); valid = false
                }
                if let p = predicateNumber {
                    if let kind = subject?.kind, !schema.predicates[p].allowsSubject(kind) {
                        part.diagnostics.error(line, "'\(schema.predicates[p].name)' does not allow \(Self.article(kind)) as subject ('\(record.string(c.subject) ?? "")'); allowed: \(GraphFolderLoader.kindList(schema.predicates[p].subjectKinds))")
                        valid = false
                    }
                    if let kind = object?.kind, !schema.predicates[p].allowsObject(kind) {
                        part.diagnostics.error(line, "'\(schema.predicates[p].name)' does not allow \(Self.article(kind)) as object ('\(record.string(c.object) ?? "")'); allowed: \(GraphFolderLoader.kindList(schema.predicates[p].objectKinds))")
                        valid = false
                    }
                }
                var weight = 1.0
                if let text = record.string(c.weight) {
                    if let w = Double(text), w.isFinite, w > 0 { weight = w } else {
                        part.diagnostics.error(line, "weight '\(text)' is not a positive number"); valid = false
                    }
                }
                let span = record.span(start: c.start, end: c.end, &part.diagnostics)
                let cites = record.citations(c.sources, sources: sources, strict: strict, &part.diagnostics)
                if strict && cites.isEmpty {
                    part.diagnostics.error(line, "no citation (--strict requires at least one source on every relation)")
                }
                if let p = predicateNumber, schema.predicates[p].timeShape == .instant {
                    if span.start == nil && (span.end != nil || span.openEnd) {
                        part.diagnostics.error(line, "'\(schema.predicates[p].name)' is an instant: an end needs a start (the act's first day)"); valid = false
                    } else if span.openEnd {
                        part.diagnostics.error(line, "'\(schema.predicates[p].name)' is an instant: it cannot have an open end '..'; give the last day of the act or leave end empty"); valid = false
                    }
                }
                guard valid, let subject, let object, let p = predicateNumber, declared != nil, part.count < output.capacity else { return true }
                (output.base + part.count).initialize(to: Relation(
                    subject: subject.id, predicate: schema.predicates[p].name, object: object.id,
                    span: span, weight: weight, note: record.string(c.note), citations: cites,
                    attributes: columns.extras.isEmpty ? [:] : record.attributes(columns),
                    fact: record.string(c.fact), layer: record.string(c.layer)))
                part.count += 1
                part.lines.append(Int32(clamping: line))
                let (s, o) = (subject.entityIndex, object.entityIndex)
                part.subjects.append(s)
                part.objects.append(o)
                if s >= 0 && o >= 0 {
                    let single = RelationTime.single(span: span, shape: schema.predicates[p].timeShape,
                                                     bounded: schema.predicates[p].isBounded,
                                                     subject.days, object.days)
                    part.times.append(RelationTimeTable.entry(known: single.known, possible: single.possible))
                }
                return true
            }
        } catch {
            output.base.deinitialize(count: part.count)
            throw error
        }
        return part
    }

    /// The endpoints that the subject and object cells name, both looked up at once (a lookup
    /// waits on memory, and the two waits then overlap); `nil` for a blank cell or an unknown id,
    /// and both `nil` when entities.csv was unreadable.
    private func lookUp(_ subject: CSVRecord.Text?, _ object: CSVRecord.Text?) -> (subject: Endpoint?, object: Endpoint?) {
        guard declared != nil else { return (nil, nil) }
        guard let subject, let object else {
            return (subject?.withBytes(ids.value(of:)), object?.withBytes(ids.value(of:)))
        }
        return subject.withBytes { s in object.withBytes { o in ids.values(of: s, and: o) } }
    }

    /// The endpoint named by `text`, found by ``lookUp(_:_:)`` (``Endpoint/unknown`` when
    /// entities.csv was unreadable); a missing or unknown id is reported and makes the row invalid.
    private func endpoint(
        _ text: CSVRecord.Text?, _ found: Endpoint?, _ name: String, _ line: Int, _ valid: inout Bool,
        _ diagnostics: inout PartDiagnostics
    ) -> Endpoint? {
        guard let text else {
            diagnostics.error(line, "missing \(name)"); valid = false; return nil
        }
        guard declared != nil else { valid = false; return .unknown }
        guard let found else {
            let id = text.string
            diagnostics.error(line, "\(name) '\(id)' is not a known entity id", hint: .entityID(id))
            valid = false
            return .unknown
        }
        return found
    }

    static func article(_ kind: EntityKind) -> String {
        "aeiou".contains(kind.rawValue.first!) ? "an \(kind.rawValue)" : "a \(kind.rawValue)"
    }

    /// The relations of `file`, read in `parts` parts straight into one array (each part's
    /// slice sized by its line ends, the slices then closed up), with lines, endpoints and the
    /// parts' problems in file order.
    ///
    /// The file's bytes are let go once the parts are read, and each part once it is merged, so
    /// that neither is held while the merged columns are made (the peak of a folder's opening).
    func readAll(_ file: consuming CSVFile, parts: Int) throws(CSVReader.ParseError)
        -> (relations: [Relation], lines: [Int32], subjects: [Int32], objects: [Int32], times: RelationTimeTable?,
            diagnostics: [PendingDiagnostic])
    {
        let (relations, parsed) = try readParts(file.data, body: file.body, parts: parts)
        _ = consume file
        var partResults = parsed
        var lines: [Int32] = [], subjects: [Int32] = [], objects: [Int32] = []
        var times: [RelationTimeTable.Entry] = []
        var diagnostics: [PendingDiagnostic] = []
        lines.reserveCapacity(relations.count); subjects.reserveCapacity(relations.count); objects.reserveCapacity(relations.count)
        times.reserveCapacity(relations.count)
        for p in partResults.indices {
            var part = Part()
            swap(&part, &partResults[p])
            lines += part.lines; subjects += part.subjects; objects += part.objects; times += part.times
            diagnostics += part.diagnostics.list
        }
        // Spans for every relation, or none when some endpoint had no entity (the folder then
        // has errors and makes no graph).
        return (relations, lines, subjects, objects, times.count == relations.count ? RelationTimeTable(entries: times) : nil,
                diagnostics)
    }

    /// The relations of `data`'s body read in `parts` parts straight into one array, and each
    /// part's other columns.
    private func readParts(_ data: Data, body: CSVScanner.Stop, parts: Int) throws(CSVReader.ParseError)
        -> (relations: [Relation], parts: [Part])
    {
        let starts = data.withUnsafeBytes { CSVScanner.parts($0.bindMemory(to: UInt8.self), from: body, count: parts) }
        // A part holds at most one record per CR or LF, plus one for a last line without one.
        let bounds = ConcurrentJobs.run(starts.count) { p in
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let end = p + 1 < starts.count ? starts[p + 1].offset : bytes.count
                return CSVScanner.lineEnds(bytes, from: starts[p].offset, to: end) + 1
            }
        }
        var offsets = [0]
        for b in bounds { offsets.append(offsets.last! + b) }
        var failure: CSVReader.ParseError?
        var partResults: [Part] = []
        let relations = [Relation](unsafeUninitializedCapacity: offsets.last!) { buffer, initialized in
            let base = buffer.baseAddress!
            let outputs = offsets.dropLast().enumerated().map { Output(base: base + $1, capacity: bounds[$0]) }
            let results = ConcurrentJobs.run(starts.count) { p -> Result<Part, CSVReader.ParseError> in
                data.withUnsafeBytes { raw in
                    let bytes = raw.bindMemory(to: UInt8.self)
                    let end = p + 1 < starts.count ? starts[p + 1].offset : bytes.count
                    do throws(CSVReader.ParseError) { return .success(try read(bytes, from: starts[p].offset, to: end, line: starts[p].line, into: outputs[p])) } catch {
                        return .failure(error)
                    }
                }
            }
            for result in results {
                if case .success(let part) = result { partResults.append(part) } else { partResults.append(Part()) }
            }
            if let first = results.first(where: { if case .failure = $0 { true } else { false } }), case .failure(let error) = first {
                failure = error
                for (p, part) in partResults.enumerated() { outputs[p].base.deinitialize(count: part.count) }
                initialized = 0
                return
            }
            // Close the gaps between the parts' slices.
            var count = 0
            for (p, part) in partResults.enumerated() {
                if outputs[p].base != base + count { (base + count).moveInitialize(from: outputs[p].base, count: part.count) }
                count += part.count
            }
            initialized = count
        }
        if let failure { throw failure }
        return (relations, partResults)
    }
}
