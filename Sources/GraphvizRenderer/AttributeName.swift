/// The name of a Graphviz attribute, with readable Swift names for the ones relgraph sets.
///
/// Graphviz's own spelling is the raw value, so any attribute a DOT file carries can be kept, and
/// the readable names read well at the call site:
///
/// ```swift
/// node.attributes[.fillColor] = "#a6cee3"    // fillcolor
/// document.graphAttributes[.rankDirection] = RankDirection.leftToRight.rawValue   // rankdir
/// ```
///
/// Names order by their DOT spelling, which is the order attributes are written in.
public struct AttributeName: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The attribute's name as Graphviz spells it.
    public let rawValue: String

    /// The attribute Graphviz calls `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The attribute Graphviz calls `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The attribute Graphviz calls `value`, written as a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (a: AttributeName, b: AttributeName) -> Bool { a.rawValue < b.rawValue }

    // Common to graphs, nodes and edges.
    /// `label`: the text shown (an escString: `\n` breaks lines, `\\` is a backslash).
    public static let label = AttributeName("label")
    /// `fontname`: the font family of labels.
    public static let fontName = AttributeName("fontname")
    /// `fontsize`: label size in points.
    public static let fontSize = AttributeName("fontsize")
    /// `fontcolor`: label colour.
    public static let fontColor = AttributeName("fontcolor")
    /// `color`: outline or line colour.
    public static let color = AttributeName("color")
    /// `fillcolor`: fill colour when `style` includes `filled`.
    public static let fillColor = AttributeName("fillcolor")
    /// `style`: comma-separated drawing styles (`filled`, `rounded`, `bold`, `dashed`, `invis`...).
    public static let style = AttributeName("style")
    /// `penwidth`: line width in points.
    public static let penWidth = AttributeName("penwidth")
    /// `tooltip`: hover text in SVG.
    public static let tooltip = AttributeName("tooltip")
    /// `id`: the identifier of the element in SVG output.
    public static let identifier = AttributeName("id")

    // Nodes.
    /// `shape`: the node outline.
    public static let shape = AttributeName("shape")
    /// `width`: minimum node width in inches.
    public static let width = AttributeName("width")
    /// `height`: minimum node height in inches.
    public static let height = AttributeName("height")
    /// `margin`: space around a node's label (inches), or around the drawing for a graph.
    public static let margin = AttributeName("margin")
    /// `fixedsize`: whether `width` and `height` are the node's size, whatever its label.
    public static let fixedSize = AttributeName("fixedsize")

    // Edges.
    /// `arrowsize`: scale of arrowheads.
    public static let arrowSize = AttributeName("arrowsize")
    /// `arrowhead`: the arrowhead shape (`none` for undirected-looking edges).
    public static let arrowHead = AttributeName("arrowhead")
    /// `weight`: how strongly `dot` keeps an edge short and straight.
    public static let edgeWeight = AttributeName("weight")
    /// `constraint`: whether an edge takes part in `dot`'s ranking.
    public static let constraint = AttributeName("constraint")

    // Graphs and clusters.
    /// `rankdir`: the direction of `dot`'s ranks.
    public static let rankDirection = AttributeName("rankdir")
    /// `labelloc`: where a graph or cluster label sits (`t` or `b`).
    public static let labelLocation = AttributeName("labelloc")
    /// `labeljust`: label justification (`l`, `c`, `r`).
    public static let labelJustification = AttributeName("labeljust")
    /// `overlap`: how force-directed engines remove node overlaps (`false` = remove them).
    public static let overlap = AttributeName("overlap")
    /// `splines`: how edges are drawn (`true`, `ortho`, `polyline`...).
    public static let splines = AttributeName("splines")
    /// `layout`: the layout engine that draws the graph (``LayoutEngine``'s raw value), as the
    /// `dot` command reads it too.
    public static let layout = AttributeName("layout")
    /// `start`: the seed of force-directed engines; fixed for deterministic output.
    public static let layoutSeed = AttributeName("start")
    /// `outputorder`: draw edges before nodes so nodes cover them.
    public static let outputOrder = AttributeName("outputorder")
    /// `nodesep`: minimum space between nodes of one rank (inches).
    public static let nodeSeparation = AttributeName("nodesep")
    /// `ranksep`: minimum space between ranks (inches).
    public static let rankSeparation = AttributeName("ranksep")
    /// `pad`: space around the drawing (inches).
    public static let pad = AttributeName("pad")
    /// `charset`: the encoding of strings (relgraph always writes UTF-8).
    public static let charset = AttributeName("charset")
    /// `rank`: `same` puts a subgraph's nodes on one rank.
    public static let rank = AttributeName("rank")
    /// `sep`: margin kept around nodes when removing overlaps.
    public static let separation = AttributeName("sep")
    /// `dpi`: output resolution; PNG pixel sizes and SVG sizes scale with it (Graphviz's default is 96 for PNG, 72 for SVG and PDF).
    public static let dpi = AttributeName("dpi")
    /// `bb`: the bounding box Graphviz computed, "llx,lly,urx,ury" in points.
    public static let boundingBox = AttributeName("bb")
    /// `pos`: a laid-out position, "x,y" in points (`!` appended pins it).
    public static let position = AttributeName("pos")
    /// `newrank`: rank clusters together with the whole graph.
    public static let newRank = AttributeName("newrank")
}
