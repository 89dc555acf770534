import Foundation
import RelationGraph

/// Builds the ``DiagramDocument`` of a graph, or of a selection of it, styled by
/// `DiagramStyle` and ``RenderOptions``.
///
/// Nodes are entities in index order, with the entity id as DOT id (SVG `<title>`); edges are
/// relations in index order, each with the SVG id `relation-N` (N the relation index), labelled
/// with the schema's phrase and dates (`signed 1939-08-23`, `led 1930–1939`); repeated relations
/// of one predicate and direction are one edge `relations-N-M-...` labelled `supplied ×7`. The
/// document's legend lists what the drawing shows. The result depends only on the graph, the
/// selection and the options, so renders can be diffed.
///
/// ```swift
/// var options = RenderOptions()
/// options.highlightedRelations = Set(path.relationIndices)   // a FoundPath
/// let around = DiagramSelection.around(path.entities.map(\.index), depth: 1, in: graph)
/// let document = DiagramBuilder.document(for: graph, selection: around, options: options)
/// let png = try DiagramRenderer.render(document, format: .png)   // laid out by options.engine
/// ```
public enum DiagramBuilder {
    /// Prefix of legend node ids; entity ids are slugs and never contain a colon.
    static let legendPrefix = LegendLayout.prefix

    /// The styled document of `selection` (the whole graph when nil).
    ///
    /// Group colours come from ``RenderOptions/groupColors``, else from the whole of `graph`, so
    /// they do not depend on the selection. The document's ``DiagramDocument/legend`` lists the
    /// kinds, groups and edge styles it draws.
    /// - Complexity: O(V + E) in the size of the selection, plus sorting group names.
    public static func document(
        for graph: Graph, selection: DiagramSelection? = nil, options: RenderOptions = RenderOptions()
    ) -> DiagramDocument {
        let selection = selection ?? .all(of: graph)
        let entities = selection.entities.map { graph.entities[$0] }
        let groupColors = options.groupColors ?? GroupColors(graph: graph)
        let scores = sizeScoresByID(options.sizeScores)
        let maxScore = entities.compactMap { scores[$0.id] }.max() ?? 0
        let faded = options.hasHighlight && options.dimsOthers
        let highlight = Highlight(options)
        var legend = Legend()

        var document = DiagramDocument(name: "relgraph", isDirected: true)
        document.graphAttributes = graphAttributes(options, entityCount: entities.count, relationCount: selection.relations.count)
        document.nodeDefaults = [
            .fontName: options.fontName, .fontSize: format(options.fontSize, digits: 1), .style: "filled",
            .fillColor: ColorPalette.ungroupedFill, .margin: "0.1,0.05", .penWidth: "1",
        ]
        document.edgeDefaults = [
            .fontName: options.fontName, .fontSize: format(max(6, options.fontSize - 2), digits: 1), .color: DiagramStyle.edgeColor,
            .fontColor: "#333333", .arrowSize: "0.6",
        ]

        for entity in entities {
            var attributes: [AttributeName: String] = [
                .shape: DiagramStyle.shape(of: entity.kind).rawValue,
                .style: DiagramStyle.style(of: entity.kind),
                .label: nodeLabel(entity),
                .identifier: "entity-\(entity.id)",
                .tooltip: DOTQuoting.tooltipText(tooltip(entity, score: scores[entity.id], options: options, colors: groupColors)),
            ]
            if let group = entity.group {
                if entity.kind == .place {
                    attributes[.fontColor] = "#333333"
                } else {
                    attributes[.fillColor] = groupColors.fill(of: group)
                }
            }
            if let score = scores[entity.id], maxScore > 0 {
                let share = max(0, score) / maxScore
                attributes[.width] = format(0.9 + 1.3 * share)
                attributes[.height] = format(0.45 + 0.55 * share)
                attributes[.fontSize] = format(options.fontSize - 1 + 8 * share)
            }
            if let color = highlight.color(ofEntity: entity.id) {
                attributes[.penWidth] = "3"
                attributes[.color] = color
                if entity.kind == .place { attributes[.fontColor] = color }
            } else if faded {
                attributes[.color] = DiagramStyle.fadedColor
                attributes[.fontColor] = "#666666"
            }
            document.nodes.append(DiagramNode(id: entity.id, attributes: attributes))
        }

        // Relations with the same subject, predicate and object (either way round for a
        // symmetric predicate) beyond the limit become one edge `supplied ×7`; relations of
        // different predicates never merge, so no edge holds opposite meanings. Highlighted
        // relations stay apart.
        var bundles: [[Int]] = []
        var bundleOfKey: [BundleKey: Int] = [:]
        for r in selection.relations {
            let key = BundleKey(r, graph: graph)
            if highlight.color(ofRelation: r) != nil {
                bundles.append([r])
            } else if let at = bundleOfKey[key] {
                bundles[at].append(r)
            } else {
                bundleOfKey[key] = bundles.count
                bundles.append([r])
            }
        }
        let labels = EdgeLabelling(options.edgeLabels, entityCount: entities.count, relationCount: selection.relations.count)
        for bundle in bundles {
            if let limit = options.parallelRelationLimit, bundle.count > limit {
                document.edges.append(bundledEdge(bundle, graph: graph, labels: labels, faded: faded))
                legend.add(.bundled)
                continue
            }
            for r in bundle {
                document.edges.append(edge(r, graph: graph, labels: labels, highlight: highlight, faded: faded))
            }
        }
        // Bundling grouped edges by pair; drawing order stays relation order.
        document.edges.sort { firstRelation(of: $0) < firstRelation(of: $1) }

        let drawnGroups = Set(entities.compactMap(\.group))
        if options.clusterByGroup {
            for entry in groupColors.entries where drawnGroups.contains(entry.group) {
                let members = entities.filter { $0.group == entry.group }.map(\.id)
                document.clusters.append(DiagramCluster(
                    id: "cluster_group_\(entry.group)",
                    attributes: [
                        .label: DOTQuoting.labelText(entry.label), .style: "rounded,filled", .color: entry.fill,
                        .fillColor: entry.fill + "33", .fontName: options.fontName, .fontSize: format(options.fontSize + 1, digits: 1),
                        .labelJustification: "l", .labelLocation: "t",
                    ],
                    nodeIDs: members))
            }
        }

        if options.showsLegend && !entities.isEmpty {
            let kinds = Set(entities.map(\.kind))
            legend.kinds = EntityKind.allCases.filter { kinds.contains($0) }
            legend.groups = Legend.groupEntries(drawn: drawnGroups, colors: groupColors)
            legend.showsUngrouped = entities.contains { $0.group == nil && $0.kind != .place }
            let bundled = legend.edgeStyles
            highlight.addLegendLines(to: &legend, drawnEntities: Set(entities.map(\.id)), drawnRelations: Set(selection.relations))
            if faded && document.edges.contains(where: { $0.attributes[.color] == DiagramStyle.fadedColor }) {
                legend.add(.context)
            }
            for style in bundled { legend.add(style) }
            if document.edges.contains(where: { $0.attributes["dir"] == "none" }) { legend.add(.mutual) }
            if document.edges.contains(where: { $0.attributes[.style]?.contains("dashed") == true }) { legend.add(.uncertain) }
            if let sizeScores = options.sizeScores { legend.sizeMeasure = sizeScores.measure.rawValue }
            document.legend = DiagramLegend(legend: legend, fontName: options.fontName, fontSize: max(6, options.fontSize - 1))
        }
        return document.removingRedundantAttributes()
    }

