import Foundation
import GraphAlgorithms

/// A graph and the values NetworkX computed on it, read from `Fixtures/<name>.fixture.json`
/// (written by `Fixtures/make_fixtures.py`).
struct NetworkXFixture {
    /// One NetworkX call and its result.
    struct Case {
        let measure: String
        let params: [String: Any]
        let call: String
        /// Per-vertex values; `nil` entries are NaN in NetworkX.
        let values: [Double?]?
        /// Per-edge values, by edge index (line of the edge list).
        let edgeValues: [Double?]?
        /// The exception NetworkX raised instead of returning values.
        let error: String?

        func bool(_ key: String) -> Bool { params[key] as? Bool ?? false }
        func double(_ key: String) -> Double? { (params[key] as? NSNumber)?.doubleValue }
        func int(_ key: String) -> Int? { (params[key] as? NSNumber)?.intValue }
        func doubles(_ key: String) -> [Double]? { (params[key] as? [NSNumber])?.map(\.doubleValue) }
    }

    let name: String
    let directed: Bool
    let weighted: Bool
    let nodes: [String]
    let graph: CSRGraph
    let cases: [Case]
    let structure: [String: Any]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let names = ["karate", "florentine", "lesmis", "toy_directed", "toy_directed_weighted", "toy_disconnected", "ba_1k"]

    init(_ name: String) throws {
        let url = Self.directory.appendingPathComponent("\(name).fixture.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        self.name = name
        directed = json["directed"] as! Bool
        weighted = json["weighted"] as! Bool
        nodes = json["nodes"] as! [String]
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        let rows = json["edges"] as! [[Any]]
        let edges = rows.map { (index[$0[0] as! String]!, index[$0[1] as! String]!) }
        let weights = rows.map { ($0[2] as! NSNumber).doubleValue }
        graph = try CSRGraph(vertexCount: nodes.count, edges: edges, weights: weighted ? weights : nil, directed: directed)
        func optionalDoubles(_ any: Any?) -> [Double?]? {
            (any as? [Any])?.map { ($0 as? NSNumber)?.doubleValue }
        }
        cases = (json["cases"] as! [[String: Any]]).map { c in
            var params = c["params"] as! [String: Any]
            if let sources = params["sources"] as? [String] { params["sources"] = sources.map { index[$0]! } }
            return Case(
                measure: c["measure"] as! String, params: params, call: c["call"] as! String,
                values: optionalDoubles(c["values"]), edgeValues: optionalDoubles(c["edge_values"]),
                error: c["error"] as? String)
        }
        structure = json["structure"] as! [String: Any]
    }
}

/// Whether two score vectors agree to `tolerance`, relative for scores above 1; NaN matches nil.
func agree(_ actual: [Double], _ expected: [Double?], tolerance: Double = 1e-9) -> (Bool, String) {
    guard actual.count == expected.count else { return (false, "\(actual.count) values, expected \(expected.count)") }
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        guard let e else {
            if !a.isNaN { return (false, "index \(i): \(a), expected NaN") }
            continue
        }
        if !(abs(a - e) <= tolerance * max(1, abs(e))) { return (false, "index \(i): \(a), expected \(e)") }
    }
    return (true, "")
}
