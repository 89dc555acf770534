import GraphAlgorithms

extension CentralityOptions {
    /// Throws for options the algorithms cannot run with, before any of them starts: a sample of
    /// fewer than one source, or weights that are not lengths (or strengths) at all.
    ///
    /// `GraphAlgorithms` refuses the same arguments itself; checking them here first names the
    /// option or the relation at fault (and refuses a sample of 0, which it would treat as empty).
    /// - Parameter edgeWeights: the weights the measure will read, when ``weighted``.
    /// - Throws: ``CentralityError/invalidParameter(name:reason:)`` naming the option or weight.
    func check(edgeWeights: [Double]?) throws(CentralityError) {
        if let sampleSources, sampleSources < 1 {
            throw .invalidParameter(name: "sample size", reason: "\(sampleSources) sources; sample at least 1")
        }
        if weighted, let weights = edgeWeights, let e = weights.firstIndex(where: { !Self.isUsableWeight($0) }) {
            throw .invalidParameter(
                name: "weight", reason: "edge \(e) has weight \(weights[e]); weighted measures need positive, finite weights")
        }
    }

    /// Whether a weight can be a length or a strength: positive and finite (as the graph format
    /// requires; a library caller can still build a ``Relation`` with any `Double`).
    static func isUsableWeight(_ weight: Double) -> Bool { weight > 0 && weight.isFinite }
}

extension Graph {
    /// The first relation whose weight is not positive and finite, which weighted queries refuse.
    /// - Complexity: O(E).
    var firstRelationWithUnusableWeight: Int? {
        relations.firstIndex { !CentralityOptions.isUsableWeight($0.weight) }
    }

    /// Throws when `options` cannot be computed on this graph (see
    /// ``CentralityOptions/check(edgeWeights:)``), naming the relation with an unusable weight.
    func check(_ options: CentralityOptions) throws(CentralityError) {
        if options.weighted, let r = firstRelationWithUnusableWeight {
            let relation = relations[r]
            throw .invalidParameter(name: "weight", reason: """
                relation \(r + 1) (\(relation.subject) \(relation.predicate) \(relation.object)) has weight \
                \(relation.weight); weighted measures need positive, finite weights
                """)
        }
        try options.check(edgeWeights: nil)
    }
}
