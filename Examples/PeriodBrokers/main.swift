// The brokers of each period: betweenness centrality of the people and organizations of the
// bundled graph in three periods (the secret cooperation, the cold years, the pact), with the
// rank each held in the period before.
//
//   swift run PeriodBrokers          # top 5 of each period
//   swift run PeriodBrokers 10       # top 10
import Foundation
import RelationGraph

let top = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 5 : 5
let periods = [("1922..1933", "secret military cooperation"), ("1933..1939-08", "the cold years"),
               ("1939-08..1941-06", "the pact")]

do {
    let graph = try BundledGraph.load()
    var previous: EntityRanking?
    for (window, label) in periods {
        var options = CentralityOptions(measure: .betweenness)
        options.normalized = true
        // Only dated relations: an undated one says nothing about which period it belongs to.
        options.filter = RelationFilter(window: try TimeSpan(parsing: window), strictTime: true)
        let scores = try graph.centrality(options)
        let ranking = scores.ranking { $0.kind == .person || $0.kind == .organization }
        let earlier = previous.map { Dictionary(uniqueKeysWithValues: $0.scores.enumerated().map { ($1.id, $0 + 1) }) }
        print("\(window)  \(label)")
        for (i, entry) in ranking.scores.prefix(top).enumerated() {
            let before = earlier.map { $0[entry.id].map { "was #\($0)" } ?? "new" } ?? ""
            print("  \(i + 1). \(entry.name) \(String(format: "%.3f", entry.score)) \(before)")
        }
        previous = ranking
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
