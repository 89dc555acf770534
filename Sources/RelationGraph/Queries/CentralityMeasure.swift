/// The centralities `relgraph rank` can compute, each NetworkX's definition of the same name.
public enum CentralityMeasure: String, CaseIterable, Sendable, Codable {
    /// Degree (in + out when directed); `normalized` divides by n − 1.
    case degree
    /// In-degree (degree when undirected).
    case inDegree = "in-degree"
    /// Out-degree (degree when undirected).
    case outDegree = "out-degree"
    /// Brandes betweenness; raw (unordered pairs when undirected) unless `normalized`.
    case betweenness
    /// Closeness with the Wasserman–Faust correction; incoming distances when directed.
    case closeness
    /// Harmonic centrality (sum of reciprocal distances), not normalized.
    case harmonic
    /// Eigenvector centrality, unit Euclidean norm.
    case eigenvector
    /// PageRank, alpha 0.85.
    case pagerank
    /// Katz centrality, alpha 0.1, beta 1, unit norm.
    case katz
    /// Core number (the largest k-core holding the entity).
    case core

    /// Whether the measure walks shortest paths (weights are then lengths).
    public var usesPaths: Bool { self == .betweenness || self == .closeness || self == .harmonic }
}

/// How to compute a centrality over a relationship graph.
public struct CentralityOptions: Sendable, Hashable {
    /// What to compute.
    public var measure: CentralityMeasure
    /// Follow relations from subject to object; otherwise both ways (the default, like paths).
    public var directed = false
    /// Use relation weights: lengths for path measures, strengths otherwise (as NetworkX does).
    public var weighted = false
    /// For degree and betweenness: NetworkX's `normalized=True` scaling. Other measures are
    /// always reported in NetworkX's default scale.
    public var normalized = false
    /// Which relations count: by predicate and time window (kind and group filters drop entities).
    public var filter = RelationFilter()
    /// Estimate betweenness from this many sampled sources instead of all.
    public var sampleSources: Int?
    /// Seed for `sampleSources` and `epsilon`.
    public var seed: UInt64 = 1
    /// Approximate betweenness to within this of its normalized value (KADABRA; unweighted).
    public var epsilon: Double?
    /// With `epsilon`: the probability allowed for any score to miss by more.
    public var delta = 0.1
    /// PageRank's damping factor (default 0.85) or Katz's attenuation (default 0.1).
    public var alpha: Double?

    /// Options for `measure` with NetworkX's defaults: undirected, unweighted, unnormalized
    /// degree and betweenness, every relation.
    public init(measure: CentralityMeasure) { self.measure = measure }
}
