import Foundation
import Testing
@testable import RelationGraph

@Suite("Neo4j import files")
struct Neo4jExportTests {
    func written(_ folder: String) throws -> (graph: Graph, files: [String: String]) {
        let graph = try ExportTestSupport.load(folder)
        let out = try ExportTestSupport.temporaryFolder().appendingPathComponent("graph.neo4j")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        try GraphFormat.write(graph, to: out)
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            files[name] = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        }
        return (graph, files)
    }

    @Test func writesTheThreeFilesWithAdminImportHeaders() throws {
        let (graph, files) = try written("valid-small")
        #expect(Set(files.keys) == ["nodes.csv", "relationships.csv", "import.cypher"])
        let nodes = try CSVReader.parse(try #require(files["nodes.csv"]))
        #expect(nodes.header == ["id:ID", "name", "kind:LABEL", "aliases:string[]", "start", "end", "first_day:date",
                                 "last_day:date", "group", "description", "sources:string[]", "layer", "wikidata"])
        #expect(nodes.records.count == graph.entities.count)
        let kama = try #require(nodes.records.first { $0[0] == "kama-tank-school" })
        #expect(kama[2] == "Entity;Facility")
        #expect(kama[3] == "Kama;Karma;Kazan tank school")
        #expect(kama[4...7] == ["1929", "1933", "1929-01-01", "1933-12-31"])
        #expect(kama[10] == "doc:L5;doc:L6")
        let relationships = try CSVReader.parse(try #require(files["relationships.csv"]))
        #expect(relationships.header == [":START_ID", ":END_ID", ":TYPE", "predicate", "start", "end", "first_day:date",
                                         "last_day:date", "weight:double", "note", "sources:string[]", "fact", "layer",
                                         "known_start:date", "known_end:date", "possible_start:date", "possible_end:date",
                                         "goods"])
        #expect(relationships.records.count == graph.relations.count)
        #expect(relationships.records.map { $0[2] } == ["COMMANDED", "COMMANDED", "TRAINED_AT", "SUPPLIED", "MET", "SIGNED"])
        #expect(relationships.records[1] == ["mikhail-tukhachevsky", "red-army", "COMMANDED", "commanded", "1925", "1928",
                                             "1925-01-01", "1928-12-31", "2.5", "Chief of staff", "doc:L4", "", "",
                                             "1925-01-01", "1928-12-31", "1925-01-01", "1928-12-31", ""])
        // Supplied from 1926 with no known end: the last day is left open; known only in 1926, it
        // may have lasted to the Reichswehr's end (1935).
        #expect(relationships.records[3][4...7] == ["1926", "", "1926-01-01", ""])
        #expect(relationships.records[3][13...16] == ["1926-01-01", "1926-12-31", "1926-01-01", "1935-12-31"])
        #expect(relationships.records[3][17] == "tanks, training")
    }

    @Test func typesAreUpperSnakeCase() {
        #expect(Neo4jExport.relationshipType("party-to") == "PARTY_TO")
        #expect(Neo4jExport.relationshipType("member-of") == "MEMBER_OF")
        #expect(Neo4jExport.relationshipType("met") == "MET")
        #expect(Neo4jExport.label(.organization) == "Organization")
    }

    @Test func theCypherScriptHasAStatementPerKindAndPerRelationType() throws {
        let (graph, files) = try written("exports-unicode")
        let script = try #require(files["import.cypher"])
        #expect(script.contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;"))
        let statements = script.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.contains("LOAD CSV") }
        let types = Set(graph.relations.map { Neo4jExport.relationshipType($0.predicate) })
        #expect(types == ["SIGNED", "PARTY_TO", "MET", "CONCERNED"])
        for type in types {
            let matching = statements.filter { $0.contains("CREATE (a)-[r:`\(type)`]->(b)") }
            #expect(matching.count == 1, "one statement creates \(type)")
            #expect(matching.first?.contains("WITH row WHERE row.`:TYPE` = '\(type)'") == true)
            #expect(matching.first?.contains("r.`weight` = toFloat(row.`weight:double`)") == true)
            #expect(matching.first?.contains("r.`channel` = row.`channel`") == true)
            #expect(matching.first?.contains("r.`first_day` = date(row.`first_day:date`)") == true)
        }
        let kinds = Set(graph.entities.map(\.kind))
        for kind in kinds {
            let label = Neo4jExport.label(kind)
            let matching = statements.filter { $0.contains("WITH row WHERE row.`kind:LABEL` = 'Entity;\(label)'") }
            #expect(matching.count == 1, "one statement creates \(label) nodes")
            #expect(matching.first?.contains("SET n:`\(label)`") == true)
            #expect(matching.first?.contains("n.`aliases` = split(row.`aliases:string[]`, ';')") == true)
            #expect(matching.first?.contains("n.`note <&>` = row.`note <&>`") == true)
        }
        #expect(statements.count == types.count + kinds.count)
    }

    @Test func cypherLiteralsAndIdentifiersAreEscaped() {
        #expect(Neo4jExport.literal("it's a \\ path") == "'it\\'s a \\\\ path'")
        #expect(Neo4jExport.identifier("odd`name") == "`odd``name`")
        #expect(Neo4jExport.propertyName("dates:approx") == "dates_approx")
    }
}
