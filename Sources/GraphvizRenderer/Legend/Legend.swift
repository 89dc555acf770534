import RelationGraph

/// What a drawing's legend explains: the kinds and groups it shows and the edge styles it uses.
///
/// The legend is a model, not a drawing: ``DiagramBuilder`` fills it with exactly the entries a
/// diagram needs, `LegendLayout` draws it as a block beside the Graphviz drawing, and other
/// front ends (an HTML page) can draw the same entries their own way. Sections come in a fixed
/// order, each with a heading: "Entities" (shapes), "Groups" (fill colours), "Relations" (edge
/// styles), "Size".
///
/// ```swift
/// let legend = document.legend            // from DiagramBuilder.document(for:options:)
/// for section in legend?.sections ?? [] {
///     print(section.heading, section.entries.map(\.label))
/// }
/// ```
public struct Legend: Hashable, Sendable {
    /// An edge style a drawing uses.
    public enum EdgeStyle: Hashable, Sendable {
        /// A highlighted path (or the highlight of a single selection), bold in `color`.
        case highlighted(label: String, color: String)
        /// Relations drawn grey because they are context, not the highlighted path.
        case context
        /// Several relations with the same subject, predicate and object drawn as one thicker
        /// edge labelled `×N`.
        case bundled
        /// A relation whose dates are uncertain or approximate, dashed.
        case uncertain
        /// A symmetric relation (met, allied with), drawn without arrowhead.
        case mutual
    }

    /// One line of a section.
    public struct Entry: Hashable, Sendable {
        /// What the sample shows.
        public enum Sample: Hashable, Sendable {
            /// The outline of an entity kind.
            case kind(EntityKind)
            /// A fill colour.
            case fill(String)
            /// A bold outline in a colour: entities marked without a highlighted relation.
            case outline(String)
            /// An edge style.
            case edge(EdgeStyle)
            /// No sample: the line is a note.
            case note
        }

        /// The sample drawn at the start of the line.
        public var sample: Sample
        /// The text after it.
        public var label: String
    }

    /// A headed block of entries.
    public struct Section: Hashable, Sendable {
        /// The heading, such as "Groups".
        public var heading: String
        /// Its lines, in order.
        public var entries: [Entry]
    }

    /// Entity kinds drawn, in `EntityKind` order (RelationGraph's `EntityKind.allCases`).
    public var kinds: [EntityKind] = []
    /// Entities drawn with a coloured outline although no highlighted relation is drawn (the
    /// centre of an ego network).
    public var marked: Mark?

    /// A legend line for marked entities: its text and the outline colour.
    public struct Mark: Hashable, Sendable {
        /// The text, such as "asked about: Hans von Seeckt".
        public var label: String
        /// The outline colour.
        public var color: String

        /// A mark.
        public init(label: String, color: String) {
            self.label = label
            self.color = color
        }
    }
    /// Group colours drawn, in ``GroupColors`` order; groups that share the neutral grey because
    /// the palette ran out are one entry labelled with all their names.
    public var groups: [Entry] = []
    /// Whether some entity drawn has no group.
    public var showsUngrouped = false
    /// Edge styles drawn, in the order added.
    public var edgeStyles: [EdgeStyle] = []
    /// What node size measures, when nodes are sized.
    public var sizeMeasure: String?

    /// An empty legend.
    public init() {}

    /// How the legend names a kind; a place is drawn as its bare name, which the label says.
    public static func label(of kind: EntityKind) -> String {
        switch kind {
        case .person: "Person"
        case .organization: "Organization, state"
        case .facility: "Facility"
        case .agreement: "Agreement"
        case .place: "Place (name only)"
        case .event: "Event"
        case .other: "Other entity"
        }
    }

    /// How the legend describes an edge style.
    public static func label(of style: EdgeStyle) -> String {
        switch style {
        case .highlighted(let label, _): label
        case .context: "context, not on the path"
        case .bundled: "×N: N relations, same predicate and direction"
        case .uncertain: "uncertain or approximate dates"
        case .mutual: "mutual (no direction)"
        }
    }

    /// The sections with at least one entry, in display order.
    public var sections: [Section] {
        var result: [Section] = []
        var kindEntries = kinds.map { Entry(sample: .kind($0), label: Self.label(of: $0)) }
        if let marked { kindEntries.append(Entry(sample: .outline(marked.color), label: marked.label)) }
        if !kindEntries.isEmpty { result.append(Section(heading: "Entities", entries: kindEntries)) }
        var groupEntries = groups
        if showsUngrouped { groupEntries.append(Entry(sample: .fill(ColorPalette.ungroupedFill), label: "no group")) }
        if !groupEntries.isEmpty { result.append(Section(heading: "Groups", entries: groupEntries)) }
        if !edgeStyles.isEmpty {
            result.append(Section(heading: "Relations", entries: edgeStyles.map { Entry(sample: .edge($0), label: Self.label(of: $0)) }))
        }
        if let sizeMeasure {
            result.append(Section(heading: "Size", entries: [Entry(sample: .note, label: "larger nodes: higher \(sizeMeasure)")]))
        }
        return result
    }

    /// Whether there is nothing to explain.
    public var isEmpty: Bool { sections.isEmpty }

    /// Adds an edge style unless it is already listed.
    public mutating func add(_ style: EdgeStyle) {
        if !edgeStyles.contains(style) { edgeStyles.append(style) }
    }

    /// The group entries for the groups drawn: one line per coloured group in ``GroupColors``
    /// order, then one line for the groups that share the neutral grey because the palette ran out
    /// (naming three of them and counting the rest).
    public static func groupEntries(drawn: Set<String>, colors: GroupColors) -> [Entry] {
        var entries: [Entry] = []
        var overflow: [String] = []
        for entry in colors.entries where drawn.contains(entry.group) {
            if entry.isOverflow {
                overflow.append(entry.label)
            } else {
                entries.append(Entry(sample: .fill(entry.fill), label: entry.label))
            }
        }
        if !overflow.isEmpty {
            let named = overflow.prefix(3).joined(separator: ", ")
            let rest = overflow.count > 3 ? " and \(overflow.count - 3) more" : ""
            entries.append(Entry(sample: .fill(ColorPalette.neutralFill), label: "Other groups: " + named + rest))
        }
        return entries
    }
}
