/// A Graphviz layout engine; the raw value is Graphviz's name for it.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    /// Hierarchical layers along the edge direction: the default, best for directed relations.
    case dot
    /// Spring model (stress majorization).
    case neato
    /// Spring model with clusters (force-directed placement).
    case fdp
    /// Multiscale force-directed placement for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
    /// Nested packing of clusters.
    case osage
    /// Squarified treemap of clusters.
    case patchwork

    /// Whether the engine starts from random positions, so it needs a fixed seed (`start`) to
    /// give the same drawing twice.
    public var isForceDirected: Bool {
        switch self {
        case .neato, .fdp, .sfdp: return true
        case .dot, .circo, .twopi, .osage, .patchwork: return false
        }
    }

    /// Whether the engine draws `cluster` subgraphs as boxes (Graphviz 2.42: dot, neato, fdp,
    /// osage and patchwork do; sfdp, circo and twopi ignore them).
    public var drawsClusters: Bool {
        switch self {
        case .dot, .neato, .fdp, .osage, .patchwork: return true
        case .sfdp, .circo, .twopi: return false
        }
    }

    /// The engine that draws clusters in this one's place: itself when it can, else fdp (the
    /// force-directed engine that keeps clusters apart), so a request for clusters is never
    /// silently dropped.
    public var forClusters: LayoutEngine { drawsClusters ? self : .fdp }
}
