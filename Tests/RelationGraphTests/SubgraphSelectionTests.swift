import Foundation
import Testing
@testable import RelationGraph

/// The small fixture, drawn out (arrows are subject → object):
///
///     hans-von-seeckt → reichswehr (commanded 1920..1926)
///     mikhail-tukhachevsky → red-army (commanded 1925..1928)
///     reichswehr → kama-tank-school (trained-at 1929..1933)
///     reichswehr → red-army (supplied 1926..)
///     hans-von-seeckt → mikhail-tukhachevsky (met, undated)
///     weimar-germany → treaty-of-rapallo (signed 1922-04-16)
@Suite("Subgraph selection")
struct SubgraphSelectionTests {
    let graph = try! GraphFolder.load(from: FixturePaths.validSmall)

    func ids(_ s: SubgraphSelection) throws -> [String] {
        try s.select(in: graph).entities.map(\.id).sorted()
    }

    func predicates(_ s: SubgraphSelection) throws -> [String] {
        try s.select(in: graph).relations.map { "\(graph.relations[$0].subject) \(graph.relations[$0].predicate) \(graph.relations[$0].object)" }
    }

    @Test func egoNetworkGrowsByDepth() throws {
        var s = SubgraphSelection()
        s.around = ["seeckt"]
        #expect(try ids(s) == ["hans-von-seeckt", "mikhail-tukhachevsky", "reichswehr"])
        #expect(try predicates(s) == ["hans-von-seeckt commanded reichswehr", "hans-von-seeckt met mikhail-tukhachevsky"])
        s.depth = 2
        #expect(try ids(s) == ["hans-von-seeckt", "kama-tank-school", "mikhail-tukhachevsky", "red-army", "reichswehr"])
        #expect(try predicates(s).count == 5)
        s.depth = 0
        #expect(try ids(s) == ["hans-von-seeckt"])
    }

    @Test func egoNetworkFollowsDirection() throws {
        var s = SubgraphSelection()
        s.around = ["reichswehr"]
        s.direction = .out
        #expect(try ids(s) == ["kama-tank-school", "red-army", "reichswehr"])
        s.direction = .in
        #expect(try ids(s) == ["hans-von-seeckt", "reichswehr"])
    }

    @Test func kindFilterIsNodeInducedAndKeepsTheSeed() throws {
        var s = SubgraphSelection()
        s.around = ["kama tank school"]
        s.depth = 2
        s.filter.kinds = [.person]
        // Kama is a facility, kept as the seed; it reaches nothing through persons alone.
        #expect(try ids(s) == ["kama-tank-school"])
        s.filter.kinds = [.organization]
        #expect(try ids(s) == ["kama-tank-school", "red-army", "reichswehr"])
    }

    @Test func timeWindowIsEdgeInduced() throws {
        var s = SubgraphSelection()
        s.filter.window = try TimeSpan(parsing: "1929..1933")
        // trained-at overlaps; supplied (from 1926, no end) may have lasted to the Reichswehr's end
        // (1935); met is undated and may fall within the two men's lives: all possible.
        #expect(try predicates(s) == ["reichswehr trained-at kama-tank-school", "reichswehr supplied red-army",
                                      "hans-von-seeckt met mikhail-tukhachevsky"])
        #expect(try ids(s) == ["hans-von-seeckt", "kama-tank-school", "mikhail-tukhachevsky", "red-army", "reichswehr"])
        // Known: only trained-at; supplied is known only in 1926.
        s.filter.strictTime = true
        #expect(try ids(s) == ["kama-tank-school", "reichswehr"])
    }

    @Test func predicateFilterAndExclusion() throws {
        var s = SubgraphSelection()
        s.filter.predicates = ["commanded"]
        #expect(try ids(s) == ["hans-von-seeckt", "mikhail-tukhachevsky", "red-army", "reichswehr"])
        s.filter.predicates = nil
        s.filter.excludedPredicates = ["commanded", "met", "supplied", "trained-at"]
        #expect(try ids(s) == ["treaty-of-rapallo", "weimar-germany"])
    }

    @Test func componentAndGroupsAndIncludeIntersect() throws {
        var s = SubgraphSelection()
        s.componentOf = "rapallo treaty"
        #expect(try ids(s) == ["treaty-of-rapallo", "weimar-germany"])
        s = SubgraphSelection()
        s.componentOf = "red army"
        s.filter.groups = ["soviet-union"]
        #expect(try ids(s) == ["mikhail-tukhachevsky", "red-army"])
        s.include = [try #require(graph.handle(ofID: "red-army"))]
        #expect(try ids(s) == ["red-army"])
    }

    @Test func extractedGraphIsSelfContained() throws {
        var s = SubgraphSelection()
        s.around = ["reichswehr"]
        let sub = try s.extract(from: graph)
        #expect(sub.entities.count == 4)
        #expect(sub.relations.count == 3)
        #expect(sub.sources == graph.sources)
        #expect(sub.schema == graph.schema)
        #expect(sub.index(ofID: "hans-von-seeckt") != nil)
    }

    @Test func unknownSeedIsAnError() {
        var s = SubgraphSelection()
        s.around = ["lipetsk"]
        #expect(throws: SubgraphSelection.SelectionError.self) { try s.select(in: graph) }
        s.around = ["seeckt"]
        s.depth = -1
        #expect(throws: SubgraphSelection.SelectionError.self) { try s.select(in: graph) }
    }
}
