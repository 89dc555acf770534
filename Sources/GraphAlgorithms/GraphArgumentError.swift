/// Why a graph could not be built or a query could not run on it: an argument that does not fit
/// the graph (a vertex outside it, a mask or cost vector of the wrong length, a weight a
/// weighted search cannot use).
///
/// Every public entry point of `GraphAlgorithms` checks its arguments once, before its search
/// loops, and throws this (centrality measures throw ``CentralityError/invalidParameter(name:reason:)``
/// with the same wording) instead of trapping.
public enum GraphArgumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A vertex index outside `0..<vertexCount`; `name` says which argument.
    case vertexOutOfRange(name: String, vertex: Int, vertexCount: Int)
    /// An array that needs one entry per vertex or per edge has another length.
    case countMismatch(name: String, expected: Int, actual: Int)
    /// An edge weight the operation cannot use (not finite; negative or zero for a weighted search).
    case unusableWeight(edge: Int, weight: Double, need: String)
    /// Any other argument outside its allowed range.
    case invalidParameter(name: String, reason: String)

    /// The argument at fault.
    public var name: String {
        switch self {
        case .vertexOutOfRange(let name, _, _), .countMismatch(let name, _, _), .invalidParameter(let name, _):
            return name
        case .unusableWeight:
            return "weights"
        }
    }

    /// What is wrong with it, without the argument's name.
    public var reason: String {
        switch self {
        case .vertexOutOfRange(_, let vertex, let vertexCount):
            return "vertex \(vertex) is not in 0..<\(vertexCount)"
        case .countMismatch(_, let expected, let actual):
            return "has \(actual) entries where \(expected) are needed"
        case .unusableWeight(let edge, let weight, let need):
            return "edge \(edge) has weight \(weight); weights must be \(need)"
        case .invalidParameter(_, let reason):
            return reason
        }
    }

    /// A sentence saying what failed.
    public var description: String { "invalid \(name): \(reason)" }
}

extension CentralityError {
    /// The same complaint as a centrality error, so a measure throws one error type.
    init(_ error: GraphArgumentError) {
        self = .invalidParameter(name: error.name, reason: error.reason)
    }
}
