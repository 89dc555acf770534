import GraphvizRenderer
import RelationGraph

/// The graph as the explorer page embeds it: JSON in the page, read by its script.
///
/// Everything the page shows or computes comes from here, worked out by the library: readings
/// in the schema's words, citation texts, the possible and known spans of every relation as day
/// numbers (and the first day of every year, so the page never does date arithmetic), the
/// hub costs of the default shortest-path tie rule, and folded search keys. Indices are those
/// of the drawn graph: entity `i`, relation `r` (the SVG ids `entity-ID` and `relation-r`).
struct ExplorerData: Encodable, Sendable {
    struct Meta: Encodable, Sendable {
        var graph: String
        var selection: String
        var version: String
    }

    struct Kind: Encodable, Sendable {
        var name: String
        var label: String
        /// The Graphviz shape drawn for it, so the legend can draw a sample.
        var shape: String
    }

    struct Group: Encodable, Sendable {
        var id: String
        var label: String
        var fill: String
    }

    /// A legend section of the figures' ``Legend`` model, with samples the page can draw.
    struct LegendSection: Encodable, Sendable {
        struct Entry: Encodable, Sendable {
            /// `kind` (then `shape`), `fill` or `outline` (then `color`), `edge` (then `style`, `color`) or `note`.
            var sample: String
            var shape: String?
            var color: String?
            var style: String?
            var label: String
        }
        var heading: String
        var entries: [Entry]
    }

    struct PredicateReading: Encodable, Sendable {
        var name: String
        var phrase: String
        var inverse: String
        var symmetric: Bool
    }

    struct CitationText: Encodable, Sendable {
        /// Source title (author, date), then the locator: "Sowing the Wind (Ian Johnson, 2016-06-07), line 12".
        var text: String
        /// The source's web address, only when it is http or https.
        var url: String?
    }

    /// Day numbers of 1 January of `first`, `first + 1`, ... up to the year after the last.
    struct Years: Encodable, Sendable {
        var first: Int
        var startDays: [Int]
    }

    struct EntityRecord: Encodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var kind: String
        var group: String?
        var dates: String
        var description: String?
        var layer: String
        /// Name, aliases and id folded as the command line folds them.
        var keys: [String]
        /// The cost of passing through this entity under the fewest-hubs tie rule.
        var hubCost: Double
        /// Whether `relgraph path` with its default options may pass through it.
        var onPaths: Bool
        var citations: [Int]
        /// Relation indices in the order of `relgraph show`.
        var card: [Int]
    }

    struct RelationRecord: Encodable, Sendable {
        var subject: Int
        var object: Int
        var predicate: String
        var dates: String
        var note: String?
        var layer: String
        var citations: [Int]
        /// The days it may have held: one range, or one per claim of its fact.
        var possible: [ExplorerDayRange]
        /// Whether `relgraph path` with its default options may take it as a hop.
        var onPaths: Bool
        var known: ExplorerDayRange?
        /// The other rows that claim the same fact, when they differ in their dates.
        var claims: [Int]?
        /// Extra columns (`goods`, `under`...), by name.
        var attributes: [String: String]
    }

    var meta: Meta
    var legend: [LegendSection]
    var kinds: [Kind]
    var groups: [Group]
    var predicates: [PredicateReading]
    var layers: [String]
    var citations: [CitationText]
    var years: Years
    var entities: [EntityRecord]
    var relations: [RelationRecord]
}

extension ExplorerData {
    /// The layer an entity or relation without one belongs to.
    static let defaultLayer = "network"