    /// Which colour each highlighted entity and relation gets: the first path that holds it, in
    /// path order; plain highlights take the first path colour.
    private struct Highlight {
        var paths: [HighlightedPath]
        var label: String
        var entityColors: [String: String] = [:]
        var relationColors: [Int: String] = [:]

        init(_ options: RenderOptions) {
            paths = options.highlightedPaths
            label = options.highlightLabel ?? "highlighted"
            for (i, path) in paths.enumerated() {
                let color = ColorPalette.pathStroke(i)
                for id in path.entities.map(\.id) where entityColors[id] == nil { entityColors[id] = color }
                for r in path.relations where relationColors[r] == nil { relationColors[r] = color }
            }
            for id in options.highlightedEntities.map(\.id) where entityColors[id] == nil {
                entityColors[id] = DiagramStyle.highlightColor
            }
            for r in options.highlightedRelations where relationColors[r] == nil { relationColors[r] = DiagramStyle.highlightColor }
        }

        func color(ofEntity id: String) -> String? { entityColors[id] }
        func color(ofRelation r: Int) -> String? { relationColors[r] }

        /// One legend line per path drawn, or one "highlighted" line for plain highlights; entities
        /// marked without any highlighted relation drawn get an outline line instead.
        func addLegendLines(to legend: inout Legend, drawnEntities: Set<String>, drawnRelations: Set<Int>) {
            if !paths.isEmpty {
                legend.edgeStyles = paths.enumerated().map { .highlighted(label: $1.label, color: ColorPalette.pathStroke($0)) }
            } else if relationColors.keys.contains(where: drawnRelations.contains) {
                legend.edgeStyles = [.highlighted(label: label, color: DiagramStyle.highlightColor)]
            } else if entityColors.keys.contains(where: drawnEntities.contains) {
                legend.edgeStyles = []
                legend.marked = Legend.Mark(label: label, color: DiagramStyle.highlightColor)
            } else {
                legend.edgeStyles = []
            }
        }
    }

