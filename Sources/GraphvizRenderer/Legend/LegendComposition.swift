import Foundation

/// Renders a document with its legend in three steps, all under the caller's Graphviz lock:
/// the graph alone is laid out by its engine; the legend's texts are measured by Graphviz; the
/// legend is placed beside the drawing's bounding box (``LegendLayout``) and the whole,
/// positions fixed, is rendered by Graphviz's `nop2` engine (`neato -n2`: every node, edge,
/// label and cluster box where the first layout put it).
///
/// Because the engine never sees the legend, it cannot scatter it (sfdp put the samples on a
/// diagonal across the canvas) or give it the graph's ranks (dot made it a tall column), and
/// the block looks the same under every engine.
enum LegendComposition {
    /// Drawings larger than this many points along their longer side get a proportionally
    /// larger legend font (up to ``maximumScale``), so the legend stays legible when the figure
    /// is shrunk to a page.
    static let scaleFrom = 1500.0
    /// The largest legend font scale.
    static let maximumScale = 3.0

    static func render(
        _ document: DiagramDocument, legend: DiagramLegend, engine: LayoutEngine, format: OutputFormat,
        gvc: OpaquePointer
    ) throws(GraphvizError) -> Data {
        var plain = document
        plain.legend = nil
        let graph = try CGraphDocument(building: plain)
        // Rendering "dot" attaches the layout (pos, bb, lp, cluster bb) to the graph's attributes.
        _ = try graph.render(with: gvc, engine: engine.rawValue, format: "dot")
        var laidOut = graph.diagram()
        guard let box = LegendLayout.Box(bb: laidOut.graphAttributes[.boundingBox] ?? "") else {
            throw .layoutFailed(engine: engine.rawValue, message: "the layout has no bounding box")
        }
        let scale = min(maximumScale, max(1, max(box.width, box.height) / scaleFrom))
        let layout = LegendLayout(legend: legend.legend, fontName: legend.fontName, fontSize: (legend.fontSize * scale).rounded())
        let widths = try measure(layout.texts, gvc: gvc)
        let placed = layout.place(beside: box, entityCount: document.nodes.count, widths: widths)

        // An engine that drew no edge (patchwork) left no route: nop2 must not invent one.
        laidOut.edges.removeAll { $0.attributes[.position] == nil }
        laidOut.nodes += placed.nodes
        laidOut.edges += placed.edges
        laidOut.clusters.append(placed.frame)
        laidOut.graphAttributes[.boundingBox] = box.union(placed.box).bb
        laidOut.graphAttributes[.overlap] = nil
        laidOut.graphAttributes[.splines] = nil
        // A `layout` attribute would override nop2 (gvLayoutJobs reads it) and lay the graph out again.
        laidOut.graphAttributes[.layout] = nil
        let composed = try CGraphDocument(building: laidOut)
        return try composed.render(with: gvc, engine: "nop2", format: format.rawValue)
    }

    /// The width in points of each text as Graphviz sets it (the same text measurement as the
    /// final render: pango where installed, Graphviz's estimate otherwise).
    private static func measure(_ texts: [LegendLayout.Text], gvc: OpaquePointer) throws(GraphvizError) -> [LegendLayout.Text: Double] {
        let unique = Array(Set(texts)).sorted { ($0.label, $0.fontName, $0.fontSize) < ($1.label, $1.fontName, $1.fontSize) }
        var document = DiagramDocument(name: "legend-text")
        document.nodeDefaults = [.shape: NodeShape.plaintext.rawValue, .margin: "0", .width: "0", .height: "0"]
        for (i, text) in unique.enumerated() {
            document.nodes.append(DiagramNode(id: "t\(i)", attributes: [
                .label: DOTQuoting.labelText(text.label), .fontName: text.fontName, .fontSize: LegendLayout.number(text.fontSize),
            ]))
        }
        let graph = try CGraphDocument(building: document)
        _ = try graph.render(with: gvc, engine: LayoutEngine.dot.rawValue, format: "dot")
        let measured = graph.diagram()
        var widths: [LegendLayout.Text: Double] = [:]
        for node in measured.nodes {
            guard let i = Int(node.id.dropFirst()), unique.indices.contains(i) else { continue }
            let inches = Double(node.attributes[.width] ?? measured.nodeDefaults[.width] ?? "") ?? 0
            widths[unique[i]] = inches * 72
        }
        return widths
    }
}
