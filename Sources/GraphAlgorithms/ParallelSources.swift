import Dispatch

/// Splits a list of sources over a fixed number of partitions and runs them on all cores.
///
/// The partition count does not depend on the machine, and partial sums are added partition by
/// partition in index order, so a result is bit-for-bit the same whether it ran on 1 or 64
/// threads. Partition `p` takes every `partitions`-th source starting at `p`, which spreads
/// expensive and cheap sources evenly.
struct ParallelSources: Sendable {
    /// Sources to process, in order.
    let sources: [Int32]
    /// Number of partitions (at most the number of sources, at least 1).
    let partitions: Int
    /// Whether partitions may run concurrently.
    let concurrent: Bool

    /// Partitions when accumulators are small: enough to keep 16 cores busy.
    static let defaultPartitions = 16

    /// Plans `sources` over partitions that each keep `accumulatorSize` doubles.
    ///
    /// The count depends only on the sizes, never on the machine: 16, fewer when 16 accumulators
    /// would pass 16 million doubles (128 MB), but at least 2.
    init(sources: [Int32], accumulatorSize: Int = 0, concurrent: Bool) {
        self.sources = sources
        let byMemory = accumulatorSize > 0 ? max(2, 16_000_000 / accumulatorSize) : Self.defaultPartitions
        self.partitions = max(1, min(Self.defaultPartitions, byMemory, sources.count))
        self.concurrent = concurrent
    }

    /// The sources of partition `p`.
    func sources(ofPartition p: Int) -> StrideTo<Int> {
        stride(from: p, to: sources.count, by: partitions)
    }

    /// Runs `body(partition)` for every partition, concurrently when allowed.
    func forEachPartition(_ body: @Sendable (Int) -> Void) {
        if concurrent && partitions > 1 {
            DispatchQueue.concurrentPerform(iterations: partitions, execute: body)
        } else {
            for p in 0..<partitions { body(p) }
        }
    }
}

/// Called from worker threads with the number of sources just finished; it must be thread-safe.
public typealias ProgressHandler = @Sendable (_ finishedSources: Int) -> Void
