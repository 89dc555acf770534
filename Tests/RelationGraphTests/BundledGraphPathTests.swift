import Foundation
import Testing
@testable import RelationGraph

/// Path queries on the bundled German-Soviet graph: properties every answer must have, whatever
/// the data's later edits (each hop a real relation of the graph, filters respected, time order).
@Suite("Path queries on the bundled graph")
struct BundledGraphPathTests {
    static let graph: Graph? = try? GraphFolder.load(from: FixturePaths.bundled)
    var graph: Graph { get throws { try #require(Self.graph, "the bundled graph must load") } }

    static let pairs = [
        ("seeckt", "tukhachevsky"), ("lenin", "hitler"), ("chicherin", "molotov"),
        ("rathenau", "ribbentrop"), ("seeckt", "guderian"), ("krupp", "red army"),
    ]

    func pathQuery(_ graph: Graph, _ a: String, _ b: String, _ configure: (inout RelationFilter) -> Void) throws -> PathQuery {
        var filters = RelationFilter()
        configure(&filters)
        return PathQuery(source: try graph.resolve(a), target: try graph.resolve(b), filters: filters)
    }

    /// Checks that each hop is the stated relation, walked in the stated direction.
    func expectWellFormed(_ path: FoundPath, in graph: Graph, from a: EntityHandle, to b: EntityHandle) {
        #expect(path.entities.first == a && path.entities.last == b)
        #expect(path.length == path.hops.count && path.entities.count == path.length + 1)
        for (i, hop) in path.hops.enumerated() {
            let r = graph.relations[hop.relationIndex]
            #expect(hop.predicate == r.predicate && hop.sources == r.citations)
            let (from, to) = hop.reversed ? (r.object, r.subject) : (r.subject, r.object)
            #expect(hop.from.id == from && hop.to.id == to)
            #expect(hop.from == path.entities[i] && hop.to == path.entities[i + 1])
            #expect(graph[path.entities[i]]?.id == from)
        }
    }

    @Test("time-respecting paths start each hop no earlier than the last", arguments: pairs)
    func chronologicalPathsAreInTimeOrder(pair: (String, String)) throws {
        let graph = try graph
        let finder = PathFinder(graph: graph)
        let q = try pathQuery(graph, pair.0, pair.1) { $0.chronological = true; $0.strictTime = true }
        let plain = try finder.paths(for: try pathQuery(graph, pair.0, pair.1) { _ in }).paths.first
        guard let path = try finder.paths(for: q).paths.first else {
            #expect(try finder.answer(q).diagnosis?.culprits.isEmpty == false)
            return
        }
        expectWellFormed(path, in: graph, from: q.source, to: q.target)
        let starts = path.hops.map { $0.start?.firstDay }
        #expect(starts.allSatisfy { $0 != nil }, "--strict-time uses dated relations only")
        let days = starts.compactMap { $0 }
        #expect(days == days.sorted(), "\(pair): \(path.hops.map(\.start))")
        #expect(path.length >= (plain?.length ?? 0), "a time-respecting path is never shorter")
    }

    @Test("filters hold on every hop", arguments: pairs)
    func filtersHold(pair: (String, String)) throws {
        let graph = try graph
        let finder = PathFinder(graph: graph)
        let window = try TimeSpan(parsing: "1920..1933")
        let q = try pathQuery(graph, pair.0, pair.1) {
            $0.viaKinds = [.person, .organization, .facility]
            $0.excludedPredicates = ["related-to", "opposed"]
            $0.window = window
        }
        let result = try finder.answer(q)
        for path in result.paths {
            expectWellFormed(path, in: graph, from: q.source, to: q.target)
            for hop in path.hops {
                #expect(!["related-to", "opposed"].contains(hop.predicate))
                let span = TimeSpan(start: hop.start, end: hop.end)
                #expect(span.isUnknown || span.overlaps(window))
            }
            for e in path.entities.dropFirst().dropLast() {
                #expect([.person, .organization, .facility].contains(graph[e]?.kind))
            }
        }
        if result.paths.isEmpty { #expect(result.diagnosis != nil) }
    }
}
