import RelationGraph

/// How entities and relations look: shapes by kind, the highlight colour, dates in labels.
///
/// Kind decides the outline so a reader tells a person from a treaty at a glance; group decides
/// the fill so sides stand apart (``GroupColors`` fixes each group's colour for the whole graph).
package enum DiagramStyle {
    /// The outline of each kind.
    package static func shape(of kind: EntityKind) -> NodeShape {
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
    package static func style(of kind: EntityKind) -> String {
        switch kind {
        case .organization: "rounded,filled"
        case .place: "solid"
        case .person, .facility, .agreement, .event, .other: "filled"
        }
    }

    /// Outline and label colour of highlighted entities and relations: the first path colour.
    package static let highlightColor = ColorPalette.pathStroke(0)
    /// Line colour of ordinary relations.
    package static let edgeColor = "#555555"
    /// Line and text colour of relations and entities that are not highlighted while others are.
    package static let fadedColor = "#B0B0B0"

    /// The fill of each group, given the `group` of every entity of the graph (repeats count):
    /// the colours ``GroupColors`` assigns, as a dictionary. Pass the whole graph's groups, not
    /// a drawing's, or colours will depend on the drawing.
    package static func groupColors(_ groups: some Sequence<String>) -> [String: String] {
        var counts: [String: Int] = [:]
        for group in groups { counts[group, default: 0] += 1 }
        return Dictionary(uniqueKeysWithValues: GroupColors(groupCounts: counts).entries.map { ($0.group, $0.fill) })
    }

    /// Names longer than this many characters are wrapped onto several lines.
    package static let wrapWidth = 28

    /// `text` broken at spaces into lines of at most ``wrapWidth`` characters (a longer word
    /// gets a line of its own); text that fits stays one line.
    package static func wrapped(_ text: String, width: Int = wrapWidth) -> [String] {
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

    /// A span for a label, read as a state (it held from start to end), in years: "1922",
    /// "1922–1933", "from 1922" (an open end `..`: it continued), "1922–?" (no end written),
    /// "until 1933" (end only), or nil when undated. Qualified dates read as the date display
    /// shows them ("c. 1923", "1920s").
    package static func years(_ span: TimeSpan) -> String? {
        switch (span.start, span.end) {
        case (nil, nil): return nil
        case let (s?, e?) where yearText(s) == yearText(e): return yearText(s)
        case let (s?, e?): return "\(yearText(s))–\(yearText(e))"
        case let (s?, nil): return span.openEnd ? "from " + yearText(s) : yearText(s) + "–?"
        case let (nil, e?): return "until " + yearText(e)
        }
    }

    /// A relation's dates for its edge label. An instant (a dated act such as signing or a
    /// meeting) shows its date as written, `1939-08-23`, or both dates when the act took days;
    /// a state shows years as ``years(_:)`` does.
    ///
    /// An end of the start's precision and year drops what it shares with the start, after a
    /// tight dash (`1939-08-23–24`, `1939-08-23–09-28`); so do two years (`1930–1939`). Two ends
    /// written in full with a month or day in either are set apart by a spaced dash, which no
    /// reader takes for one of their hyphens: `1939 – 1939-08` (from some time in 1939 to August
    /// 1939, ends of different precision), `1939-08 – 1940-02`.
    package static func dates(_ span: TimeSpan, isInstant: Bool) -> String? {
        guard isInstant else { return years(span) }
        switch (span.start, span.end) {
        case (nil, nil): return nil
        case let (s?, e?) where s == e: return dateText(s)
        case let (s?, e?):
            let end = shortEnd(e, after: s)
            let inFull = end == dateText(e) && (s.precision > .year || e.precision > .year)
            return dateText(s) + (inFull ? " – " : "–") + end
        case let (s?, nil): return dateText(s)
        case let (nil, e?): return "until " + dateText(e)
        }
    }

    /// A date as readers see it in every answer (`1939-08-23`, `c. 1923`, `1920s`).
    static func dateText(_ date: PartialDate) -> String { date.displayText }

    /// The end of an instant's range without the parts it shares with the start:
    /// 1939-08-23 to 1939-08-24 reads `1939-08-23–24`, to 1939-09-28 `1939-08-23–09-28`.
    static func shortEnd(_ end: PartialDate, after start: PartialDate) -> String {
        let full = dateText(end)
        guard !start.isQualified, !end.isQualified, end.year == start.year, end.precision == start.precision,
            end.precision > .year
        else { return full }
        let parts = full.split(separator: "-")
        if end.month == start.month, end.precision == .day, parts.count == 3 { return String(parts[2]) }
        return parts.dropFirst().joined(separator: "-")
    }

    /// A date's year, for spans shown in years; a qualified date keeps its reading ("c. 1923").
    static func yearText(_ date: PartialDate) -> String { date.isQualified ? date.displayText : String(date.year) }

    /// Whether `relation` is an instant (its predicate's `time` is `instant`): a dated act whose
    /// label shows its date.
    static func isInstant(_ relation: Relation, in graph: Graph) -> Bool {
        graph.schema.predicate(named: relation.predicate)?.timeShape == .instant
    }
}

extension DiagramStyle {
    /// An entity's lifespan for its node label, in years as ``years(_:)`` reads them, except that
    /// a missing end reads "from 1922": an organization or a person without a known end.
    package static func lifespan(_ span: TimeSpan) -> String? {
        var open = span
        if open.start != nil && open.end == nil { open.openEnd = true }
        return years(open)
    }

    /// Whether a span's dates are uncertain or approximate (EDTF `?`, `~`, `%` or `X` digits):
    /// such relations are drawn dashed.
    package static func isUncertain(_ span: TimeSpan) -> Bool {
        span.start?.isQualified == true || span.end?.isQualified == true
    }
}
