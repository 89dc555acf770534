import RelationGraph

/// The fill colour and display label of every group of a graph, fixed for the whole graph.
///
/// A group's colour depends on the graph, never on which entities one drawing shows, so every
/// figure of a paper colours a side the same way, in every format and under every engine. The
/// rule, applied to the graph's full group list:
///
/// 1. Groups named in `groups.csv` come first, in that file's order, with its `label` and `color`
///    where given (see ``GroupTable``).
/// 2. The other groups follow, most entities first, ties by name, neutral groups last.
/// 3. Neutral groups (`other`, `none`, `unknown`, `neutral`) get ``ColorPalette/neutralFill``.
/// 4. The rest take ``ColorPalette/groupFills`` in that order; once the six are used, further
///    groups share the neutral grey and the legend lists them together ("Other groups"), since
///    repeating a colour would make two sides look like one.
///
/// A label defaults to the slug read as words: `soviet-union` becomes "Soviet Union".
///
/// ```swift
/// let colors = GroupColors(graph: graph)
/// colors.fill(of: "soviet-union")    // "#77aadd" in the bundled graph
/// colors.label(of: "soviet-union")   // "Soviet Union"
/// ```
public struct GroupColors: Hashable, Sendable {
    /// One group with its colour and label.
    public struct Entry: Hashable, Sendable {
        /// The group's value in `entities.csv`.
        public var group: String
        /// How the legend names it.
        public var label: String
        /// Its fill, `#rrggbb`.
        public var fill: String
        /// Whether it shares the neutral grey because the palette ran out.
        public var isOverflow: Bool
    }

    /// Every group of the graph, in the order colours were handed out.
    public let entries: [Entry]
    private let index: [String: Int]

    /// Groups whose name means "none of the sides"; they get the neutral grey.
    public static let neutralGroups: Set<String> = ["other", "none", "unknown", "neutral"]

    /// The colours of `graph`'s groups, following `table` (a graph's `groups.csv`) where given.
    /// - Complexity: O(V + G log G) for V entities and G groups.
    public init(graph: Graph, table: GroupTable? = nil) {
        var counts: [String: Int] = [:]
        for entity in graph.entities { if let group = entity.group { counts[group, default: 0] += 1 } }
        self.init(groupCounts: counts, table: table)
    }

    /// The colours of groups with these entity counts (the order rule uses the counts).
    public init(groupCounts: [String: Int], table: GroupTable? = nil) {
        let listed = table?.rows.map(\.group) ?? []
        let listedSet = Set(listed)
        let rest = groupCounts.keys.filter { !listedSet.contains($0) }.sorted {
            let (neutralA, neutralB) = (Self.neutralGroups.contains($0.lowercased()), Self.neutralGroups.contains($1.lowercased()))
            if neutralA != neutralB { return neutralB }
            let (a, b) = (groupCounts[$0] ?? 0, groupCounts[$1] ?? 0)
            return a != b ? a > b : $0 < $1
        }
        var entries: [Entry] = []
        var next = 0
        for group in listed + rest {
            let row = table?.row(for: group)
            var entry = Entry(group: group, label: row?.label ?? Self.label(fromSlug: group), fill: ColorPalette.neutralFill, isOverflow: false)
            if let color = row?.color {
                entry.fill = color
            } else if !Self.neutralGroups.contains(group.lowercased()) {
                if next < ColorPalette.groupFills.count {
                    entry.fill = ColorPalette.groupFills[next]
                } else {
                    entry.isOverflow = true
                }
                next += 1
            }
            entries.append(entry)
        }
        self.entries = entries
        self.index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.group, $0) })
    }

    /// The fill of `group`; ``ColorPalette/ungroupedFill`` for nil, neutral grey for a group the
    /// graph does not have.
    public func fill(of group: String?) -> String {
        guard let group else { return ColorPalette.ungroupedFill }
        return index[group].map { entries[$0].fill } ?? ColorPalette.neutralFill
    }

    /// The display label of `group`.
    public func label(of group: String) -> String {
        index[group].map { entries[$0].label } ?? Self.label(fromSlug: group)
    }

    /// The entry of `group`, if the graph has it.
    public func entry(for group: String) -> Entry? { index[group].map { entries[$0] } }

    /// `soviet-union` → "Soviet Union": hyphens become spaces, each word capitalised.
    public static func label(fromSlug slug: String) -> String {
        slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}