    /// Relations that may share an edge: same predicate, same direction (any for symmetric ones).
    private struct BundleKey: Hashable {
        var from: Int32, to: Int32, predicate: String

        init(_ r: Int, graph: Graph) {
            let (s, o) = (graph.relationSubject[r], graph.relationObject[r])
            predicate = graph.relations[r].predicate
            let symmetric = graph.schema.predicate(named: predicate)?.isSymmetric == true
            (from, to) = symmetric ? (min(s, o), max(s, o)) : (s, o)
        }
    }

    /// Which edges get labels, from ``RenderOptions/EdgeLabels`` and the drawing's size.
    private struct EdgeLabelling {
        var style: RenderOptions.EdgeLabels
        var onlyHighlighted: Bool

        init(_ style: RenderOptions.EdgeLabels, entityCount: Int, relationCount: Int) {
            self.style = style
            onlyHighlighted = style == .predicateAndYears
                && (entityCount > RenderOptions.labelledEntityLimit || relationCount > RenderOptions.labelledRelationLimit)
        }

        func label(_ relation: Relation, graph: Graph, highlighted: Bool) -> String? {
            if style == .none || (onlyHighlighted && !highlighted) { return nil }
            let phrase = DiagramBuilder.phrase(relation.predicate, graph: graph)
            guard style != .predicate,
                let dates = DiagramStyle.dates(relation.span, isInstant: DiagramStyle.isInstant(relation, in: graph))
            else { return phrase }
            return phrase + " " + dates
        }
    }

    /// How the schema reads a predicate forwards ("was party to"), or the predicate as words.
    static func phrase(_ predicate: String, graph: Graph) -> String {
        graph.schema.predicate(named: predicate)?.phrase ?? predicate.replacingOccurrences(of: "-", with: " ")
    }

    private static func edge(_ r: Int, graph: Graph, labels: EdgeLabelling, highlight: Highlight, faded: Bool) -> DiagramEdge {
        let relation = graph.relations[r]
        let color = highlight.color(ofRelation: r)
        var attributes: [AttributeName: String] = [.identifier: "relation-\(r)"]
        if let label = labels.label(relation, graph: graph, highlighted: color != nil) {
            attributes[.label] = DOTQuoting.labelText(label)
        }
        attributes[.tooltip] = DOTQuoting.tooltipText(edgeTooltip(relation, graph: graph))
        if graph.schema.predicate(named: relation.predicate)?.isSymmetric == true {
            attributes["dir"] = "none"
        }
        if DiagramStyle.isUncertain(relation.span) { attributes[.style] = "dashed" }
        if let color {
            attributes[.penWidth] = "3"
            attributes[.style] = DiagramStyle.isUncertain(relation.span) ? "bold,dashed" : "bold"
            attributes[.color] = color
            attributes[.fontColor] = color
            attributes[.edgeWeight] = "4"
        } else if faded {
            attributes[.color] = DiagramStyle.fadedColor
            attributes[.fontColor] = DiagramStyle.fadedColor
        }
        return DiagramEdge(
            tail: graph.entities[Int(graph.relationSubject[r])].id,
            head: graph.entities[Int(graph.relationObject[r])].id,
            attributes: attributes)
    }

