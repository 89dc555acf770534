import Foundation
import Testing

@Suite("relgraph validate, stats and show, end to end")
struct FoundationCommandTests {
    let small = CLIRunner.fixtures.appendingPathComponent("valid-small").path

    @Test func validateAcceptsAGoodGraph() throws {
        let r = try CLIRunner.run(["validate", "--strict", "--graph", small])
        #expect(r.status == 0)
        #expect(r.stdout == "ok: 7 entities, 6 relations, 1 sources (strict)\n")
    }

    @Test func validateListsEveryProblemAndFails() throws {
        let folder = CLIRunner.fixtures.appendingPathComponent("broken/bad-dates").path
        let r = try CLIRunner.run(["validate", "--graph", folder])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.first == "\(folder)/entities.csv:2: start: '1939-13' is not a valid date: month 13 does not exist")
        #expect(r.stderr.contains("5 errors"))
    }

    @Test func otherCommandsRefuseAnInvalidGraphWithTheReport() throws {
        let folder = CLIRunner.fixtures.appendingPathComponent("broken/unknown-ids").path
        let r = try CLIRunner.run(["stats", "--graph", folder])
        #expect(r.status == 65)
        #expect(r.stderr.contains("relations.csv:2: subject 'hans-von-seekt' is not a known entity id; did you mean 'hans-von-seeckt'?"))
    }

    @Test func usageErrorsExit64WithAHint() throws {
        let r = try CLIRunner.run(["stats", "--top=-3", "--graph", small])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--top must be 0 or more"))
        let unknown = try CLIRunner.run(["stats", "--frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Usage:") || unknown.stderr.contains("Help:"))
    }

    @Test func missingGraphFolderExits66() throws {
        let r = try CLIRunner.run(["stats", "--graph", "/nonexistent/graph"])
        #expect(r.status == 66)
        #expect(r.stderr == "error: /nonexistent/graph: no such file or folder\n")
    }

    @Test func statsCountsByKindAndPredicate() throws {
        let r = try CLIRunner.run(["stats", "--format", "json", "--graph", small])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["entityCount"] as? Int == 7)
        #expect(json["relationCount"] as? Int == 6)
        // Weimar Germany and the Rapallo treaty link only to each other in this fixture.
        #expect(json["componentCount"] as? Int == 2)
        #expect(json["componentSizes"] as? [Int] == [5, 2])
        #expect((json["entitiesByKind"] as? [String: Int]) == ["person": 2, "organization": 3, "facility": 1, "agreement": 1])
        #expect((json["relationsByPredicate"] as? [String: Int])?["commanded"] == 2)
        #expect(json["earliest"] as? String == "1866-04-22")
        let top = try #require(json["topByRelations"] as? [[String: Any]])
        // reichswehr: commanded-by Seeckt, trained-at Kama, supplied Red Army → 3 relations, the most.
        #expect(top.first?["id"] as? String == "reichswehr")
        #expect(top.first?["relationCount"] as? Int == 3)
    }

    @Test func showReadsRelationsFromTheEntitysSide() throws {
        let r = try CLIRunner.run(["show", "reichswehr", "--graph", small])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Reichswehr  [organization]  id: reichswehr"))
        #expect(r.stdout.contains("  supplied Red Army (1926..) [2]"))
        #expect(r.stdout.contains("  commanded by Hans von Seeckt (1920..1926) [1]"))
        #expect(r.stdout.contains("[1] A test document (Jane Doe, 2016-06-07), line 3"))
    }

    @Test func showSuggestsTheNearestNameForATypo() throws {
        let typo = try CLIRunner.run(["show", "tukhachevski", "--graph", small])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean mikhail-tukhachevsky (Mikhail Tukhachevsky)?"))
    }

    @Test func bundledGraphIsFoundFromInsideTheRepository() throws {
        let bundled = CLIRunner.repositoryRoot.appendingPathComponent("Graphs/german-soviet-1918-1941/entities.csv")
        guard FileManager.default.fileExists(atPath: bundled.path) else { return }
        let r = try CLIRunner.run(["validate", "--strict"], in: CLIRunner.repositoryRoot.appendingPathComponent("Sources"))
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("ok: "))
    }
}
