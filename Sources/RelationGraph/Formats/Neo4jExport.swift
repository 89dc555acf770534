import Foundation

/// A folder for Neo4j: `nodes.csv` and `relationships.csv` with `neo4j-admin database import`
/// headers, and `import.cypher`, which builds the same graph with `LOAD CSV` in a running database.
///
/// `nodes.csv`: `id:ID,name,kind:LABEL,aliases:string[],start,end,first_day:date,last_day:date,group,description,sources:string[]`
/// and the extra attributes. Every node has the label `Entity` and its kind's label
/// (`Entity;Person`, `;` being neo4j-admin's default array delimiter). `relationships.csv`:
/// `:START_ID,:END_ID,:TYPE,predicate,start,end,first_day:date,last_day:date,weight:double,note,sources:string[]` and the
/// extra attributes; the type is the predicate in upper snake case (`party-to` → `PARTY_TO`),
/// the `predicate` property keeps its name. `start` and `end` stay ISO partial-date strings
/// (`1922-04`), since Neo4j's `date` type cannot say "April 1922"; `first_day` and `last_day`
/// are the span widened to Neo4j dates (1922-04-01, 1922-04-30; absent when open), for time
/// queries such as `WHERE r.first_day <= date('1926-06-01')`. A `:` in an extra attribute's name
/// becomes `_`, because neo4j-admin reads it as a type.
///
/// ```sh
/// neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true neo4j
/// # or, with the two CSV files in the database's import folder:
/// cypher-shell -f import.cypher
/// ```
///
/// `import.cypher` creates a uniqueness constraint on `Entity.id`, then one `LOAD CSV` statement
/// per kind (a label cannot be a parameter) and one per relation type. Nodes are merged on
/// their id; relations are created, so parallel relations stay apart (and running the script
/// twice doubles them). The sources and schema are not exported.
public enum Neo4jExport {
    /// The entities, one row each.
    public static let nodesFile = "nodes.csv"
    /// The relations, one row each.
    public static let relationshipsFile = "relationships.csv"
    /// The `LOAD CSV` script.
    public static let cypherFile = "import.cypher"

