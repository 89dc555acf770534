import RelationGraph
import Testing
@testable import GraphvizRenderer

@Suite("Which entities and relations a diagram shows")
struct DiagramSelectionTests {
    // Styled fixture, by index: 0 seeckt, 1 chicherin, 2 reichswehr, 3 red-army, 4 kama,
    // 5 rapallo, 6 kazan, 7 genoa-conference, 8 odd-one. Relations: 0 seeckt-reichswehr,
    // 1 chicherin-rapallo, 2 reichswehr-kama, 3 kama-kazan, 4 red-army-reichswehr,
    // 5 chicherin-genoa, 6 odd-one-kazan, 7 seeckt-chicherin.

    @Test("around follows relations both ways up to the depth and keeps every relation among the chosen")
    func around() throws {
        let graph = try Fixtures.styled()
        let one = DiagramSelection.around([4], depth: 1, in: graph)
        #expect(one.entities == [2, 4, 6])
        #expect(one.relations == [2, 3])
        let two = DiagramSelection.around([4], depth: 2, in: graph)
        #expect(two.entities == [0, 2, 3, 4, 6, 8])
        #expect(two.relations == [0, 2, 3, 4, 6])
        #expect(DiagramSelection.around([4], depth: 0, in: graph).entities == [4])
    }

    @Test("context takes the first neighbours in relation order and no ties among them")
    func context() throws {
        let graph = try Fixtures.styled()
        let selection = DiagramSelection.context(of: [0, 2], relations: [0], neighbourLimit: 1, in: graph)
        #expect(selection.entities == [0, 1, 2, 4])
        #expect(selection.relations == [0, 2, 7])
        let none = DiagramSelection.context(of: [0, 2], relations: [0], neighbourLimit: 0, in: graph)
        #expect(none.entities == [0, 2])
        #expect(none.relations == [0])
    }
}
