import Foundation

/// Runs a handful of independent jobs, one thread per active core, and returns their results
/// in job order, so what the jobs compute never depends on how they were scheduled.
///
/// Dedicated threads rather than `DispatchQueue.concurrentPerform`, for the reason
/// `GraphAlgorithms` gives: on Linux libdispatch widens its pool only once its monitor notices
/// waiting work, which for jobs of a second or less often left one core idle.
enum ConcurrentJobs {
    /// The cores there are to use.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(0)`, …, `body(count - 1)`, the first on the calling thread.
    static func run<R: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> R) -> [R] {
        guard count > 1, cores > 1 else { return (0..<count).map(body) }
        let results = Results<R>(count: count)
        let finished = DispatchSemaphore(value: 0)
        let threads = min(count, cores)
        for worker in 1..<threads {
            Thread {
                var job = worker
                while job < count {
                    results.store(body(job), at: job)
                    job += threads
                }
                finished.signal()
            }.start()
        }
        var job = 0
        while job < count {
            results.store(body(job), at: job)
            job += threads
        }
        for _ in 1..<threads { finished.wait() }
        return results.all()
    }

    /// `a()` on the calling thread and `b()` beside it on another core, when there is one.
    static func both<A, B: Sendable>(_ a: () -> A, _ b: @escaping @Sendable () -> B) -> (A, B) {
        guard cores > 1 else { return (a(), b()) }
        let result = Results<B>(count: 1)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            result.store(b(), at: 0)
            finished.signal()
        }.start()
        let first = a()
        finished.wait()
        // `b` has stored its result before it signalled; computing it again is never needed.
        return (first, result.all().first ?? b())
    }

    /// The results so far, behind a lock.
    private final class Results<R: Sendable>: @unchecked Sendable {
        private var slots: [R?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ result: R, at job: Int) {
            lock.lock()
            slots[job] = result
            lock.unlock()
        }

        func all() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
