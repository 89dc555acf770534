import RelationGraph

/// How entities and relations look: shapes by kind, colours by group, the highlight colour.
///
/// Kind decides the outline so a reader tells a person from a treaty at a glance; group decides
/// the fill so sides stand apart. Colours come from a fixed palette in the sorted order of the
/// group names, so the same groups always get the same colours.
public enum DiagramStyle {
    /// The outline of each kind.
    public static func shape(of kind: EntityKind) -> NodeShape {
        switch kind {
        case .person: .ellipse
        case .organization: .box
        case .facility: .house
        case .agreement: .note
        case .place: .plaintext
        case .event: .diamond
        case .other: .octagon
        }
    }

    /// The `style` of each kind: filled, rounded corners for organizations, no fill for places.
    public static func style(of kind: EntityKind) -> String {
        switch kind {
        case .organization: "rounded,filled"
        case .place: "solid"
        case .person, .facility, .agreement, .event, .other: "filled"
        }
    }

    /// Fill colours for groups, light enough for black text (ColorBrewer Pastel1 and Set3 tones).
    public static let palette = [
        "#a6cee3", "#fb9a99", "#b2df8a", "#fdbf6f", "#cab2d6", "#ffff99",
        "#8dd3c7", "#fccde5", "#bebada", "#ccebc5", "#ffed6f", "#d9d9d9",
    ]

    /// Fill colour for entities without a group.
    public static let ungroupedFill = "#f4f4f4"
    /// Outline and label colour of highlighted entities and relations.
    public static let highlightColor = "#c0392b"
    /// Line colour of ordinary relations.
    public static let edgeColor = "#555555"
    /// Line and text colour of relations and entities that are not highlighted while others are.
    public static let fadedColor = "#b0b0b0"

    /// Groups that mean "none of the sides" and get a neutral grey instead of a palette colour.
    public static let neutralGroups: Set<String> = ["other", "none", "unknown", "neutral"]
    /// Fill colour of the neutral groups.
    public static let neutralFill = "#e0e0e0"

    /// A colour for each group name: palette colours in sorted order, repeating after twelve;
    /// grey for the neutral groups ("other", "none", "unknown", "neutral").
    public static func groupColors(_ groups: some Sequence<String>) -> [String: String] {
        var colors: [String: String] = [:]
        var next = 0
        for group in Set(groups).sorted() {
            if neutralGroups.contains(group.lowercased()) {
                colors[group] = neutralFill
            } else {
                colors[group] = palette[next % palette.count]
                next += 1
            }
        }
        return colors
    }

    /// Names longer than this many characters are wrapped onto several lines.
    public static let wrapWidth = 28

    /// `text` broken at spaces into lines of at most ``wrapWidth`` characters (a longer word
    /// gets a line of its own); text that fits stays one line.
    public static func wrapped(_ text: String, width: Int = wrapWidth) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A span as years for a label: "1922", "1922–1933", "1922–", "–1933", or nil when unknown.
    public static func years(_ span: TimeSpan) -> String? {
        switch (span.start?.year, span.end?.year) {
        case (nil, nil): return nil
        case let (s?, e?) where s == e: return String(s)
        case let (s?, e?): return "\(s)–\(e)"
        case let (s?, nil): return "\(s)–"
        case let (nil, e?): return "–\(e)"
        }
    }
}
