import Testing
@testable import RelationGraph

@Suite("Finding entities by id, name or alias")
struct EntityLookupTests {
    static let graph: Graph = {
        let entities = [
            Entity(id: "mikhail-tukhachevsky", kind: .person, name: "Mikhail Tukhachevsky", aliases: ["Tukachevsky"]),
            Entity(id: "hermann-goring", kind: .person, name: "Hermann Göring", aliases: ["Goering"]),
            Entity(id: "hans-von-seeckt", kind: .person, name: "Hans von Seeckt"),
            Entity(id: "werner-von-blomberg", kind: .person, name: "Werner von Blomberg"),
            Entity(id: "kama-tank-school", kind: .facility, name: "Kama tank school", aliases: ["Karma", "Kazan tank school"]),
            Entity(id: "molotov-ribbentrop-pact", kind: .agreement, name: "Molotov–Ribbentrop Pact",
                   aliases: ["Treaty of Non-Aggression between Germany and the USSR", "Hitler-Stalin Pact"]),
        ]
        return try! Graph(entities: entities, relations: [])
    }()

    func id(_ query: String) throws -> String { try Self.graph.resolve(query).id }

    @Test func oneWordOfANameFindsItsEntity() throws {
        #expect(try id("tukhachevsky") == "mikhail-tukhachevsky")
        #expect(try id("TUKACHEVSKY") == "mikhail-tukhachevsky")
        #expect(try id("seeckt") == "hans-von-seeckt")
    }

    @Test func accentsAndPunctuationFold() throws {
        #expect(try id("hermann goring") == "hermann-goring")
        #expect(try id("Göring") == "hermann-goring")
        #expect(try id("goering") == "hermann-goring")
        #expect(try id("molotov ribbentrop pact") == "molotov-ribbentrop-pact")
        #expect(try id("Hitler–Stalin pact") == "molotov-ribbentrop-pact")
    }

    @Test func aliasesAndIds() throws {
        #expect(try id("Karma") == "kama-tank-school")
        #expect(try id("kazan tank school") == "kama-tank-school")
        #expect(try id("hans-von-seeckt") == "hans-von-seeckt")
    }

    @Test func ambiguityListsEveryCandidate() {
        do {
            _ = try Self.graph.resolve("von")
            Issue.record("expected ambiguity")
        } catch {
            guard case let .ambiguous(query, candidates) = error else { Issue.record("wrong error \(error)"); return }
            #expect(query == "von")
            #expect(candidates.map(\.id) == ["hans-von-seeckt", "werner-von-blomberg"])
            #expect(error.description.contains("hans-von-seeckt  Hans von Seeckt [person]"))
        }
    }

    @Test func typosSuggestTheNearestName() {
        do {
            _ = try Self.graph.resolve("tukhachevski")
            Issue.record("expected not found")
        } catch {
            guard case let .notFound(_, suggestions) = error else { Issue.record("wrong error \(error)"); return }
            #expect(suggestions.first?.id == "mikhail-tukhachevsky")
        }
    }

    @Test func nothingLikeItSuggestsNothing() {
        #expect(throws: EntityLookupError.notFound(query: "zzzz", suggestions: [])) { try Self.graph.resolve("zzzz") }
        #expect(throws: EntityLookupError.notFound(query: "  ", suggestions: [])) { try Self.graph.resolve("  ") }
    }
}