    /// The three files, by name.
    /// - Complexity: O(V + E).
    public static func files(of graph: Graph) -> [(name: String, data: Data)] {
        let nodeExtras = InterchangeFields.entityAttributeNames(graph)
        let edgeExtras = InterchangeFields.relationAttributeNames(graph)
        let nodeHeader = ["id:ID", "name", "kind:LABEL", "aliases:string[]", "start", "end", "first_day:date", "last_day:date",
                          "group", "description", "sources:string[]", "layer"] + nodeExtras.map(propertyName)
        let nodes = CSVWriter.text(header: nodeHeader, records: graph.entities.map { e in
            [e.id, e.name, "Entity;" + label(e.kind), e.aliases.joined(separator: ";"), e.span.start?.description ?? "",
             e.span.end?.description ?? "", e.span.start?.widenedStart ?? "", e.span.end?.widenedEnd ?? "",
             e.group ?? "", e.description ?? "", e.citations.map(\.description).joined(separator: ";"), e.layer ?? ""]
                + nodeExtras.map { e.attributes[$0] ?? "" }
        })
        let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "predicate", "start", "end", "first_day:date", "last_day:date",
                                  "weight:double", "note", "sources:string[]", "fact", "layer",
                                  "known_start:date", "known_end:date", "possible_start:date", "possible_end:date"]
            + edgeExtras.map(propertyName)
        let relationships = CSVWriter.text(header: relationshipHeader, records: graph.relations.indices.map { i in
            let r = graph.relations[i], time = graph.time(of: i)
            return [r.subject, r.object, relationshipType(r.predicate), r.predicate, r.span.start?.description ?? "",
             r.span.end?.description ?? "", r.span.start?.widenedStart ?? "", r.span.end?.widenedEnd ?? "",
             InterchangeFields.formatNumber(r.weight), r.note ?? "",
             r.citations.map(\.description).joined(separator: ";"), r.fact ?? "", r.layer ?? "",
             time.known?.startText ?? "", time.known?.endText ?? "", time.possibleHull.startText ?? "",
             time.possibleHull.endText ?? ""]
                + edgeExtras.map { r.attributes[$0] ?? "" }
        })
        return [(nodesFile, Data(nodes.utf8)), (relationshipsFile, Data(relationships.utf8)),
                (cypherFile, Data(cypher(graph, nodeExtras: nodeExtras, edgeExtras: edgeExtras).utf8))]
    }

    /// Writes the folder, staged and swapped in whole (see ``OutputFolder``).
    public static func write(_ graph: Graph, to url: URL) throws(OutputError) {
        try OutputFolder.write(files(of: graph), to: url)
    }

    /// The Neo4j label of a kind: `Person`, `Organization`.
    public static func label(_ kind: EntityKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// The relationship type of a predicate: upper snake case, `party-to` → `PARTY_TO`.
    public static func relationshipType(_ predicate: String) -> String {
        String(predicate.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        })
    }

    /// An attribute name as a neo4j-admin header field: a colon would start a type.
    static func propertyName(_ name: String) -> String { name.replacingOccurrences(of: ":", with: "_") }

    /// A Cypher identifier in backticks, so any property name works.
    static func identifier(_ name: String) -> String { "`" + name.replacingOccurrences(of: "`", with: "``") + "`" }

    /// A Cypher string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    static func cypher(_ graph: Graph, nodeExtras: [String], edgeExtras: [String]) -> String {
        func column(_ header: String) -> String { "row." + identifier(header) }
        func assignments(_ variable: String, _ pairs: [(property: String, value: String)]) -> String {
            pairs.map { "\(variable).\(identifier($0.property)) = \($0.value)" }.joined(separator: ",\n    ")
        }
        let nodeProperties: [(String, String)] = [
            ("name", column("name")), ("aliases", "split(\(column("aliases:string[]")), ';')"),
            ("start", column("start")), ("end", column("end")),
            ("first_day", "date(\(column("first_day:date")))"), ("last_day", "date(\(column("last_day:date")))"),
            ("group", column("group")),
            ("description", column("description")), ("sources", "split(\(column("sources:string[]")), ';')"),
            ("layer", column("layer")),
        ] + nodeExtras.map { (propertyName($0), column(propertyName($0))) }
        let relationProperties: [(String, String)] = [
            ("predicate", column("predicate")), ("start", column("start")), ("end", column("end")),
            ("first_day", "date(\(column("first_day:date")))"), ("last_day", "date(\(column("last_day:date")))"),
            ("weight", "toFloat(\(column("weight:double")))"), ("note", column("note")),
            ("sources", "split(\(column("sources:string[]")), ';')"),
            ("fact", column("fact")), ("layer", column("layer")),
            ("known_start", "date(\(column("known_start:date")))"), ("known_end", "date(\(column("known_end:date")))"),
            ("possible_start", "date(\(column("possible_start:date")))"),
            ("possible_end", "date(\(column("possible_end:date")))"),
        ] + edgeExtras.map { (propertyName($0), column(propertyName($0))) }

        var out = """
            // Builds the graph in Neo4j from nodes.csv and relationships.csv; written by relgraph.
            // Put both files in the database's import folder, then run: cypher-shell -f import.cypher
            // Empty cells become absent properties. Nodes are merged on id; relations are created.

            CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;


            """
        let kinds = EntityKind.allCases.filter { kind in graph.entities.contains { $0.kind == kind } }
        for kind in kinds {
            out += """
                // \(label(kind)) nodes
                LOAD CSV WITH HEADERS FROM 'file:///\(nodesFile)' AS row
                WITH row WHERE \(column("kind:LABEL")) = \(literal("Entity;" + label(kind)))
                MERGE (n:Entity {id: \(column("id:ID"))})
                SET n:\(identifier(label(kind))),
                    \(assignments("n", nodeProperties));


                """
        }
        var types: [String] = []
        for r in graph.relations where !types.contains(relationshipType(r.predicate)) { types.append(relationshipType(r.predicate)) }
        for type in types {
            out += """
                // \(type) relationships
                LOAD CSV WITH HEADERS FROM 'file:///\(relationshipsFile)' AS row
                WITH row WHERE \(column(":TYPE")) = \(literal(type))
                MATCH (a:Entity {id: \(column(":START_ID"))}), (b:Entity {id: \(column(":END_ID"))})
                CREATE (a)-[r:\(identifier(type))]->(b)
                SET \(assignments("r", relationProperties));


                """
        }
        return out
    }
}
