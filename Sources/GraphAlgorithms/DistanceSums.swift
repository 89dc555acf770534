/// What one single-source search reports for closeness and harmonic centrality.
struct DistanceSums {
    /// Vertices reached, the source included.
    var reached: Int
    /// Sum of the distances to the reached vertices.
    var total: Double
    /// Sum of the reciprocal distances to the reached vertices other than the source.
    var reciprocal: Double
}
