/// A Graphviz graph as plain Swift values: what relgraph builds before handing it to cgraph, and
/// what it reads back out of a DOT file.
///
/// The document is the neutral layer between the relation model and Graphviz: it has no C
/// pointers, can be compared and tested directly, and is turned into DOT text
/// (``dotSource()``) or into a cgraph graph for layout (``DiagramRenderer``). Order is
/// significant and kept: nodes, edges and clusters appear in DOT and in cgraph in array order,
/// which makes output deterministic.
///
/// ```swift
/// var document = DiagramDocument(name: "g")
/// document.nodes = [DiagramNode(id: "a"), DiagramNode(id: "b", attributes: [.shape: "box"])]
/// document.edges = [DiagramEdge(tail: "a", head: "b")]
/// print(document.dotSource())
/// ```
public struct DiagramDocument: Hashable, Sendable {
    /// The graph's name (written after `digraph`).
    public var name: String
    /// Whether edges are arrows (`digraph`, `->`) or lines (`graph`, `--`).
    public var isDirected: Bool
    /// Attributes of the graph itself; like DOT's `graph [...]` at top level they are also the
    /// defaults of clusters that do not set their own.
    public var graphAttributes: [AttributeName: String]
    /// Defaults for every node (DOT's `node [...]`).
    public var nodeDefaults: [AttributeName: String]
    /// Defaults for every edge (DOT's `edge [...]`).
    public var edgeDefaults: [AttributeName: String]
    /// The nodes, in output order; ids are unique.
    public var nodes: [DiagramNode]
    /// The edges, in output order; parallel edges are kept.
    public var edges: [DiagramEdge]
    /// Clusters and plain subgraphs (such as `rank=same` rows), in output order.
    public var clusters: [DiagramCluster]
    /// The legend drawn beside the laid-out graph, never laid out by the engine with it (see
    /// ``DiagramRenderer/render(_:format:)``); DOT without layout leaves it out.
    public var legend: DiagramLegend?

    /// A document with the given parts; everything but the name may be left empty.
    public init(
        name: String,
        isDirected: Bool = true,
        graphAttributes: [AttributeName: String] = [:],
        nodeDefaults: [AttributeName: String] = [:],
        edgeDefaults: [AttributeName: String] = [:],
        nodes: [DiagramNode] = [],
        edges: [DiagramEdge] = [],
        clusters: [DiagramCluster] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }

    /// The same document without attributes that only repeat a default: a node's or edge's
    /// value equal to the node or edge default, a subgraph's value equal to the graph's.
    ///
    /// The drawing does not change, the DOT text gets shorter, and the document equals what
    /// ``DOTReader`` reads back from its DOT text.
    /// - Complexity: O((V + E + C) · A) for A attributes per element.
    public func removingRedundantAttributes() -> DiagramDocument {
        var copy = self
        for i in copy.nodes.indices {
            copy.nodes[i].attributes = copy.nodes[i].attributes.filter { nodeDefaults[$0.key] != $0.value }
        }
        for i in copy.edges.indices {
            copy.edges[i].attributes = copy.edges[i].attributes.filter { edgeDefaults[$0.key] != $0.value }
        }
        for i in copy.clusters.indices {
            copy.clusters[i].attributes = copy.clusters[i].attributes.filter { graphAttributes[$0.key] != $0.value }
        }
        return copy
    }

    /// The layout engine that draws the document: its `layout` graph attribute, as DOT and the
    /// `dot` command have it, or ``LayoutEngine/dot`` when the attribute is absent or names an
    /// engine relgraph does not know. ``DiagramBuilder`` sets it from ``RenderOptions/engine``,
    /// so the options a document was built with decide how ``DiagramRenderer`` lays it out.
    public var engine: LayoutEngine {
        get { graphAttributes[.layout].flatMap(LayoutEngine.init(rawValue:)) ?? .dot }
        set { graphAttributes[.layout] = newValue.rawValue }
    }

    /// The first problem that would stop cgraph from building this document, if any:
    /// a duplicate node id, or an edge or cluster member that names no node.
    ///
    /// - Complexity: O(V + E + C) where C is the number of cluster memberships.
    public func firstProblem() -> String? {
        var ids = Set<String>()
        ids.reserveCapacity(nodes.count)
        for node in nodes where !ids.insert(node.id).inserted {
            return "node '\(node.id)' is declared twice"
        }
        for edge in edges {
            for end in [edge.tail, edge.head] where !ids.contains(end) {
                return "edge \(edge.tail) -> \(edge.head) names the undeclared node '\(end)'"
            }
        }
        var clusterIDs = Set<String>()
        for cluster in clusters {
            if !clusterIDs.insert(cluster.id).inserted {
                return "subgraph '\(cluster.id)' is declared twice"
            }
            for member in cluster.nodeIDs where !ids.contains(member) {
                return "subgraph '\(cluster.id)' names the undeclared node '\(member)'"
            }
        }
        return nil
    }
}

/// A node of a ``DiagramDocument``: its DOT id and its own attributes.
public struct DiagramNode: Hashable, Sendable {
    /// The node's DOT id (shown as `<title>` in SVG).
    public var id: String
    /// Attributes that differ from the document's node defaults.
    public var attributes: [AttributeName: String]

    /// A node with its own attributes.
    public init(id: String, attributes: [AttributeName: String] = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge of a ``DiagramDocument`` between two node ids.
public struct DiagramEdge: Hashable, Sendable {
    /// The id of the node the edge starts from.
    public var tail: String
    /// The id of the node the edge points to.
    public var head: String
    /// Attributes that differ from the document's edge defaults.
    public var attributes: [AttributeName: String]

    /// An edge from `tail` to `head` with its own attributes.
    public init(tail: String, head: String, attributes: [AttributeName: String] = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// A subgraph of a ``DiagramDocument``: a drawn cluster when its id starts with `cluster`,
/// otherwise a grouping such as a `rank=same` row.
public struct DiagramCluster: Hashable, Sendable {
    /// The subgraph's DOT id; Graphviz draws a box around it only if it starts with `cluster`.
    public var id: String
    /// The subgraph's own graph attributes (label, colours, `rank`...).
    public var attributes: [AttributeName: String]
    /// The ids of its member nodes, declared in the document's `nodes`.
    public var nodeIDs: [String]

    /// A subgraph with its attributes and member node ids.
    public init(id: String, attributes: [AttributeName: String] = [:], nodeIDs: [String] = []) {
        self.id = id
        self.attributes = attributes
        self.nodeIDs = nodeIDs
    }

    /// Whether Graphviz draws this subgraph as a box (its id starts with `cluster`).
    public var isDrawnAsCluster: Bool { id.hasPrefix("cluster") }
}

/// A ``Legend`` with the font it is drawn in.
public struct DiagramLegend: Hashable, Sendable {
    /// What the legend explains.
    public var legend: Legend
    /// The font of its text.
    public var fontName: String
    /// The size of its entries in points; for large drawings the renderer scales it up with the
    /// drawing so that it stays legible when the figure is shrunk to a page.
    public var fontSize: Double

    /// A legend in a font.
    public init(legend: Legend, fontName: String = "Helvetica", fontSize: Double = 10) {
        self.legend = legend
        self.fontName = fontName
        self.fontSize = fontSize
    }
}
