/// Which vertices an all-pairs computation starts from.
///
/// Exact betweenness runs a search from every vertex. Brandes and Pich (2007) showed that a
/// uniform sample of `k` sources, rescaled, estimates it well at a fraction of the cost;
/// `.sample` draws such a sample reproducibly from a seed.
public enum SourceSelection: Sendable, Equatable {
    /// Every vertex: the exact measure.
    case all
    /// `count` distinct vertices drawn uniformly with a SplitMix64 generator seeded by `seed`.
    case sample(count: Int, seed: UInt64)
    /// These vertices (duplicates are ignored). NetworkX's `k`-sampled results are reproduced
    /// by passing the vertices its `random.sample` picked.
    case vertices([Int])

    /// The chosen vertices in ascending order, or `nil` when every vertex is a source.
    func resolve(vertexCount n: Int) -> [Int]? {
        switch self {
        case .all:
            return nil
        case .sample(let count, let seed):
            precondition(count >= 0, "sample size must not be negative")
            if count >= n { return nil }
            var generator = SplitMix64(seed: seed)
            var pool = Array(0..<n)
            for i in 0..<count {
                let j = i + Int(generator.next() % UInt64(n - i))
                pool.swapAt(i, j)
            }
            return pool[0..<count].sorted()
        case .vertices(let list):
            precondition(list.allSatisfy { $0 >= 0 && $0 < n }, "source vertex out of range")
            let unique = Array(Set(list)).sorted()
            return unique.count == n ? nil : unique
        }
    }
}

/// Steele, Lea and Flood's SplitMix64: a tiny, fast generator whose sequence depends only on
/// the seed, so a sample is the same on every platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
