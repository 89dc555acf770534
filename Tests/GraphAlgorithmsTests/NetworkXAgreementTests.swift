import Foundation
import GraphAlgorithms
import Testing

/// Every measure against the values NetworkX 3.6.1 computed on the same graphs, to 1e-9.
@Suite("Agreement with NetworkX")
struct NetworkXAgreementTests {
    @Test("every fixture case", arguments: NetworkXFixture.names)
    func everyCase(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        #expect(fixture.cases.count >= (name == "ba_1k" ? 7 : 30))
        for c in fixture.cases {
            let g = fixture.graph
            switch c.measure {
            case "degree":
                let direction = CSRGraph.DegreeDirection(rawValue: c.params["direction"] as! String)!
                check(g.degreeCentrality(direction, normalized: c.bool("normalized")), c)
            case "betweenness":
                let sources: SourceSelection = (c.params["sources"] as? [Int]).map { .vertices($0) } ?? .all
                let scores = try g.betweennessCentrality(
                    normalized: c.bool("normalized"), endpoints: c.bool("endpoints"),
                    weighted: c.bool("weighted"), sources: sources)
                check(scores, c)
            case "edge_betweenness":
                let sources: SourceSelection = (c.params["sources"] as? [Int]).map { .vertices($0) } ?? .all
                let scores = try g.edgeBetweennessCentrality(
                    normalized: c.bool("normalized"), weighted: c.bool("weighted"), sources: sources)
                let (ok, detail) = agree(scores, c.edgeValues!)
                #expect(ok, "\(name): \(c.call): \(detail)")
            case "closeness":
                check(try g.closenessCentrality(weighted: c.bool("weighted"), wassermanFaust: c.bool("wf_improved")), c)
            case "harmonic":
                check(try g.harmonicCentrality(weighted: c.bool("weighted")), c)
            case "eigenvector":
                checkThrowing(c) {
                    try g.eigenvectorCentrality(
                        weighted: c.bool("weighted"), tolerance: c.double("tolerance")!, maxIterations: c.int("max_iter")!)
                }
            case "pagerank":
                checkThrowing(c) {
                    try g.pageRank(
                        alpha: c.double("alpha")!, personalization: c.doubles("personalization"),
                        dangling: c.doubles("dangling"), weighted: c.bool("weighted"),
                        tolerance: c.double("tolerance")!, maxIterations: c.int("max_iter")!)
                }
            case "katz":
                checkThrowing(c) {
                    try g.katzCentrality(
                        alpha: c.double("alpha")!, beta: c.doubles("beta"), normalized: c.bool("normalized"),
                        weighted: c.bool("weighted"), tolerance: c.double("tolerance")!,
                        maxIterations: c.int("max_iter")!)
                }
            default:
                Issue.record("\(name): no Swift counterpart for fixture measure \(c.measure)")
            }
        }

        func check(_ scores: [Double], _ c: NetworkXFixture.Case) {
            let (ok, detail) = agree(scores, c.values!)
            #expect(ok, "\(name): \(c.call): \(detail)")
        }

        func checkThrowing(_ c: NetworkXFixture.Case, _ body: () throws -> [Double]) {
            do {
                let scores = try body()
                if let error = c.error {
                    Issue.record("\(name): \(c.call): NetworkX raised \(error), we returned scores")
                } else {
                    check(scores, c)
                }
            } catch {
                if c.error == "PowerIterationFailedConvergence",
                    case .didNotConverge? = error as? CentralityError { return }
                Issue.record("\(name): \(c.call): threw \(error)")
            }
        }
    }

    @Test("structure: components, brokers, cores", arguments: NetworkXFixture.names)
    func structure(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let s = fixture.structure
        let g = fixture.graph
        #expect(g.weaklyConnectedComponents().members.sorted { $0.lexicographicallyPrecedes($1) }
            == (s["components"] as! [[Int]]))
        #expect(g.stronglyConnectedComponents().members.sorted { $0.lexicographicallyPrecedes($1) }
            == (s["strongly_connected"] as! [[Int]]))
        let cuts = g.cutStructure()
        #expect(cuts.articulationPoints == (s["articulation_points"] as! [Int]))
        #expect(cuts.bridges == (s["bridges"] as! [Int]))
        #expect(g.coreNumbers() == (s["core_number"] as! [Int]))
    }
}
