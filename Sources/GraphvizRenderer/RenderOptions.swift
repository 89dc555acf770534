/// How a graph becomes a diagram: engine, direction, title, clusters, highlighting, sizing, legend.
///
/// The options speak in entity ids and relation indices only; the renderer knows nothing of paths
/// or centralities. A caller that found a path passes its entities and relations as highlights;
/// one that computed betweenness passes it as ``sizeScores``.
///
/// ```swift
/// var options = RenderOptions()
/// options.title = "Rapallo and after"
/// options.highlightedEntities = ["seeckt", "rapallo-treaty"]
/// options.highlightedRelations = [12]
/// options.sizeScores = betweenness   // [entity id: score]
/// options.sizeLabel = "betweenness"
/// ```
public struct RenderOptions: Hashable, Sendable {
    /// The layout engine; `dot` draws ranks along the relation direction.
    public var engine: LayoutEngine = .dot
    /// The direction of `dot`'s ranks; ignored by other engines.
    public var rankDirection: RankDirection = .leftToRight
    /// A title drawn above the diagram.
    public var title: String?
    /// Draw each `group` as a labelled cluster (with `dot`, `fdp`, `osage`, `patchwork`).
    ///
    /// With `fdp`, Graphviz 2.42 places clusters differently from run to run whatever the
    /// seed (`dot -Kfdp` does too), so that one combination is not reproducible.
    public var clusterByGroup = false
    /// Entities drawn with a bold outline.
    public var highlightedEntities: Set<String> = []
    /// Relations (indices into `Graph.relations`) drawn bold.
    public var highlightedRelations: Set<Int> = []
    /// Whether entities and relations that are not highlighted are drawn in grey while
    /// something is highlighted (right for a path; not for marking the centre of a neighbourhood).
    public var dimsOthers = true
    /// A score per entity id; nodes grow with their share of the largest score.
    public var sizeScores: [String: Double] = [:]
    /// What ``sizeScores`` measure, for the legend (for example "betweenness").
    public var sizeLabel: String?
    /// Whether a legend explains shapes, colours, highlighting and sizes.
    public var showsLegend = true
    /// More relations than this with the same subject and object are drawn as one edge,
    /// labelled with their predicates and counts; `nil` draws every relation apart.
    public var parallelRelationLimit: Int? = 3
    /// What edges are labelled with.
    public var edgeLabels: EdgeLabels = .predicateAndYears
    /// The font of every label.
    public var fontName = "Helvetica"
    /// The seed of force-directed engines (`start`), fixed so that renders repeat exactly.
    public var seed = 1

    /// The defaults: `dot`, left to right, labelled edges, a legend, no highlights.
    public init() {}

    /// What an edge's label says.
    public enum EdgeLabels: String, CaseIterable, Sendable, Codable {
        /// No labels.
        case none
        /// The predicate, such as "signed".
        case predicate
        /// The predicate and the relation's years, such as "signed 1922".
        case predicateAndYears = "predicate-and-years"
    }

    /// Options that read well for a diagram of this size: up to 60 entities and 120 relations,
    /// `dot` with labelled edges; beyond, `sfdp` without edge labels (they stay in the SVG
    /// tooltips), since ranks and labels of hundreds of relations no longer fit on a page.
    public static func suggested(entityCount: Int, relationCount: Int) -> RenderOptions {
        var options = RenderOptions()
        if entityCount > 60 || relationCount > 120 {
            options.engine = .sfdp
            options.edgeLabels = .none
        }
        return options
    }

    /// Whether anything is highlighted.
    public var hasHighlight: Bool { !highlightedEntities.isEmpty || !highlightedRelations.isEmpty }
}
