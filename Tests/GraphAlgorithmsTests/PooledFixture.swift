import Foundation

/// A multigraph of relations and NetworkX's edge betweenness of its pooled simple graph, read
/// from `Fixtures/<name>.pairs.fixture.json` (written by `Fixtures/make_fixtures.py`).
struct PooledFixture {
    /// One NetworkX call: per pair of node names, the value.
    struct Case {
        let normalized: Bool
        let weighted: Bool
        let call: String
        let pairs: [(String, String, Double)]
    }

    let name: String
    let directed: Bool
    let nodes: [String]
    /// Every relation, parallel ones included: (source, target, weight).
    let relations: [(String, String, Double)]
    let cases: [Case]

    static let names = ["pooled_undirected", "pooled_directed"]

    init(_ name: String) throws {
        let url = NetworkXFixture.directory.appendingPathComponent("\(name).pairs.fixture.json")
        guard let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
            let directed = json["directed"] as? Bool, let nodes = json["nodes"] as? [String],
            let rows = json["relations"] as? [[Any]], let cases = json["cases"] as? [[String: Any]]
        else { throw CocoaError(.fileReadCorruptFile) }
        func triple(_ row: [Any]) -> (String, String, Double)? {
            guard row.count == 3, let a = row[0] as? String, let b = row[1] as? String,
                let x = (row[2] as? NSNumber)?.doubleValue else { return nil }
            return (a, b, x)
        }
        self.name = name
        self.directed = directed
        self.nodes = nodes
        relations = rows.compactMap(triple)
        self.cases = try cases.map { c in
            guard let params = c["params"] as? [String: Bool], let call = c["call"] as? String,
                let pairs = c["pairs"] as? [[Any]] else { throw CocoaError(.fileReadCorruptFile) }
            return Case(normalized: params["normalized"] ?? false, weighted: params["weighted"] ?? false,
                        call: call, pairs: pairs.compactMap(triple))
        }
    }
}
