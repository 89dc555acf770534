import Foundation

/// Betweenness estimated by adaptive sampling, with what the sampling did.
public struct BetweennessEstimate: Sendable, Equatable {
    /// One score per vertex, in NetworkX's scale (normalized or raw, as asked).
    public let scores: [Double]
    /// Shortest paths sampled for the scores (the adaptive phase; the calibration phase's
    /// samples are in ``calibrationSamples``).
    public let samples: Int
    /// Paths sampled beforehand to choose each vertex's share of the failure probability.
    public let calibrationSamples: Int
    /// The sample count at which the guarantee holds whatever the estimates (KADABRA's ω).
    public let sampleLimit: Int
    /// The upper bound on the vertex diameter that `sampleLimit` rests on.
    public let vertexDiameterBound: Int
}

extension CSRGraph {
    /// Betweenness of every vertex to within `epsilon` of NetworkX's normalized betweenness,
    /// for all vertices at once with probability at least `1 − delta`: KADABRA.
    ///
    /// Each sample draws an ordered pair `(s, t)` of distinct vertices uniformly and one shortest
    /// `s`–`t` path uniformly among all of them (`ShortestPathSampler`); a vertex's share of
    /// paths through it estimates `b(v) = Σ σ(s,t|v)/σ(s,t) / (n(n − 1))`. NetworkX's normalized
    /// score is `b(v)·n/(n − 2)`, so the sampling runs with error `λ = epsilon·(n − 2)/n`.
    ///
    /// The sample count is adaptive, as Borassi and Natale prove sound: a calibration phase of
    /// `ω/100` samples gives rough estimates, from which every vertex gets failure
    /// probabilities `δ_L(v)`, `δ_U(v)` summing to `delta/2` (larger for vertices the rough
    /// estimate says are central, whose Bernstein-type bounds need them most). Then samples are
    /// drawn in blocks of 1,024 until for every vertex the lower and upper deviation bounds
    /// `f(b̃, δ_L, ω, τ)` and `g(b̃, δ_U, ω, τ)` are below `λ`, or until `τ = ω`, the VC-dimension
    /// bound of Riondato and Kornaropoulos, `ω = 0.5/λ² · (⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))`, with
    /// `VD` from `vertexDiameterBound()` (an upper bound on the vertex diameter), at which the guarantee holds in any case (the other
    /// `delta/2`).
    ///
    /// Unweighted only. Sample `i` of each phase has its own generator seeded from `seed` and `i`,
    /// blocks are split over the cores and path counts are integers, so the result is the same
    /// for a seed whatever the number of threads. `normalized: false` returns NetworkX's raw
    /// scale (unordered pairs on an undirected graph); the guarantee then reads
    /// `epsilon·(n − 1)(n − 2)` (halved when undirected).
    ///
    /// `sampleLimit` is told `ω` once it is known (before any sample), so a progress display
    /// can show how far `progress`, called with finished samples, is from the most it may take.
    ///
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` when `epsilon` or `delta` is
    ///   not strictly between 0 and 1.
    /// - Complexity: O(ω · cost of one balanced bidirectional search) time at most, usually far
    ///   fewer samples; O(V) memory per core.
    ///
    /// Borassi, M. & Natale, E. (2016). KADABRA is an ADaptive Algorithm for Betweenness via
    /// Random Approximation. *ESA 2016*, LIPIcs 57, 20:1–20:18 (journal version: *ACM Journal of
    /// Experimental Algorithmics* 24, 2019). Riondato, M. & Kornaropoulos, E. M. (2016). Fast
    /// approximation of betweenness centrality through sampling. *Data Mining and Knowledge
    /// Discovery* 30(2), 438–475.
    public func approximateBetweenness(
        epsilon: Double, delta: Double = 0.1, normalized: Bool = true, seed: UInt64 = 1,
        concurrent: Bool = true, sampleLimit: ((Int) -> Void)? = nil, progress: ProgressHandler? = nil
    ) throws(CentralityError) -> BetweennessEstimate {
        guard epsilon > 0, epsilon < 1 else {
            throw .invalidParameter(name: "epsilon", reason: "\(epsilon) must lie strictly between 0 and 1")
        }
        guard delta > 0, delta < 1 else {
            throw .invalidParameter(name: "delta", reason: "\(delta) must lie strictly between 0 and 1")
        }
        let n = vertexCount
        let diameter = vertexDiameterBound()
        // Without a path of three vertices no vertex lies inside a shortest path.
        guard n > 2, diameter > 2 else {
            return BetweennessEstimate(
                scores: [Double](repeating: 0, count: n), samples: 0, calibrationSamples: 0,
                sampleLimit: 0, vertexDiameterBound: diameter)
        }
        let lambda = epsilon * Double(n - 2) / Double(n)
        let vcDimension = Double(Int.bitWidth - 1 - (diameter - 2).leadingZeroBitCount) + 1
        let omega = Int((0.5 / (lambda * lambda) * (vcDimension + log(2 / delta))).rounded(.up))
        sampleLimit?(omega)
        let sampler = PathSampling(graph: self, seed: seed, concurrent: concurrent)

        // Calibration: rough estimates to spread the failure probability.
        let calibration = max(1, omega / 100)
        var rough = [Int](repeating: 0, count: n)
        sampler.run(phase: 0, range: 0..<calibration) { rough[$0] += 1 }
        let bounds = KadabraBounds(
            rough: rough, samples: calibration, lambda: lambda, delta: delta, omega: omega)

        // Adaptive phase.
        var counts = [Int](repeating: 0, count: n)
        var touched: [Int32] = []
        var taken = 0
        var lastFailing = -1
        // Vertices the calibration never saw that the adaptive phase has: while some remain
        // unsampled, the hardest bound of all (the smallest δ) must be tested.
        var unseenSampled = 0
        while taken < omega {
            let block = min(PathSampling.blockSize, omega - taken)
            sampler.run(phase: 1, range: taken..<taken + block) { v in
                if counts[v] == 0 {
                    touched.append(Int32(v))
                    if rough[v] == 0 { unseenSampled += 1 }
                }
                counts[v] += 1
            }
            taken += block
            progress?(block)
            let unsampledUnseen = bounds.unseenCount > unseenSampled
            if let failing = bounds.firstFailing(
                counts: counts, touched: touched, samples: taken, tryFirst: lastFailing,
                unsampledUnseen: unsampledUnseen) {
                lastFailing = failing
            } else {
                break
            }
        }

        let pairs = Double(n) * Double(n - 1)
        let scale = normalized
            ? Double(n) / Double(n - 2) / Double(taken)
            : pairs / Double(taken) / (isDirected ? 1 : 2)
        return BetweennessEstimate(
            scores: counts.map { Double($0) * scale }, samples: taken, calibrationSamples: calibration,
            sampleLimit: omega, vertexDiameterBound: diameter)
    }
}

/// Draws shortest-path samples by index on all cores and hands their inner vertices to the
/// caller in sample order, so every count is independent of the thread count.
struct PathSampling {
    static let blockSize = 1024
    let graph: CSRGraph
    let seed: UInt64
    let partitions: Int
    let samplers: [ShortestPathSampler]
    /// Component of each vertex when undirected: pairs in different components have no path.
    let component: [Int32]?

    init(graph: CSRGraph, seed: UInt64, concurrent: Bool) {
        self.graph = graph
        self.seed = seed
        partitions = concurrent ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
        samplers = (0..<partitions).map { _ in ShortestPathSampler(vertexCount: graph.vertexCount) }
        component = graph.isDirected ? nil : graph.weaklyConnectedComponents().componentOf
    }

    /// The generator of sample `index` in `phase`.
    static func generator(seed: UInt64, phase: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (phase &* 0xA076_1D64_78BD_642F))
        let base = mixer.next()
        return SplitMix64(seed: base ^ (UInt64(index) &* 0xE703_7ED1_A0B4_28DB))
    }

    /// Runs the samples of `range`, then calls `visit` once per inner vertex of each sampled path.
    func run(phase: UInt64, range: Range<Int>, visit: (Int) -> Void) {
        let n = graph.vertexCount
        let found = PathLists(count: partitions)
        let plan = ParallelSources(sources: (0..<partitions).map(Int32.init), concurrent: partitions > 1)
        graph.withSearchRows { back, out in
            let shared = SharedSamplers(samplers: samplers, component: component)
            let seed = seed
            let partitions = partitions
            plan.forEachPartition { p in
                let sampler = shared.samplers[p]
                var vertices: [Int32] = []
                for i in stride(from: range.lowerBound + p, to: range.upperBound, by: partitions) {
                    var random = Self.generator(seed: seed, phase: phase, index: i)
                    let s = Int(random.next() % UInt64(n))
                    var t = Int(random.next() % UInt64(n - 1))
                    if t >= s { t += 1 }
                    if let component = shared.component, component[s] != component[t] { continue }
                    sampler.sample(from: s, to: t, out: out, in: back, random: &random, into: &vertices)
                }
                found.store(vertices, at: p)
            }
        }
        for p in 0..<partitions { for v in found.lists[p] { visit(Int(v)) } }
    }
}

/// The samplers and component labels, shared read-only with worker threads; partition `p`
/// alone uses `samplers[p]`.
struct SharedSamplers: @unchecked Sendable {
    let samplers: [ShortestPathSampler]
    let component: [Int32]?
}

/// One list of sampled inner vertices per partition, each written by its partition only.
final class PathLists: @unchecked Sendable {
    private(set) var lists: [[Int32]]
    private let lock = NSLock()
    init(count: Int) { lists = [[Int32]](repeating: [], count: count) }
    func store(_ list: [Int32], at p: Int) {
        lock.lock(); defer { lock.unlock() }
        lists[p] = list
    }
}

/// KADABRA's per-vertex failure probabilities and its stopping test (absolute error).
struct KadabraBounds {
    let lambda: Double
    let omega: Double
    /// `ln(1/δ_L(v))` and `ln(1/δ_U(v))` per vertex.
    let logLower: [Double]
    let logUpper: [Double]
    /// The calibration's vertices by `δ_U` ascending: the first without samples is the hardest of them.
    let seenByUpper: [Int32]
    /// Vertices the calibration never sampled, and their common (largest) `ln(1/δ)`.
    let unseenCount: Int
    let unseenLogInverse: Double

    /// Chooses `δ_L(v) = δ_U(v) = exp(−C·λ²/b̃(v)) + δ·β/(4n)` with the smallest `C` for which
    /// they sum to at most `δ/2` (β = 0.001 of it spread evenly), as Borassi and Natale do.
    init(rough: [Int], samples: Int, lambda: Double, delta: Double, omega: Int) {
        let n = rough.count
        let balancing = 0.001
        let estimates = rough.filter { $0 > 0 }.map { Double($0) / Double(samples) }
        let budget = delta / 2 * (1 - balancing)
        func total(_ c: Double) -> Double {
            estimates.reduce(0) { $0 + 2 * exp(-c * lambda * lambda / $1) }
        }
        var low = 0.0, high = 1 / (lambda * lambda) * log(Double(n) * 4 * (1 - balancing) / delta)
        while total(high) >= budget { low = high; high *= 2 }
        while high - low > lambda / 10 {
            let mid = (low + high) / 2
            if total(mid) >= budget { low = mid } else { high = mid }
        }
        let floor = delta * balancing / 4 / Double(n)
        let logInverse = rough.map { r in
            let b = Double(r) / Double(samples)
            return -log((b > 0 ? exp(-high * lambda * lambda / b) : 0) + floor)
        }
        logLower = logInverse
        logUpper = logInverse
        // Sorting only the sampled vertices keeps this O(V) plus the calibration's size.
        seenByUpper = (0..<n).filter { rough[$0] > 0 }.map(Int32.init).sorted { logInverse[Int($0)] > logInverse[Int($1)] }
        unseenCount = rough.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        unseenLogInverse = -log(floor)
        self.lambda = lambda
        self.omega = Double(omega)
    }

    /// Bound on how far below the estimate the true value may lie (KADABRA's `f`).
    func lower(_ b: Double, logInverse: Double, samples tau: Double) -> Double {
        let a = omega / tau - 1.0 / 3
        let bound = logInverse / tau * (-a + (a * a + 2 * b * omega / logInverse).squareRoot())
        return min(bound, b)
    }

    /// Bound on how far above the estimate the true value may lie (KADABRA's `g`).
    func upper(_ b: Double, logInverse: Double, samples tau: Double) -> Double {
        let a = omega / tau + 1.0 / 3
        let bound = logInverse / tau * (a + (a * a + 2 * b * omega / logInverse).squareRoot())
        return min(bound, 1 - b)
    }

    func holds(_ v: Int, count: Int, samples tau: Double) -> Bool {
        let b = Double(count) / tau
        return lower(b, logInverse: logLower[v], samples: tau) < lambda
            && upper(b, logInverse: logUpper[v], samples: tau) < lambda
    }

    /// A vertex whose bounds are not yet within `lambda` (-2 standing for the unsampled vertices
    /// the calibration never saw), or `nil` when all are. Only sampled vertices and the hardest
    /// unsampled one need testing: for an unsampled vertex the bound grows with `ln(1/δ_U)`.
    /// `tryFirst` (the last failure) is tested first, as it usually still fails.
    func firstFailing(counts: [Int], touched: [Int32], samples: Int, tryFirst: Int, unsampledUnseen: Bool) -> Int? {
        let tau = Double(samples)
        if tryFirst >= 0 && !holds(tryFirst, count: counts[tryFirst], samples: tau) { return tryFirst }
        if unsampledUnseen && upper(0, logInverse: unseenLogInverse, samples: tau) >= lambda { return -2 }
        for v in touched where !holds(Int(v), count: counts[Int(v)], samples: tau) { return Int(v) }
        if let unsampled = seenByUpper.first(where: { counts[Int($0)] == 0 }),
            !holds(Int(unsampled), count: 0, samples: tau) { return Int(unsampled) }
        return nil
    }
}
