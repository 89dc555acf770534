import Foundation
import RelationGraph

/// Builds the ``DiagramDocument`` of a graph, or of a selection of it, styled by
/// ``DiagramStyle`` and ``RenderOptions``.
///
/// Nodes are entities in index order, with the entity id as DOT id (SVG `<title>`); edges are
/// relations in index order, each with the SVG id `relation-N` (N the relation index), labelled
/// with the predicate and years. The result depends only on the graph, the selection and the
/// options, so renders can be diffed.
///
/// ```swift
/// var options = RenderOptions()
/// options.highlightedRelations = Set(path.relations)
/// let document = DiagramBuilder.document(for: graph, selection: .around(path.entities, depth: 1, in: graph), options: options)
/// let png = try DiagramRenderer.render(document, engine: options.engine, format: .png)
/// ```
public enum DiagramBuilder {
    /// Prefix of legend node ids; entity ids are slugs and never contain a colon.
    static let legendPrefix = "legend:"

    /// The styled document of `selection` (the whole graph when nil).
    ///
    /// - Complexity: O(V + E) in the size of the selection, plus sorting group names.
    public static func document(
        for graph: Graph, selection: DiagramSelection? = nil, options: RenderOptions = RenderOptions()
    ) -> DiagramDocument {
        let selection = selection ?? .all(of: graph)
        let entities = selection.entities.map { graph.entities[$0] }
        let groupColors = DiagramStyle.groupColors(entities.compactMap(\.group))
        let maxScore = entities.compactMap { options.sizeScores[$0.id] }.max() ?? 0
        let faded = options.hasHighlight && options.dimsOthers

        var document = DiagramDocument(name: "relgraph", isDirected: true)
        document.graphAttributes = graphAttributes(options, relationCount: selection.relations.count)
        document.nodeDefaults = [
            .fontName: options.fontName, .fontSize: "11", .style: "filled",
            .fillColor: DiagramStyle.ungroupedFill, .margin: "0.1,0.05", .penWidth: "1",
        ]
        document.edgeDefaults = [
            .fontName: options.fontName, .fontSize: "9", .color: DiagramStyle.edgeColor,
            .fontColor: "#333333", .arrowSize: "0.6",
        ]

        for entity in entities {
            var attributes: [AttributeName: String] = [
                .shape: DiagramStyle.shape(of: entity.kind).rawValue,
                .style: DiagramStyle.style(of: entity.kind),
                .label: nodeLabel(entity),
                .identifier: "entity-\(entity.id)",
                .tooltip: DOTQuoting.tooltipText(tooltip(entity, score: options.sizeScores[entity.id], options: options)),
            ]
            if let group = entity.group, let color = groupColors[group] {
                if entity.kind == .place {
                    attributes[.fontColor] = "#333333"
                } else {
                    attributes[.fillColor] = color
                }
            }
            if let score = options.sizeScores[entity.id], maxScore > 0 {
                let share = max(0, score) / maxScore
                attributes[.width] = format(0.9 + 1.3 * share)
                attributes[.height] = format(0.45 + 0.55 * share)
                attributes[.fontSize] = format(10 + 8 * share)
            }
            if options.highlightedEntities.contains(entity.id) {
                attributes[.penWidth] = "3"
                attributes[.color] = DiagramStyle.highlightColor
                if entity.kind == .place { attributes[.fontColor] = DiagramStyle.highlightColor }
            } else if faded {
                attributes[.color] = DiagramStyle.fadedColor
                attributes[.fontColor] = "#666666"
            }
            document.nodes.append(DiagramNode(id: entity.id, attributes: attributes))
        }

        // Relations with the same subject and object beyond the limit become one edge, so two
        // hubs tied by dozens of relations do not draw a ladder; highlighted ones stay apart.
        var bundles: [[Int]] = []
        var bundleOfPair: [Int64: Int] = [:]
        for r in selection.relations {
            let pair = Int64(graph.relationSubject[r]) << 32 | Int64(graph.relationObject[r])
            if options.highlightedRelations.contains(r) {
                bundles.append([r])
            } else if let at = bundleOfPair[pair] {
                bundles[at].append(r)
            } else {
                bundleOfPair[pair] = bundles.count
                bundles.append([r])
            }
        }
        for bundle in bundles {
            if let limit = options.parallelRelationLimit, bundle.count > limit {
                document.edges.append(bundledEdge(bundle, graph: graph, options: options, faded: faded))
                continue
            }
            for r in bundle {
                document.edges.append(edge(r, graph: graph, options: options, faded: faded))
            }
        }
        // Bundling grouped edges by pair; drawing order stays relation order.
        document.edges.sort { firstRelation(of: $0) < firstRelation(of: $1) }

        if options.clusterByGroup {
            for (group, color) in groupColors.sorted(by: { $0.key < $1.key }) {
                let members = entities.filter { $0.group == group }.map(\.id)
                document.clusters.append(DiagramCluster(
                    id: "cluster_group_\(group)",
                    attributes: [
                        .label: DOTQuoting.labelText(group), .style: "rounded,filled", .color: color,
                        .fillColor: color + "33", .fontName: options.fontName, .fontSize: "12",
                        .labelJustification: "l", .labelLocation: "t",
                    ],
                    nodeIDs: members))
            }
        }

        if options.showsLegend && !entities.isEmpty {
            addLegend(to: &document, kinds: Set(entities.map(\.kind)), groupColors: groupColors, options: options,
                      large: entities.count > 60)
        }
        return document.removingRedundantAttributes()
    }