    /// One edge for several relations with the same subject, predicate and object: labelled
    /// `supplied ×7` and the years covered, drawn thicker, with SVG id `relations-R1-R2-...`.
    private static func bundledEdge(_ bundle: [Int], graph: Graph, labels: EdgeLabelling, faded: Bool) -> DiagramEdge {
        let first = graph.relations[bundle[0]]
        var lines = [phrase(first.predicate, graph: graph) + " ×\(bundle.count)"]
        let starts = bundle.compactMap { graph.relations[$0].span.start }
        let ends = bundle.compactMap { graph.relations[$0].span.end }
        if labels.style != .predicate,
            let years = DiagramStyle.years(TimeSpan(start: starts.min(), end: (ends + starts).max())) {
            lines.append(years)
        }

        var attributes: [AttributeName: String] = [
            .identifier: "relations-" + bundle.map(String.init).joined(separator: "-"),
            .penWidth: format(1 + log2(Double(bundle.count)), digits: 1),
            .tooltip: DOTQuoting.tooltipText(bundle.map { edgeTooltip(graph.relations[$0], graph: graph) }.joined(separator: "\n")),
        ]
        if labels.style != .none && !labels.onlyHighlighted {
            attributes[.label] = lines.map(DOTQuoting.labelText).joined(separator: "\\n")
        }
        if graph.schema.predicate(named: first.predicate)?.isSymmetric == true {
            attributes["dir"] = "none"
        }
        if faded {
            attributes[.color] = DiagramStyle.fadedColor
            attributes[.fontColor] = DiagramStyle.fadedColor
        }
        return DiagramEdge(
            tail: graph.entities[Int(graph.relationSubject[bundle[0]])].id,
            head: graph.entities[Int(graph.relationObject[bundle[0]])].id,
            attributes: attributes)
    }

    /// The first relation index an edge draws, from its SVG id.
    private static func firstRelation(of edge: DiagramEdge) -> Int {
        guard let id = edge.attributes[.identifier] else { return Int.max }
        let digits = id.drop { !$0.isNumber }.prefix { $0.isNumber }
        return Int(digits) ?? Int.max
    }

    /// Above this many relations, force-directed layouts draw straight edges: routing splines
    /// around hundreds of nodes takes most of the time and adds little.
    static let splineLimit = 200

    private static func graphAttributes(_ options: RenderOptions, entityCount: Int, relationCount: Int) -> [AttributeName: String] {
        var attributes: [AttributeName: String] = [
            .charset: "UTF-8", .fontName: options.fontName, .outputOrder: "edgesfirst", .pad: "0.3",
            .splines: "true",
        ]
        if let dpi = options.dpi { attributes[.dpi] = format(dpi, digits: 0) }
        // The document carries its engine, so it is laid out as the options say, here and by `dot`.
        attributes[.layout] = options.engine.rawValue
        switch options.engine {
        case .dot:
            attributes[.rankDirection] = options.rankDirection.rawValue
            attributes[.nodeSeparation] = "0.3"
            attributes[.rankSeparation] = "0.6"
            attributes[.newRank] = "true"
        case .neato, .fdp, .sfdp:
            attributes[.layoutSeed] = String(options.seed)
            // Large drawings: prism removes overlaps while keeping the layout's shape.
            attributes[.overlap] = entityCount > RenderOptions.labelledEntityLimit ? "prism" : "false"
            attributes[.separation] = "+8"
            // Polylines, not splines: Graphviz 2.42's spline fitting after overlap removal
            // corrupts the heap on some inputs (neato crashed on the bundled pact's
            // neighbourhood, the `dot -Kneato` command too); polylines route around nodes the same way.
            attributes[.splines] = relationCount > splineLimit ? "false" : "polyline"
            // neato keeps cluster boxes apart only in its ipsep mode (VPSC constraints).
            if options.clusterByGroup && options.engine == .neato {
                attributes["mode"] = "ipsep"
                attributes[.overlap] = "ipsep"
            }
        case .circo, .twopi:
            attributes[.overlap] = "false"
            attributes[.splines] = "polyline"
        case .osage, .patchwork:
            break
        }
        if let title = options.title {
            attributes[.label] = DOTQuoting.labelText(title)
            attributes[.labelLocation] = "t"
            // A drawing of hundreds of entities is shrunk to fit a page: its title grows with it.
            let scale = min(3, max(1, (Double(entityCount) / Double(RenderOptions.labelledEntityLimit)).squareRoot()))
            attributes[.fontSize] = format((options.fontSize + 5) * scale, digits: 1)
        }
        return attributes
    }

    private static func nodeLabel(_ entity: Entity) -> String {
        var label = DiagramStyle.wrapped(entity.name).map(DOTQuoting.labelText).joined(separator: "\\n")
        if let years = DiagramStyle.lifespan(entity.span) { label += "\\n" + years }
        return label
    }

