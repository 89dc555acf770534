import Foundation
import Testing
@testable import RelationGraph

/// Entity handles: how a graph hands them out, how a handle of another graph is refused, and
/// how they read and write as JSON.
@Suite("Entity handles")
struct EntityHandleTests {
    /// valid-small: seeckt, kama, tukhachevsky, reichswehr, red army, rapallo, weimar, in that order.
    let small = try! GraphFolder.load(from: FixturePaths.validSmall)

    @Test func aGraphHandsOutHandlesThatKnowIndexAndID() throws {
        let seeckt = try small.resolve("Seeckt")
        #expect(seeckt.index == 0 && seeckt.id == "hans-von-seeckt")
        #expect(small[seeckt]?.name == "Hans von Seeckt")
        #expect(small.handle(ofID: "hans-von-seeckt") == seeckt)
        #expect(small.handle(ofID: "Seeckt") == nil, "handle(ofID:) takes exact ids only")
        let kama = try small.resolve("Karma")   // an alias
        #expect(kama.index == 1 && kama.id == "kama-tank-school")
        #expect(small.handles.map(\.id) == small.entities.map(\.id))
        #expect(small.handles.map(\.index) == Array(small.entities.indices))
        #expect([try small.resolve("weimar"), kama, seeckt].sorted() == [seeckt, kama, try small.resolve("weimar")])
        #expect(small.handles.allSatisfy(small.contains))
    }

    @Test func aHandleOfAnotherGraphIsATypedErrorNotATrap() throws {
        let other = try Graph(
            entities: (0..<20).map { Entity(id: "e\($0)", kind: .person, name: "E\($0)") }, relations: [])
        let outOfRange = other.handles[15]           // index 15 of a graph of 7
        let wrongID = other.handles[1]                // index 1 of small is Kama, not e1
        for foreign in [outOfRange, wrongID] {
            #expect(!small.contains(foreign))
            #expect(small[foreign] == nil)
            #expect(throws: EntityHandleError(handle: foreign, entityCount: 7)) { try small.check(foreign) }
            let query = PathQuery(source: foreign, target: try small.resolve("kama"))
            #expect(throws: PathQueryError.self) { try PathFinder(graph: small).paths(for: query) }
            var avoiding = PathQuery(source: try small.resolve("seeckt"), target: try small.resolve("kama"))
            avoiding.filters.avoid = [foreign]
            #expect(throws: PathQueryError.self) { try PathFinder(graph: small).paths(for: avoiding) }
            var selection = SubgraphSelection()
            selection.include = [foreign]
            #expect(throws: SubgraphSelection.SelectionError.self) { try selection.select(in: small) }
            #expect(throws: PathQueryError.self) { try PathHop(graph: small, relation: 0, from: foreign) }
            let kama = try small.resolve("kama")
            #expect(throws: PathQueryError.self) { try Neighborhood(graph: small, center: foreign, depth: 1) }
            #expect(throws: PathQueryError.self) { try CommonNeighbors(graph: small, a: kama, b: foreign) }
            #expect(throws: PathQueryError.self) { try CommonGround(graph: small, a: foreign, b: kama, depth: 2) }
            #expect(throws: PathQueryError.self) { try PairGaps(graph: small, a: kama, b: foreign) }
            #expect(throws: PathQueryError.self) { try Separation(graph: small, a: foreign, b: kama) }
            #expect(throws: PathQueryError.self) { try AttestedPath(graph: small, from: kama, to: foreign) }
            #expect(throws: EntityHandleError.self) { try EntityCard(graph: small, entity: foreign) }
            #expect(throws: EntityHandleError.self) { try FactListing(graph: small, query: .init(entity: foreign)) }
        }
        let error = try #require(throws: PathQueryError.self) {
            try PathFinder(graph: small).paths(for: PathQuery(source: outOfRange, target: try small.resolve("kama")))
        }
        #expect(error.description == "entity 'e15' (index 15) is not an entity of this graph of 7 entities")
    }

    @Test func aSubgraphKeepsIDsSoItsOwnHandlesComeFromThem() throws {
        var selection = SubgraphSelection()
        selection.around = ["reichswehr"]
        let part = try selection.extract(from: small)
        let reichswehr = try small.resolve("reichswehr")
        let own = try #require(part.handle(ofID: reichswehr.id))
        #expect(own.id == reichswehr.id && own.index != reichswehr.index)
        #expect(!part.contains(reichswehr) && part.contains(own))
    }

    @Test func aHopNeedsOneEndOfItsRelation() throws {
        // Relation 0 of valid-small: Seeckt commanded the Reichswehr.
        let seeckt = try small.resolve("seeckt"), reichswehr = try small.resolve("reichswehr")
        let forward = try PathHop(graph: small, relation: 0, from: seeckt)
        #expect(forward.from == seeckt && forward.to == reichswehr && !forward.reversed)
        let backward = try PathHop(graph: small, relation: 0, from: reichswehr)
        #expect(backward.from == reichswehr && backward.to == seeckt && backward.reversed)
        #expect(throws: PathQueryError.self) { try PathHop(graph: small, relation: 0, from: try small.resolve("kama")) }
        #expect(throws: PathQueryError.self) { try PathHop(graph: small, relation: 99, from: seeckt) }
    }

    @Test func handlesAreCodableAsTheirIDAndDecodeUnbound() throws {
        let kama = try small.resolve("kama")
        #expect(String(decoding: try JSONEncoder().encode([kama]), as: UTF8.self) == #"["kama-tank-school"]"#)
        let decoded = try JSONDecoder().decode(EntityHandle.self, from: Data(#""kama-tank-school""#.utf8))
        #expect(decoded.id == "kama-tank-school" && !decoded.isBound && decoded.index == EntityHandle.unboundIndex)
        #expect(decoded != kama && !small.contains(decoded))
        #expect(small[decoded] == nil)
        #expect(small[kama]?.name == "Kama tank school")
        #expect(small.handle(ofID: decoded.id) == kama)
        #expect(throws: EntityHandleError.self) { try small.check(decoded) }
    }

    @Test func pathsAreListedInHandles() throws {
        // valid-small: Seeckt - Reichswehr - Kama is the only route from Seeckt to Kama.
        let seeckt = try small.resolve("seeckt"), kama = try small.resolve("kama")
        let path = try #require(try PathFinder(graph: small).paths(for: PathQuery(source: seeckt, target: kama)).paths.first)
        #expect(path.entities == [seeckt, try small.resolve("reichswehr"), kama])
        #expect(path.hops.map(\.from) == Array(path.entities.dropLast()))
        #expect(path.hops.map(\.to) == Array(path.entities.dropFirst()))
    }
}
