import Foundation

/// Reads `schema.csv`: predicate, phrase, inverse, subject_kinds, object_kinds, symmetric, description.
///
/// Only `predicate` is required; kinds are `;`-separated or `*` for any; `symmetric` is
/// `true`/`false` (empty means false); `time` is `instant` or `state` (empty means state);
/// `bounded` is `true`/`false` (empty means true: entity lifespans bound the relation).
enum SchemaFormat {
    static let columns = ["predicate", "phrase", "inverse", "subject_kinds", "object_kinds", "symmetric", "description", "time", "bounded"]

    static func parse(_ table: CSVTable, file: String) -> Result<Schema, ValidationReport> {
        var diagnostics: [Diagnostic] = []
        guard table.column("predicate") != nil else {
            return .failure(ValidationReport(diagnostics: [
                Diagnostic(file: file, line: 1, message: "missing required column 'predicate'"),
            ]))
        }
        var predicates: [Predicate] = []
        var seen: [String: Int] = [:]
        for (record, line) in zip(table.records, table.recordLines) {
            guard record.count == table.header.count else {
                diagnostics.append(Diagnostic(file: file, line: line, message:
                    "expected \(table.header.count) fields, found \(record.count)"))
                continue
            }
            func cell(_ name: String) -> String? {
                guard let i = table.column(name) else { return nil }
                let value = record[i].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let name = cell("predicate") else {
                diagnostics.append(Diagnostic(file: file, line: line, message: "missing predicate name"))
                continue
            }
            if let first = seen[name] {
                diagnostics.append(Diagnostic(file: file, line: line, message:
                    "duplicate predicate '\(name)' (first defined on line \(first))"))
                continue
            }
            seen[name] = line
            func kinds(_ column: String) -> Set<EntityKind>? {
                guard let text = cell(column), text != "*" else { return nil }
                switch EntityKind.parseList(text) {
                case .success(let set): return set
                case .failure(let error):
                    diagnostics.append(Diagnostic(file: file, line: line, message: "\(column): \(error)"))
                    return nil
                }
            }
            func flag(_ column: String, default value: Bool) -> Bool {
                guard let text = cell(column) else { return value }
                switch text.lowercased() {
                case "true", "yes", "1": return true
                case "false", "no", "0": return false
                default:
                    diagnostics.append(Diagnostic(file: file, line: line, message:
                        "\(column) must be true or false, not '\(text)'"))
                    return value
                }
            }
            let symmetric = flag("symmetric", default: false)
            let bounded = flag("bounded", default: true)
            var shape = Predicate.TimeShape.state
            if let text = cell("time") {
                if let s = Predicate.TimeShape(rawValue: text.lowercased()) { shape = s } else {
                    diagnostics.append(Diagnostic(file: file, line: line, message:
                        "time must be instant or state (empty means state), not '\(text)'"))
                }
            }
            predicates.append(Predicate(
                name: name, phrase: cell("phrase"), inverse: cell("inverse"),
                subjectKinds: kinds("subject_kinds"), objectKinds: kinds("object_kinds"),
                isSymmetric: symmetric, description: cell("description") ?? "",
                timeShape: shape, isBounded: bounded))
        }
        if diagnostics.isEmpty { return .success(Schema(predicates: predicates)) }
        return .failure(ValidationReport(diagnostics: diagnostics))
    }

    /// `schema.csv` text for a schema, in canonical form.
    /// The predicates the graph defines itself are written (the built-in ones apply anyway); the
    /// `time` and `bounded` columns only when a predicate needs them.
    static func text(_ schema: Schema) -> String {
        let own = schema.ownPredicates
        let needsTime = own.contains { $0.timeShape != .state }, needsBounded = own.contains { !$0.isBounded }
        let header = Array(columns.prefix(7)) + (needsTime ? ["time"] : []) + (needsBounded ? ["bounded"] : [])
        return CSVWriter.text(header: header, records: own.map { p in
            func kinds(_ set: Set<EntityKind>?) -> String {
                set.map { $0.sorted().map(\.rawValue).joined(separator: ";") } ?? "*"
            }
            return [p.name, p.phrase, p.inverse, kinds(p.subjectKinds), kinds(p.objectKinds),
                    p.isSymmetric ? "true" : "false", p.description]
                + (needsTime ? [p.timeShape.rawValue] : []) + (needsBounded ? [p.isBounded ? "true" : "false"] : [])
        })
    }
}