    private static func tooltip(_ entity: Entity, score: Double?, options: RenderOptions, colors: GroupColors) -> String {
        var text = "\(entity.name) (\(entity.kind.rawValue)\(entity.group.map { ", " + colors.label(of: $0) } ?? ""))"
        if let description = entity.description { text += "\n" + description }
        if let score, let measure = options.sizeScores?.measure { text += "\n\(measure.rawValue): \(format(score, digits: 4))" }
        return text
    }

    private static func edgeTooltip(_ relation: Relation, graph: Graph) -> String {
        let subject = graph.entity(withID: relation.subject)?.name ?? relation.subject
        let object = graph.entity(withID: relation.object)?.name ?? relation.object
        var text = "\(subject) \(phrase(relation.predicate, graph: graph)) \(object)"
        if !relation.span.isUnknown { text += " (\(relation.span))" }
        if let note = relation.note { text += "\n" + note }
        return text
    }

    /// The scores that size nodes, by entity id (so that scores of a whole graph size a part
    /// of it), NaN left out.
    private static func sizeScoresByID(_ scores: CentralityScores?) -> [String: Double] {
        var byID: [String: Double] = [:]
        guard let scores else { return byID }
        for (entity, value) in scores where !value.isNaN { byID[entity.id] = value }
        return byID
    }

    private static func format(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}

extension DiagramBuilder {
    /// A diagram of highlighted entities and relations in a little context: each highlighted
    /// entity with its first `neighbourLimit` neighbours and the relations to them, the
    /// highlights drawn bold and the rest lighter. This is how a path is drawn (see also
    /// ``highlightDocument(for:path:neighbourLimit:options:)``).
    ///
    /// ```swift
    /// let seeckt = try graph.resolve("seeckt"), kama = try graph.resolve("kama")
    /// let document = DiagramBuilder.highlightDocument(for: graph, entities: [seeckt, kama], relations: [0, 2])
    /// try DiagramRenderer.write(document, to: URL(fileURLWithPath: "path.png"))
    /// ```
    /// Handles are matched by id, as ``RenderOptions`` matches them: a handle whose id names no
    /// entity of `graph` is ignored, and so are relation indices out of range. Pass
    /// `neighbourLimit: 0` for the highlights alone.
    /// - Parameters:
    ///   - graph: The graph drawn.
    ///   - entities: The entities to highlight.
    ///   - relations: Indices of the relations to highlight.
    ///   - neighbourLimit: How many neighbours of each highlighted entity to draw around it.
    ///   - options: Everything else; its highlights are added to.
    /// - Returns: The styled document.
    /// - Complexity: O(k · d) for k highlighted entities of degree d.
    public static func highlightDocument(
        for graph: Graph, entities: [EntityHandle], relations: [Int], neighbourLimit: Int = 6,
        options: RenderOptions = RenderOptions()
    ) -> DiagramDocument {
        let relations = relations.filter { graph.relations.indices.contains($0) }
        let focus = entities.compactMap { graph.handle(ofID: $0.id) }
        var options = options
        options.highlightedEntities.formUnion(focus)
        options.highlightedRelations.formUnion(relations)
        let selection = DiagramSelection.context(
            of: focus.map(\.index), relations: relations, neighbourLimit: neighbourLimit, in: graph)
        return document(for: graph, selection: selection, options: options)
    }

    /// A found path drawn highlighted in a little context, as
    /// ``highlightDocument(for:entities:relations:neighbourLimit:options:)`` draws its entities
    /// and relations.
    ///
    /// ```swift
    /// let query = PathQuery(source: try graph.resolve("rathenau"), target: try graph.resolve("molotov"))
    /// if let path = try PathFinder(graph: graph).paths(for: query).paths.first {
    ///     let document = DiagramBuilder.highlightDocument(for: graph, path: path)
    ///     let svg = try DiagramRenderer.output(document, engine: .dot, format: .svg)
    /// }
    /// ```
    /// - Parameters:
    ///   - graph: The graph the path was found in.
    ///   - path: The path to highlight.
    ///   - neighbourLimit: How many neighbours of each entity on the path to draw around it.
    ///   - options: Everything else.
    /// - Returns: The styled document.
    public static func highlightDocument(
        for graph: Graph, path: FoundPath, neighbourLimit: Int = 6, options: RenderOptions = RenderOptions()
    ) -> DiagramDocument {
        highlightDocument(
            for: graph, entities: path.entities, relations: path.relationIndices, neighbourLimit: neighbourLimit,
            options: options)
    }
}
