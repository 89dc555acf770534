import RelationGraph

/// The relations between the two entities and, with --depth 2, the entities within two hops of
/// both: added to `common`'s answer, in text and JSON.
extension CommonCommand {
    /// `common`'s JSON: the shared neighbours' fields plus `direct` and `withinTwo`.
    struct Answer: Encodable {
        let neighbors: CommonNeighbors
        let ground: CommonGround

        enum CodingKeys: String, CodingKey { case a, b, common, depth, direct, withinTwo }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(neighbors.a, forKey: .a)
            try c.encode(neighbors.b, forKey: .b)
            try c.encode(neighbors.common, forKey: .common)
            try c.encode(ground.depth, forKey: .depth)
            try c.encode(ground.direct, forKey: .direct)
            try c.encode(ground.withinTwo, forKey: .withinTwo)
        }
    }

    /// The lines for the direct relations, put before the shared entities.
    static func directLines(_ ground: CommonGround, explanation: inout PathExplanation) -> [String] {
        guard !ground.direct.isEmpty else { return [] }
        let count = ground.direct.count
        return ["", "Linked directly by \(count) relation\(count == 1 ? "" : "s"):"]
            + ground.direct.map { "  " + explanation.sentence(for: $0) }
    }

    /// The lines for the entities within two hops of both, put after the shared entities.
    static func withinTwoLines(_ ground: CommonGround, explanation: inout PathExplanation) -> [String] {
        guard !ground.withinTwo.isEmpty else { return ["", "Within two hops of both: none besides the shared entities."] }
        var out = ["", "Within two hops of both: \(ground.withinTwo.count) more entit\(ground.withinTwo.count == 1 ? "y" : "ies")"]
        for entry in ground.withinTwo {
            out.append("")
            out.append("\(entry.name) [\(entry.kind.rawValue)] (\(entry.distanceFromA) + \(entry.distanceFromB) hops)")
            for hop in entry.fromA + entry.fromB { out.append("  " + explanation.sentence(for: hop)) }
        }
        return out
    }
}
