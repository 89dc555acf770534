import Foundation

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
    ///
    /// One thread per active core (the caller included) claims partitions until none is left.
    /// Dedicated threads, not `DispatchQueue.concurrentPerform`: on Linux libdispatch grows its
    /// pool only when its monitor notices waiting work, so a run of a second or two often stayed
    /// on one core.
    func forEachPartition(_ body: @escaping @Sendable (Int) -> Void) {
        let workers = concurrent ? min(partitions, ProcessInfo.processInfo.activeProcessorCount) : 1
        guard workers > 1 else {
            for p in 0..<partitions { body(p) }
            return
        }
        let claims = PartitionClaims(count: partitions)
        let finished = DispatchSemaphore(value: 0)
        for _ in 1..<workers {
            let thread = Thread {
                while let p = claims.next() { body(p) }
                finished.signal()
            }
            thread.start()
        }
        while let p = claims.next() { body(p) }
        for _ in 1..<workers { finished.wait() }
    }
}

/// Called from worker threads with the number of sources just finished; it must be thread-safe.
public typealias ProgressHandler = @Sendable (_ finishedSources: Int) -> Void

/// Hands out partition numbers 0, 1, 2, ... to whichever thread asks next.
final class PartitionClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var nextPartition = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next unclaimed partition, or `nil` when all are taken.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextPartition < count else { return nil }
        nextPartition += 1
        return nextPartition - 1
    }
}
