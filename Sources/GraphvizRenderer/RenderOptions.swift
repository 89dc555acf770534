import RelationGraph

/// How a graph becomes a diagram: engine, direction, title, clusters, highlighting, sizing, legend.
///
/// The options speak in entity handles and relation indices; the renderer computes no path or
/// centrality. A caller that found a path passes its entities and relations as highlights; one
/// that computed betweenness passes the scores as ``sizeScores``, and the legend names their
/// measure.
///
/// ```swift
/// var options = RenderOptions()
/// options.title = "Rapallo and after"
/// options.highlightedEntities = [try graph.resolve("seeckt"), try graph.resolve("rapallo")]
/// options.highlightedRelations = [12]
/// options.sizeScores = try graph.centrality(CentralityOptions(measure: .betweenness))
/// ```
///
/// Handles are matched to the entities drawn **by id**, so handles and scores of a whole graph
/// apply to a drawing of a part cut out of it (`SubgraphSelection.extract(from:)` keeps ids,
/// not indices), and a handle whose entity is not drawn is ignored. Relations are indices of the
/// graph drawn.
public struct RenderOptions: Hashable, Sendable {
    /// The layout engine; `dot` draws ranks along the relation direction.
    public var engine: LayoutEngine = .dot
    /// The direction of `dot`'s ranks; ignored by other engines.
    public var rankDirection: RankDirection = .leftToRight
    /// A title drawn above the diagram.
    public var title: String?
    /// Draw each `group` as a labelled cluster. Engines that cannot draw clusters (sfdp, circo,
    /// twopi) are replaced by fdp: see ``LayoutEngine/forClusters``.
    ///
    /// With `fdp`, Graphviz 2.42 places clusters differently from run to run whatever the
    /// seed (`dot -Kfdp` does too), so that one combination is not reproducible.
    public var clusterByGroup = false
    /// The group colours and labels; nil takes them from the graph passed to ``DiagramBuilder``.
    /// Set it from the whole graph when drawing a subgraph cut out of it, so that colours do not
    /// depend on the part drawn.
    public var groupColors: GroupColors?
    /// Highlighted paths, each drawn in its own colour (``ColorPalette/pathStrokes``) with a
    /// legend line of its own; their entities and relations are highlighted too.
    public var highlightedPaths: [HighlightedPath] = []
    /// Entities drawn with a bold outline (matched by id).
    public var highlightedEntities: Set<EntityHandle> = []
    /// The legend's line for ``highlightedEntities`` and ``highlightedRelations`` (paths name
    /// their own); nil reads "highlighted".
    public var highlightLabel: String?
    /// Relations (indices into `Graph.relations`) drawn bold.
    public var highlightedRelations: Set<Int> = []
    /// Whether entities and relations that are not highlighted are drawn in grey while
    /// something is highlighted (right for a path; not for marking the centre of a neighbourhood).
    public var dimsOthers = true
    /// Scores that size the nodes: each grows with its share of the largest score drawn, its
    /// tooltip gives the value, and the legend names the scores' `measure`. Entities are
    /// matched by id; one with a NaN score is drawn at the plain size.
    public var sizeScores: CentralityScores?
    /// Whether a legend explains shapes, colours, highlighting and sizes.
    public var showsLegend = true
    /// More relations than this with the same subject, predicate and object are drawn as one
    /// edge labelled `supplied ×7`; relations with different predicates are never merged; `nil`
    /// draws every relation apart.
    public var parallelRelationLimit: Int? = 1
    /// What edges are labelled with.
    public var edgeLabels: EdgeLabels = .predicateAndYears
    /// The font of every label.
    public var fontName = "Helvetica"
    /// The size of entity labels in points; edge labels are two points smaller, the legend one.
    public var fontSize = 11.0
    /// The output resolution (Graphviz `dpi`): PNG pixel sizes grow with it (96 is Graphviz's
    /// PNG default), and so do the sizes SVG and PDF declare. nil leaves Graphviz's default.
    public var dpi: Double?
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
        /// The phrase and the relation's dates, such as "signed 1939-08-23" or "led 1930–1939";
        /// on drawings of more than ``RenderOptions/labelledEntityLimit`` entities or
        /// ``RenderOptions/labelledRelationLimit`` relations only the highlighted relations keep
        /// theirs, so a large drawing stays legible.
        case predicateAndYears = "predicate-and-years"
        /// The phrase and dates on every edge, at every size.
        case always
    }

    /// Above this many entities, ``EdgeLabels/predicateAndYears`` labels only highlighted edges.
    public static let labelledEntityLimit = 60
    /// Above this many relations, likewise.
    public static let labelledRelationLimit = 120

    /// Options that read well for a diagram of this size: up to 60 entities and 120 relations,
    /// `dot` with labelled edges; beyond, `sfdp` with overlap removal and labels only on
    /// highlighted edges (every label stays in the SVG tooltips), since ranks and labels of
    /// hundreds of relations no longer fit on a page.
    public static func suggested(entityCount: Int, relationCount: Int) -> RenderOptions {
        var options = RenderOptions()
        if entityCount > labelledEntityLimit || relationCount > labelledRelationLimit {
            options.engine = .sfdp
        }
        return options
    }

    /// Whether anything is highlighted.
    public var hasHighlight: Bool {
        !highlightedEntities.isEmpty || !highlightedRelations.isEmpty || !highlightedPaths.isEmpty
    }
}

/// A path to draw highlighted: its entities, its relations and the legend line naming it.
public struct HighlightedPath: Hashable, Sendable {
    /// The legend's name for it, such as "path 1: 3 hops".
    public var label: String
    /// The entities on the path (matched by id, as ``RenderOptions`` matches handles).
    public var entities: [EntityHandle]
    /// Relation indices (into `Graph.relations`) on the path.
    public var relations: [Int]

    /// A path with its legend line.
    public init(label: String, entities: [EntityHandle], relations: [Int]) {
        self.label = label
        self.entities = entities
        self.relations = relations
    }

    /// A path found by `PathFinder`, with its legend line.
    /// - Parameters:
    ///   - label: The legend's name for it.
    ///   - path: Its entities and relations.
    public init(label: String, path: FoundPath) {
        self.init(label: label, entities: path.entities, relations: path.relationIndices)
    }
}