    private static func edge(_ r: Int, graph: Graph, options: RenderOptions, faded: Bool) -> DiagramEdge {
        let relation = graph.relations[r]
        var attributes: [AttributeName: String] = [.identifier: "relation-\(r)"]
        if let label = edgeLabel(relation, options.edgeLabels) { attributes[.label] = DOTQuoting.labelText(label) }
        attributes[.tooltip] = DOTQuoting.tooltipText(edgeTooltip(relation, graph: graph))
        if graph.schema.predicate(named: relation.predicate)?.isSymmetric == true {
            attributes["dir"] = "none"
        }
        if options.highlightedRelations.contains(r) {
            attributes[.penWidth] = "3"
            attributes[.style] = "bold"
            attributes[.color] = DiagramStyle.highlightColor
            attributes[.fontColor] = DiagramStyle.highlightColor
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

    /// One edge for several relations between the same subject and object: labelled with the
    /// predicates and their counts (most frequent first) and the years covered, drawn thicker,
    /// with SVG id `relations-R1-R2-...`.
    private static func bundledEdge(_ bundle: [Int], graph: Graph, options: RenderOptions, faded: Bool) -> DiagramEdge {
        var counts: [String: Int] = [:]
        for r in bundle { counts[graph.relations[r].predicate, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var lines = ranked.prefix(4).map { "\($0.key) ×\($0.value)" }
        if ranked.count > 4 { lines.append("+\(ranked.count - 4) more") }
        let starts = bundle.compactMap { graph.relations[$0].span.start }
        let ends = bundle.compactMap { graph.relations[$0].span.end }
        if options.edgeLabels == .predicateAndYears,
            let years = DiagramStyle.years(TimeSpan(start: starts.min(), end: ends.max())) {
            lines.append(years)
        }

        var attributes: [AttributeName: String] = [
            .identifier: "relations-" + bundle.map(String.init).joined(separator: "-"),
            .penWidth: format(1 + log2(Double(bundle.count)), digits: 1),
            .tooltip: DOTQuoting.tooltipText(bundle.map { edgeTooltip(graph.relations[$0], graph: graph) }.joined(separator: "\n")),
        ]
        if options.edgeLabels != .none {
            attributes[.label] = lines.map(DOTQuoting.labelText).joined(separator: "\\n")
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

    /// The first relation index an edge draws, from its SVG id (legend ties sort last).
    private static func firstRelation(of edge: DiagramEdge) -> Int {
        guard let id = edge.attributes[.identifier] else { return Int.max }
        let digits = id.drop { !$0.isNumber }.prefix { $0.isNumber }
        return Int(digits) ?? Int.max
    }

    /// Above this many relations, force-directed layouts draw straight edges: routing splines
    /// around hundreds of nodes takes most of the time and adds little.
    static let splineLimit = 200

    private static func graphAttributes(_ options: RenderOptions, relationCount: Int) -> [AttributeName: String] {
        var attributes: [AttributeName: String] = [
            .charset: "UTF-8", .fontName: options.fontName, .outputOrder: "edgesfirst", .pad: "0.3",
            .splines: "true",
        ]
        switch options.engine {
        case .dot:
            attributes[.rankDirection] = options.rankDirection.rawValue
            attributes[.nodeSeparation] = "0.3"
            attributes[.rankSeparation] = "0.6"
            attributes[.newRank] = "true"
        case .neato, .fdp, .sfdp:
            attributes[.layoutSeed] = String(options.seed)
            attributes[.overlap] = "false"
            attributes[.separation] = "+8"
            if relationCount > splineLimit { attributes[.splines] = "false" }
        case .circo, .twopi:
            attributes[.overlap] = "false"
        case .osage, .patchwork:
            break
        }
        if let title = options.title {
            attributes[.label] = DOTQuoting.labelText(title)
            attributes[.labelLocation] = "t"
            attributes[.fontSize] = "18"
        }
        return attributes
    }

    private static func nodeLabel(_ entity: Entity) -> String {
        var label = DiagramStyle.wrapped(entity.name).map(DOTQuoting.labelText).joined(separator: "\\n")
        if let years = DiagramStyle.years(entity.span) { label += "\\n" + years }
        return label
    }

    private static func tooltip(_ entity: Entity, score: Double?, options: RenderOptions) -> String {
        var text = "\(entity.name) (\(entity.kind.rawValue))"
        if let description = entity.description { text += "\n" + description }
        if let score { text += "\n\(options.sizeLabel ?? "score"): \(format(score, digits: 4))" }
        return text
    }

    private static func edgeLabel(_ relation: Relation, _ style: RenderOptions.EdgeLabels) -> String? {
        switch style {
        case .none: return nil
        case .predicate: return relation.predicate
        case .predicateAndYears:
            guard let years = DiagramStyle.years(relation.span) else { return relation.predicate }
            return relation.predicate + " " + years
        }
    }

    private static func edgeTooltip(_ relation: Relation, graph: Graph) -> String {
        let subject = graph.entity(withID: relation.subject)?.name ?? relation.subject
        let object = graph.entity(withID: relation.object)?.name ?? relation.object
        var text = "\(subject) \(relation.predicate) \(object)"
        if !relation.span.isUnknown { text += " (\(relation.span))" }
        if let note = relation.note { text += "\n" + note }
        return text
    }

    /// A cluster of sample nodes: one per kind drawn, one per group colour, and the highlight and
    /// size conventions when used.
    private static func addLegend(
        to document: inout DiagramDocument, kinds: Set<EntityKind>, groupColors: [String: String],
        options: RenderOptions, large: Bool
    ) {
        // On a drawing of hundreds of entities the legend must still read at a glance.
        let fontSize = large ? "16" : "10"
        var ids: [String] = []
        func add(_ id: String, _ attributes: [AttributeName: String]) {
            let full = legendPrefix + id
            ids.append(full)
            document.nodes.append(DiagramNode(id: full, attributes: attributes.merging([.fontSize: fontSize]) { a, _ in a }))
        }
        for kind in EntityKind.allCases where kinds.contains(kind) {
            add("kind:" + kind.rawValue, [
                .shape: DiagramStyle.shape(of: kind).rawValue, .style: DiagramStyle.style(of: kind),
                .fillColor: "white", .label: kind.rawValue,
            ])
        }
        for (group, color) in groupColors.sorted(by: { $0.key < $1.key }) {
            add("group:" + group, [.shape: NodeShape.box.rawValue, .fillColor: color, .label: DOTQuoting.labelText(group)])
        }
        if options.hasHighlight {
            add("highlight", [
                .shape: NodeShape.box.rawValue, .fillColor: "white", .penWidth: "3",
                .color: DiagramStyle.highlightColor, .label: "highlighted",
            ])
        }
        if !options.sizeScores.isEmpty {
            add("size", [
                .shape: NodeShape.plaintext.rawValue, .style: "solid",
                .label: DOTQuoting.labelText("size: \(options.sizeLabel ?? "score")"),
            ])
        }
        // Without edges `dot` puts the samples on one rank: a narrow column (a row with TB)
        // that never spreads across the graph's ranks. The other engines get a chain of
        // invisible edges that keeps the samples together, and no cluster: with fdp, a cluster
        // holding a separate component was placed differently from run to run.
        let legendAttributes: [AttributeName: String] = [
            .label: "Legend", .style: "rounded", .color: "#999999", .fontName: options.fontName,
            .fontSize: "12", .labelJustification: "l", .labelLocation: "t",
        ]
        switch options.engine {
        case .dot, .osage, .patchwork:
            document.clusters.append(DiagramCluster(id: "cluster_legend", attributes: legendAttributes, nodeIDs: ids))
        case .neato, .fdp, .sfdp, .circo, .twopi:
            let title = legendPrefix + "title"
            document.nodes.append(DiagramNode(id: title, attributes: [
                .shape: NodeShape.plaintext.rawValue, .style: "solid", .label: "Legend", .fontSize: large ? "20" : "12",
            ]))
            let chain = [title] + ids
            for (a, b) in zip(chain, chain.dropFirst()) {
                document.edges.append(DiagramEdge(tail: a, head: b, attributes: [.style: "invis"]))
            }
        }
    }

    private static func format(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }
}

extension DiagramBuilder {
    /// A diagram of highlighted entities and relations in a little context: each highlighted
    /// entity with its first `neighbourLimit` neighbours and the relations to them, the
    /// highlights drawn bold and the rest lighter. This is how a path is drawn: pass its entity
    /// ids and relation indices.
    ///
    /// ```swift
    /// let document = DiagramBuilder.highlightDocument(
    ///     for: graph, entityIDs: ["seeckt", "reichswehr", "kama"], relations: [0, 2])
    /// try DiagramRenderer.write(document, to: URL(fileURLWithPath: "path.png"))
    /// ```
    /// Ids that name no entity and relation indices out of range are ignored. Pass
    /// `neighbourLimit: 0` for the highlights alone.
    /// - Complexity: O(k · d) for k highlighted entities of degree d.
    public static func highlightDocument(
        for graph: Graph, entityIDs: [String], relations: [Int], neighbourLimit: Int = 6,
        options: RenderOptions = RenderOptions()
    ) -> DiagramDocument {
        let relations = relations.filter { graph.relations.indices.contains($0) }
        let entities = entityIDs.compactMap { graph.index(ofID: $0) }
        var options = options
        options.highlightedEntities.formUnion(entities.map { graph.entities[$0].id })
        options.highlightedRelations.formUnion(relations)
        let selection = DiagramSelection.context(of: entities, relations: relations, neighbourLimit: neighbourLimit, in: graph)
        return document(for: graph, selection: selection, options: options)
    }
}
