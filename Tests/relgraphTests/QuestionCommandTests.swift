import Foundation
import Testing

/// The question commands end to end on the hand-checked `questions-small` graph (answers worked
/// out in RelationGraphTests/QuestionsTests.swift): text, CSV, JSON, options and exit statuses.
@Suite("relgraph relations, entities, match, separate, gaps, project; path and common evidence options")
struct QuestionCommandTests {
    let small = CLIRunner.fixtures.appendingPathComponent("questions-small").path

    func run(_ args: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(args + ["--graph", small])
    }

    func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func relationsInTextCSVAndJSON() throws {
        let text = try run(["relations", "--entity", "bob", "--limit", "2"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("""
            2 of 5 facts
              1930..1940  Bob Brandt was a member of Party [1]
              1931..      Ann Arendt met Bob Brandt [2]
            (3 more; raise --limit to see them)
            """))
        let csv = try run(["relations", "--subject", "ann", "--other-kind", "agreement", "--format", "csv"])
        #expect(csv.stdout == """
            subject,subject_name,predicate,object,object_name,start,end,note,citations,claims
            ann,Ann Arendt,signed,pact,Pact of August,1939-08-23,,Signed for State A.,doc1:L1;doc2:L5,1

            """)
        let j = try json(try run(["relations", "--predicate", "signed", "--sort", "subject", "--format", "json"]))
        let facts = try #require(j["facts"] as? [[String: Any]])
        #expect(facts.compactMap { $0["subject"] as? String } == ["ann", "bob", "cat"])
        #expect(j["count"] as? Int == 3)
        #expect((facts[0]["claims"] as? [[String: Any]])?.count == 1)
        let none = try run(["relations", "--entity", "cat", "--predicate", "met"])
        #expect(none.status == 1 && none.stdout.hasPrefix("0 facts"))
        #expect(try run(["relations", "--entity", "ann", "--subject", "bob"]).status == 64)
        #expect(try run(["relations", "--predicate", "sined"]).stderr.contains("did you mean 'signed'"))
        #expect(try run(["relations", "--strict-time"]).status == 64)
    }

    @Test func entitiesListAndSearch() throws {
        let r = try run(["entities", "--kind", "person", "--alive-during", "1945..1955", "--strict-time"])
        #expect(r.stdout == """
            2 entities
              Ann Arendt (ann) [person, west] 1900..1950, 4 relations
              Bob Brandt (bob) [person, east] 1905..1960, 5 relations

            """)
        let csv = try run(["entities", "--name", "lipetsk", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").map(String.init) == [
            "id,name,kind,group,start,end,degree,aliases",
            "lipetsk,Lipetsk,place,east,,,2,",
            "lipetsk-school,Lipetsk flying school,facility,west,1925,1933,2,",
        ])
        let j = try json(try run(["entities", "--min-degree", "4", "--sort", "degree", "--format", "json"]))
        #expect((j["entities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["bob", "ann", "pact"])
        #expect(try run(["entities", "--kind", "persons"]).status == 64)
        #expect(try run(["entities", "--name", "zzz"]).status == 1)
    }

    @Test func nameResolutionSaysWhatElseMatches() throws {
        let r = try run(["relations", "--entity", "lipetsk"])
        #expect(r.stderr == "also: Lipetsk flying school (lipetsk-school)\n")
        #expect(r.stdout.contains("Lipetsk flying school was located in Lipetsk"))
    }

    @Test func matchBindingsAndParseErrors() throws {
        let r = try run(["match", "person -signed-> agreement <-party-to- organization", "--limit", "2"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("""
            person -signed-> agreement <-party-to- organization: 2 of 5 bindings

            1. Ann Arendt · Pact of August · State A
               Ann Arendt signed Pact of August (1939-08-23..) [1][2]
               Pact of August had as party State A (1939-08-23..) [3]

            2. Ann Arendt · Pact of August · State B
            """))
        #expect(r.stdout.contains("(3 more bindings; raise --limit to see them)"))
        let bound = try run(["match", "* -*- *", "--count-bound", "4", "--limit", "1"])
        #expect(bound.stdout.hasPrefix("* -*- *: 1 of more than 4 bindings"))
        #expect(bound.stdout.contains("(counting stopped at 4 bindings, the --count-bound; there are more)"))
        let csv = try run(["match", "[cat] -led-> facility", "--format", "csv"])
        #expect(csv.stdout == """
            binding,node1,node2,hop1_predicate,hop1_reversed,hop1_start,hop1_end,hop1_sources
            1,cat,lipetsk-school,led,false,1926,1933,doc1:L6

            """)
        let j = try json(try run(["match", "person -met- person", "--chronological", "--format", "json"]))
        #expect(j["count"] as? Int == 4 && j["countIsExact"] as? Bool == true)
        let bad = try run(["match", "person signed agreement"])
        #expect(bad.status == 64)
        #expect(bad.stderr == """
            error: pattern column 8: expected a relation term -P->, <-P- or -P- (P a comma list of predicates or *) but found 'signed'
              person signed agreement
                     ^

            """)
        #expect(try run(["match", "[nobody] -*- *"]).status == 1)
        #expect(try run(["match", "person -met- person -met- person"]).status == 1)
        #expect(try run(["match", "person -met- person -met- person", "--no-distinct"]).stdout.hasPrefix("person -met- person -met- person: 8 bindings"))
    }

    @Test func commonListsDirectRelationsAndTheSecondHop() throws {
        let r = try run(["common", "ann", "bob", "--depth", "2"])
        #expect(r.stdout.hasPrefix("""
            Ann Arendt and Bob Brandt: 2 shared entities

            Linked directly by 2 relations:
              Ann Arendt met Bob Brandt (1931..) [1]
              Ann Arendt met Bob Brandt (1939-08-23..) [2]

            Party [organization]
            """))
        #expect(r.stdout.contains("""
            Within two hops of both: 3 more entities

            State B [organization] (2 + 1 hops)
              Ann Arendt signed Pact of August (1939-08-23..) [5][6]
              Pact of August had as party State B (1939-08-23..) [8]
              Bob Brandt led State B (1933..) [9]
            """))
        let j = try json(try run(["common", "ann", "bob", "--format", "json"]))
        #expect((j["direct"] as? [[String: Any]])?.count == 2)
        #expect((j["withinTwo"] as? [Any])?.isEmpty == true && j["depth"] as? Int == 1)
        #expect(try run(["common", "ann", "bob", "--depth", "3"]).status == 64)
    }

    @Test func mostAttestedPath() throws {
        let r = try run(["path", "ann", "dan", "--most-attested", "--slack", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("""
            Ann Arendt to Dan Dorn: 3 hops (1 hop longer than the shortest), best attested: weakest hop 1 document, 4 in all
              1. Ann Arendt met Bob Brandt (1931..) [1] (2 documents: doc1, doc2)
                 also: Ann Arendt met Bob Brandt (1939-08-23..) [2]
              2. Bob Brandt was a member of Party (1930..1940) [3] (1 document: doc2)
              3. Party had as member Dan Dorn (1936..1938) [4] (1 document: doc3)
            (compared 2 paths; the default path's weakest hop has 1 document)
            """))
        let j = try json(try run(["path", "ann", "dan", "--most-attested", "--format", "json"]))
        let path = try #require(j["path"] as? [String: Any])
        #expect(path["length"] as? Int == 2 && path["weakest"] as? Int == 1 && path["documents"] as? Int == 2)
        #expect(try run(["path", "ann", "dan", "--slack", "1"]).status == 64)
        #expect(try run(["path", "ann", "dan", "--most-attested", "--k", "2"]).status == 64)
    }

    @Test func pathWithoutASource() throws {
        let same = try run(["path", "ann", "dan", "--without-source", "doc2"])
        #expect(same.status == 0)
        #expect(same.stdout.hasPrefix("""
            Without doc2 (Second document): 4 relations rest on it alone and are set aside.
            The answer does not change: no hop of it rests on doc2 alone.
            """))
        let gone = try run(["path", "ann", "dan", "--without-source", "doc3"])
        #expect(gone.status == 1)
        #expect(gone.stdout.contains("The answer changes: 1 hop rested on it alone:\n  Party had as member Dan Dorn (1936..1938) [1]"))
        #expect(gone.stdout.contains("Without doc3:\nNo path from Ann Arendt to Dan Dorn."))
        let j = try json(try run(["path", "ann", "dan", "--without-source", "doc3", "--format", "json"]))
        #expect(j["changed"] as? Bool == true && j["dropped"] as? Int == 4)
        #expect(try run(["path", "ann", "dan", "--without-source", "doc9"]).status == 64)
    }

    @Test func separateCutsAndSaysDirectLinks() throws {
        let r = try run(["separate", "ann", "dan"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("""
            Removing 2 entities separates Ann Arendt from Dan Dorn (2 routes share no entity):

            Party [organization]
              without it: 7 hops, Ann Arendt → Pact of August → State A → Treaty of 1922 → Cat Cole → Lipetsk flying school → Lipetsk → Dan Dorn
            """))
        let linked = try run(["separate", "ann", "bob"])
        #expect(linked.stdout.hasPrefix("""
            Ann Arendt and Bob Brandt are linked directly by 2 relations; no removal of entities cuts them:
              Ann Arendt met Bob Brandt (1931..) [1]
              Ann Arendt met Bob Brandt (1939-08-23..) [2]

            Besides the direct relations, removing 2 entities separates Ann Arendt from Bob Brandt
            """))
        let j = try json(try run(["separate", "lipetsk", "cat", "--format", "json"]))
        #expect((j["cut"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["dan", "lipetsk-school"])
        #expect(try run(["separate", "ann", "ann"]).status == 64)
    }

    @Test func gapsOfTheRecordAndOfAPair() throws {
        let r = try run(["gaps", "--top", "2"])
        #expect(r.stdout.hasPrefix("14 relations rest on a single document\n\ndoc1 (First document): 6 relations\n"))
        #expect(r.stdout.contains("Whose betweenness falls most without the single-document relations:\n  1. "))
        let csv = try run(["gaps", "--format", "csv", "--top", "1"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 14 + 1 && lines.last?.hasPrefix("rank-drop,") == true)
        let pair = try run(["gaps", "ann", "bob"])
        #expect(pair.stdout.hasPrefix("""
            Ann Arendt and Bob Brandt, 1905..1950 (years from: lifespan / lifespan): 39 of 46 years with no link known to hold
              silent: 1905..1929, 1936..1938, 1940..1950
              known links:
                1930: via Party
                1931: 1 direct; via Party
            """))
        let j = try json(try run(["gaps", "cat", "dan", "--format", "json"]))
        #expect(j["from"] as? Int == 1922 && j["to"] as? Int == 1933)
        #expect(try run(["gaps", "ann"]).status == 64)
        #expect(try run(["gaps", "ann", "bob", "--during", "1930..1931"]).status == 1)
    }

    @Test func projectTiesAndSavesAGraph() throws {
        let r = try run(["project", "--via", "organization,agreement", "--kind", "person"])
        #expect(r.stdout.hasPrefix("""
            3 ties among 3 of 4 (person) through shared organization, agreement
              Ann Arendt and Bob Brandt: 2 shared (1930-01-01..1950-12-31)
                Party [1][2]
                Pact of August [3][4][5]
              Ann Arendt and Dan Dorn: 1 shared
                Party [1][6]
            """))
        let during = try run(["project", "--via", "organization", "--during", "1936..1937", "--format", "csv"])
        #expect(during.stdout == """
            a,a_name,b,b_name,weight,start,end,shared,citations
            bob,Bob Brandt,dan,Dan Dorn,1,1936-01-01,1937-12-31,party,doc2:L2;doc3:L3

            """)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-project-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = try run(["project", "--via", "organization,agreement", "-o", folder.path])
        #expect(saved.status == 0 && saved.stderr.contains("wrote 4 entities and 3 relations"))
        let reread = try CLIRunner.run(["path", "ann", "dan", "--graph", folder.path])
        #expect(reread.stdout.hasPrefix("Ann Arendt to Dan Dorn: 1 hop\n  1. Ann Arendt shared an affiliation with Dan Dorn"))
        #expect(try run(["project", "--via", "person", "--kind", "person"]).status == 64)
        #expect(try run(["project", "--via", "place"]).status == 1)
    }
}
