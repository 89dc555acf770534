import Testing
@testable import RelationGraph

/// Selections narrowed to the paths between two entities or to the best-ranked entities.
@Suite("Selections by path and by rank")
struct SubgraphRestrictionTests {
    /// valid-small: a 4-cycle Seeckt - Reichswehr - Red Army - Tukhachevsky - Seeckt, Kama off the
    /// Reichswehr, Weimar Germany - Rapallo apart. Betweenness: Reichswehr 3.5, Seeckt and Red
    /// Army 1, Tukhachevsky 0.5, the rest 0.
    let graph = try! GraphFolder.load(from: FixturePaths.validSmall)

    func ids(_ s: SubgraphSelection) throws -> [String] {
        try s.select(in: graph).entities.map(\.id)
    }

    @Test func topByBetweennessTakesTheBestAndBreaksTiesInEntityOrder() throws {
        var s = SubgraphSelection()
        try s.restrictToTop(2, by: .betweenness, in: graph)
        // Reichswehr, then Seeckt (entity 0) before the Red Army (entity 4) at 1 each.
        #expect(try ids(s) == ["hans-von-seeckt", "reichswehr"])
        var people = SubgraphSelection()
        people.filter.kinds = [.person]
        try people.restrictToTop(1, by: .betweenness, in: graph)
        // Among people only (the organizations gone, so the cycle is broken): Seeckt and
        // Tukhachevsky both 0; Seeckt comes first.
        #expect(try ids(people) == ["hans-von-seeckt"])
        #expect(throws: SubgraphSelection.SelectionError.self) { try s.restrictToTop(0, by: .degree, in: graph) }
    }

    @Test func pathsBetweenTwoEntities() throws {
        let seeckt = try graph.resolve("seeckt"), kama = try graph.resolve("kama")
        var s = SubgraphSelection()
        try s.restrictToPaths(from: seeckt, to: kama, in: graph)
        #expect(try ids(s) == ["hans-von-seeckt", "kama-tank-school", "reichswehr"])
        #expect(try s.select(in: graph).relations == [0, 2])
        // Two shortest paths from Seeckt to the Red Army: through the Reichswehr, through Tukhachevsky.
        var two = SubgraphSelection()
        try two.restrictToPaths(from: seeckt, to: try graph.resolve("red army"), count: 2, in: graph)
        #expect(try ids(two) == ["hans-von-seeckt", "mikhail-tukhachevsky", "reichswehr", "red-army"])
        // Restrictions intersect: the top two by betweenness on the Seeckt-Kama path.
        try s.restrictToTop(2, by: .betweenness, in: graph)
        #expect(try ids(s) == ["hans-von-seeckt", "reichswehr"])
    }

    @Test func pathErrorsAreTyped() throws {
        let seeckt = try graph.resolve("seeckt"), weimar = try graph.resolve("weimar")
        var s = SubgraphSelection()
        #expect {
            try s.restrictToPaths(from: seeckt, to: weimar, in: graph)
        } throws: { error in
            guard case .noPath(let a, let b) = error as? SubgraphSelection.SelectionError else { return false }
            return a == seeckt && b == weimar
        }
        #expect {
            try s.restrictToPaths(from: seeckt, to: seeckt, in: graph)
        } throws: { error in
            guard case .pathQuery = error as? SubgraphSelection.SelectionError else { return false }
            return true
        }
        let other = try Graph(entities: (0..<9).map { Entity(id: "x\($0)", kind: .other, name: "X") }, relations: [])
        #expect {
            try s.restrictToPaths(from: other.handles[8], to: weimar, in: graph)
        } throws: { error in
            guard case .foreignEntity = error as? SubgraphSelection.SelectionError else { return false }
            return true
        }
        #expect(s.include == nil, "a failed restriction leaves the selection as it was")
    }
}
