/// Why a centrality computation could not produce scores.
///
/// Power iterations (eigenvector, PageRank, Katz) report ``didNotConverge(iterations:tolerance:)``
/// instead of returning a vector that has not settled, as NetworkX raises
/// `PowerIterationFailedConvergence`.
public enum CentralityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The iteration did not reach the tolerance within the allowed number of steps.
    case didNotConverge(iterations: Int, tolerance: Double)
    /// The measure is undefined on a graph without vertices.
    case emptyGraph
    /// A per-vertex vector (personalization, dangling weights, beta) has the wrong length,
    /// a negative entry or sums to zero.
    case invalidVector(name: String, reason: String)
    /// A parameter lies outside its allowed range (for example an error bound not in (0, 1)).
    case invalidParameter(name: String, reason: String)

    /// A sentence saying what failed and what to change.
    public var description: String {
        switch self {
        case .didNotConverge(let iterations, let tolerance):
            return "power iteration did not converge to tolerance \(tolerance) in \(iterations) iterations"
                + " (raise the iteration limit or the tolerance; for Katz, lower alpha)"
        case .emptyGraph:
            return "the measure is undefined on a graph with no vertices"
        case .invalidVector(let name, let reason):
            return "invalid \(name) vector: \(reason)"
        case .invalidParameter(let name, let reason):
            return "invalid \(name): \(reason)"
        }
    }
}