    /// The data of `graph`, drawn with these groups and explained by `legend`.
    init(graph: Graph, description: ExplorerPage.Description, groups: [ExplorerData.Group], legend: Legend = Legend()) {
        var citationIndex: [Citation: Int] = [:]
        var citations: [CitationText] = []
        func indices(_ list: [Citation]) -> [Int] {
            list.map { c in
                if let i = citationIndex[c] { return i }
                let url = graph.source(withID: c.sourceID)?.url.flatMap(Self.webAddress)
                citations.append(CitationText(text: CitationNumbering.describe(c, in: graph), url: url))
                citationIndex[c] = citations.count - 1
                return citations.count - 1
            }
        }

        let hubCosts = PathFinder.hubCosts(of: graph)
        let walkable = Self.defaultPathMasks(graph)
        var entities: [EntityRecord] = []
        for (i, e) in graph.entities.enumerated() {
            let keys = ([e.name] + e.aliases + [e.id]).map(Graph.searchKey)
            let card = EntityCard(graph: graph, entityIndex: i).lines.map(\.relationIndex)
            entities.append(EntityRecord(
                id: e.id, name: e.name, aliases: e.aliases, kind: e.kind.rawValue, group: e.group,
                dates: e.span.description, description: e.description, layer: Self.layer(e.layer),
                keys: keys, hubCost: hubCosts[i], onPaths: walkable.entities[i], citations: indices(e.citations), card: card))
        }
        var relations: [RelationRecord] = []
        for (r, relation) in graph.relations.enumerated() {
            let spans = ExplorerSpans.of(relation: r, in: graph)
            let attributes = relation.attributes
            relations.append(RelationRecord(
                subject: Int(graph.relationSubject[r]), object: Int(graph.relationObject[r]),
                predicate: relation.predicate, dates: relation.span.description, note: relation.note,
                layer: Self.layer(relation.layer), citations: indices(relation.citations),
                possible: spans.possible, onPaths: walkable.relations[r], known: spans.known, claims: spans.isDisputed ? spans.claims : nil, attributes: attributes.filter { !$0.value.isEmpty }))
        }

        let used = Set(graph.relations.map(\.predicate))
        let predicates = used.sorted().map { name in
            let p = graph.schema.predicate(named: name) ?? Predicate(name: name)
            return PredicateReading(name: name, phrase: p.wording(reversed: false), inverse: p.wording(reversed: true),
                                    symmetric: p.isSymmetric)
        }
        let kindsDrawn = Set(graph.entities.map(\.kind))
        let kinds = EntityKind.allCases.filter(kindsDrawn.contains).map {
            Kind(name: $0.rawValue, label: Legend.label(of: $0), shape: DiagramStyle.shape(of: $0).rawValue)
        }
        let layerNames = Set(entities.map(\.layer) + relations.map(\.layer))
        let layers = [Self.defaultLayer] .filter(layerNames.contains) + layerNames.subtracting([Self.defaultLayer]).sorted()

        self.init(
            meta: Meta(graph: description.graphName, selection: description.selection, version: description.version),
            legend: legend.sections.map(Self.section), kinds: kinds, groups: groups, predicates: predicates, layers: layers, citations: citations,
            years: Self.years(of: graph), entities: entities, relations: relations)
    }

    static func section(_ section: Legend.Section) -> LegendSection {
        LegendSection(heading: section.heading, entries: section.entries.map { entry in
            var line = LegendSection.Entry(sample: "note", label: entry.label)
            switch entry.sample {
            case .kind(let kind): (line.sample, line.shape) = ("kind", DiagramStyle.shape(of: kind).rawValue)
            case .fill(let color): (line.sample, line.color) = ("fill", color)
            case .outline(let color): (line.sample, line.color) = ("outline", color)
            case .edge(let style):
                line.sample = "edge"
                switch style {
                case .highlighted(_, let color): (line.style, line.color) = ("highlighted", color)
                case .context: (line.style, line.color) = ("context", DiagramStyle.fadedColor)
                case .bundled: line.style = "bundled"
                case .uncertain: line.style = "uncertain"
                case .mutual: line.style = "mutual"
                }
            case .note: break
            }
            return line
        })
    }

    /// The years the time window offers: those of the dated relations (else of the dated
    /// entities), or one year when nothing is dated.
    static func years(of graph: Graph) -> Years {
        func dates(_ spans: [TimeSpan]) -> [PartialDate] { spans.flatMap { [$0.start, $0.end] }.compactMap { $0 } }
        let relationDates = dates(graph.relations.map(\.span))
        let dates = relationDates.isEmpty ? dates(graph.entities.map(\.span)) : relationDates
        let first = dates.map(\.year).min() ?? 1900
        let last = max(first, dates.map(\.year).max() ?? first)
        // Years before 1 or beyond 9999 cannot be written as partial dates; the window stops there.
        let days = (first...(last + 1)).compactMap { try? PartialDate(year: $0).firstDay }
        return Years(first: first, startDays: days)
    }

    /// Which entities a default `relgraph path` may pass through and which relations it may
    /// take, as ``RelationFilter/traversalMask(for:ends:)`` of the default filter decides: the
    /// default layer only, and one claim per fact. A relation's own test leaves its entities
    /// aside, because a path's two ends pass whatever their layer; the page checks the entities.
    static func defaultPathMasks(_ graph: Graph) -> (entities: [Bool], relations: [Bool]) {
        let filter = RelationFilter()
        return (graph.entities.map(filter.admits),
                graph.relations.indices.map { filter.admits(relation: $0, in: graph) && graph.isPrimaryClaim($0) })
    }

    /// The layer of an entity or relation, the default one when it names none.
    static func layer(_ layer: String?) -> String {
        guard let layer, !layer.isEmpty else { return defaultLayer }
        return layer
    }

    /// `text` when it is an http or https address, so that no `javascript:` link reaches the page.
    static func webAddress(_ text: String) -> String? {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? text : nil
    }
}
