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
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` for a negative sample
    ///   count or a listed vertex outside `0..<n`.
    func resolve(vertexCount n: Int) throws(CentralityError) -> [Int]? {
        switch self {
        case .all:
            return nil
        case .sample(let count, let seed):
            if count < 0 {
                throw .invalidParameter(name: "sample", reason: "\(count) sources; the count must not be negative")
            }
            if count >= n { return nil }
            var generator = SplitMix64(seed: seed)
            var pool = Array(0..<n)
            for i in 0..<count {
                let j = i + Int(generator.next() % UInt64(n - i))
                pool.swapAt(i, j)
            }
            return pool[0..<count].sorted()
        case .vertices(let list):
            if let bad = list.first(where: { $0 < 0 || $0 >= n }) {
                throw CentralityError(.vertexOutOfRange(name: "sources", vertex: bad, vertexCount: n))
            }
            let unique = Array(Set(list)).sorted()
            return unique.count == n ? nil : unique
        }
    }
}
