import Foundation

/// GEXF 1.3, Gephi's format, written as a dynamic graph so that Gephi's timeline plays the
/// entities and relations in and out of view as their spans begin and end.
///
/// ```xml
/// <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">
///   <attributes class="node" mode="static"><attribute id="kind" title="kind" type="string"/>…</attributes>
///   <nodes>
///     <node id="kama-tank-school" label="Kama tank school" start="1929-01-01" end="1933-12-31">
///       <attvalues><attvalue for="kind" value="facility"/><attvalue for="start" value="1929"/>…</attvalues>
///     </node>
///   </nodes>
///   <edges>
///     <edge id="0" source="hans-von-seeckt" target="reichswehr" label="commanded" kind="commanded"
///           weight="1" start="1920-01-01" end="1926-12-31">…</edge>
///   </edges>
/// </graph>
/// ```
///
/// Each node's `label` is the entity's name; each edge's `label` and `kind` (GEXF 1.3's
/// parallel-edge type) are the predicate, and `weight` its weight. The `start` and `end` XML
/// attributes give the span, widened to whole days because GEXF dates are days: a start of
/// `1929` becomes 1929-01-01 and an end of `1933` becomes 1933-12-31; an unknown end is left
/// out, which GEXF reads as open. The exact partial dates stay in the `start` and `end`
/// attribute values, with every other field and extra attribute, all declared as strings in
/// `<attributes>`.
///
/// GEXF has no place for graph-level data, so the sources and the schema are not carried: a
/// graph read back has no sources and the default schema (plus any predicate it uses).
public enum GEXF {
    /// An element's time: the `start`/`end` attributes or `<spell>` elements, as written.
    public struct Spell: Hashable, Sendable {
        /// The first moment, as written; `nil` when open.
        public var start: String?
        /// The last moment, as written; `nil` when open.
        public var end: String?
        /// A spell between two moments as written.
        public init(start: String?, end: String?) {
            self.start = start
            self.end = end
        }
    }

    /// A node or edge as a GEXF file states it, before relgraph's defaults.
    public struct Element: Sendable {
        /// The `id` attribute.
        public var id: String?
        /// The `label` attribute: a node's name, an edge's predicate in relgraph's files.
        public var label: String?
        /// Edge only: source and target node ids, `kind` and `weight` as written.
        public var source: String?, target: String?, kind: String?, weight: String?
        /// Attribute values by attribute title.
        public var attributes: [String: String]
        public var spells: [Spell]
        /// Line of the element in the file.
        public var line: Int
    }

    /// The nodes and edges of a GEXF document.
    public struct Document: Sendable {
        /// The `<node>` elements, nested ones included, in document order.
        public var nodes: [Element]
        /// The `<edge>` elements in document order.
        public var edges: [Element]
        /// The `<graph>`'s `mode`, `timeformat` and `defaultedgetype`.
        public var mode: String?, timeFormat: String?, defaultEdgeType: String?
    }

    /// The GEXF text of `graph`.
    /// - Complexity: O(V + E) times the size of their fields.
    public static func text(of graph: Graph) -> String {
        let nodeExtras = InterchangeFields.entityAttributeNames(graph)
        let edgeExtras = InterchangeFields.relationAttributeNames(graph)
        // Name is the label and predicate the label and kind, so they need no attribute column.
        var nodeColumns: [(id: String, title: String)] = InterchangeFields.entityFields.filter { $0 != "name" }.map { ($0, $0) }
        nodeColumns += nodeExtras.enumerated().map { ("a\($0.offset)", $0.element) }
        var edgeColumns: [(id: String, title: String)] = InterchangeFields.relationFields
            .filter { $0 != "predicate" && $0 != "weight" }.map { ($0, $0) }
        edgeColumns += edgeExtras.enumerated().map { ("a\($0.offset)", $0.element) }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>relgraph</creator>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">

            """
        func declare(_ domain: String, _ columns: [(id: String, title: String)]) {
            out += "    <attributes class=\"\(domain)\" mode=\"static\">\n"
            for (id, title) in columns {
                out += "      <attribute id=\"\(XMLEscaping.attribute(id))\" title=\"\(XMLEscaping.attribute(title))\" type=\"string\"/>\n"
            }
            out += "    </attributes>\n"
        }
        declare("node", nodeColumns)
        declare("edge", edgeColumns)
        func attvalues(_ values: [String: String], _ columns: [(id: String, title: String)]) {
            let present = columns.filter { values[$0.title] != nil }
            guard !present.isEmpty else { return }
            out += "        <attvalues>\n"
            for (id, title) in present {
                out += "          <attvalue for=\"\(XMLEscaping.attribute(id))\" value=\"\(XMLEscaping.attribute(values[title]!))\"/>\n"
            }
            out += "        </attvalues>\n"
        }
        func spellAttributes(_ span: TimeSpan) -> String {
            var text = ""
            if let start = span.start { text += " start=\"\(start.widenedStart)\"" }
            if let end = span.end { text += " end=\"\(end.widenedEnd)\"" }
            return text
        }
        // A dated relation's spell is its possible span, the days it may have held (its exact
        // dates travel as attribute values). An undated one has no spell, so that reading the
        // file back does not take lifespan bounds for dates.
        func spellAttributes(_ relation: Int) -> String {
            guard !graph.relations[relation].span.isUnknown else { return "" }
            let days = graph.time(of: relation).possibleHull
            return (days.startText.map { " start=\"\($0)\"" } ?? "") + (days.endText.map { " end=\"\($0)\"" } ?? "")
        }

        out += "    <nodes>\n"
        for entity in graph.entities {
            out += "      <node id=\"\(XMLEscaping.attribute(entity.id))\" label=\"\(XMLEscaping.attribute(entity.name))\"\(spellAttributes(entity.span))>\n"
            attvalues(InterchangeFields.values(of: entity), nodeColumns)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, relation) in graph.relations.enumerated() {
            let predicate = XMLEscaping.attribute(relation.predicate)
            out += "      <edge id=\"\(i)\" source=\"\(XMLEscaping.attribute(relation.subject))\" target=\"\(XMLEscaping.attribute(relation.object))\""
                + " label=\"\(predicate)\" kind=\"\(predicate)\" weight=\"\(InterchangeFields.formatNumber(relation.weight))\"\(spellAttributes(i))>\n"
            attvalues(InterchangeFields.values(of: relation), edgeColumns)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }



    /// Parses GEXF into a graph.
    ///
    /// A node's name is its label; an edge's predicate its `predicate` attribute, else its
    /// `kind`, else its label; dates come from the exact `start`/`end` attribute values when
    /// present, else from the element's spell (the earliest start and latest end of its spells),
    /// else from the `start`/`end` values of attributes with those titles. Otherwise the
    /// defaults for other tools' files apply (see `ForeignGraph`).
    /// - Complexity: O(n) in the size of the document.
    public static func graph(from data: Data) throws(GraphFormatError) -> Graph {
        let document = try self.document(from: data)
        if let format = document.timeFormat, !["date", "dateTime", "datetime"].contains(format),
           document.nodes.contains(where: { !$0.spells.isEmpty }) || document.edges.contains(where: { !$0.spells.isEmpty }) {
            throw GraphFormatError(message: "timeformat '\(format)' is not supported; relgraph reads GEXF dates (timeformat=\"date\")")
        }
        var imported = ImportedGraph()
        for node in document.nodes {
            guard let id = node.id else { throw GraphFormatError(line: node.line, message: "<node> without an id") }
            var fields = node.attributes
            if fields["name"] == nil, let label = node.label { fields["name"] = label }
            fillDates(&fields, from: node.spells)
            imported.nodes.append(ImportedGraph.Node(id: id, fields: fields, line: node.line))
        }
        for edge in document.edges {
            guard let source = edge.source, let target = edge.target else {
                throw GraphFormatError(line: edge.line, message: "<edge> needs both a source and a target")
            }
            var fields = edge.attributes
            if fields["predicate"] == nil, let kind = edge.kind, !kind.isEmpty { fields["predicate"] = kind }
            // The label shows the predicate in Gephi; it is kept only when it says something else.
            if fields["label"] == nil, let label = edge.label, label != fields["predicate"] { fields["label"] = label }
            if let weight = edge.weight { fields["weight"] = weight }
            fillDates(&fields, from: edge.spells)
            imported.edges.append(ImportedGraph.Edge(source: source, target: target, fields: fields, line: edge.line))
        }
        return try imported.assemble()
    }

    /// Parses GEXF into its nodes and edges as written, spells included.
    public static func document(from data: Data) throws(GraphFormatError) -> Document {
        let (_, graph) = try XMLTree.parseGraph(data, root: "gexf")
        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
        for block in graph.children(named: "attributes") {
            guard let domain = block.attributes["class"], titles[domain] != nil else {
                throw GraphFormatError(line: block.line, message: "<attributes> needs class=\"node\" or class=\"edge\"")
            }
            for attribute in block.children(named: "attribute") {
                guard let id = attribute.attributes["id"] else {
                    throw GraphFormatError(line: attribute.line, message: "<attribute> without an id")
                }
                let title = attribute.attributes["title"] ?? id
                titles[domain]![id] = title
                if let value = attribute.child(named: "default")?.allText { defaults[domain]![title] = value }
            }
        }
        func element(_ e: ParsedXMLElement, domain: String) throws(GraphFormatError) -> Element {
            var values = defaults[domain]!
            for value in e.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                guard let key = value.attributes["for"] ?? value.attributes["id"] else {
                    throw GraphFormatError(line: value.line, message: "<attvalue> without a 'for'")
                }
                guard let title = titles[domain]![key] else {
                    throw GraphFormatError(line: value.line, message: "<attvalue> refers to attribute '\(key)', which no <attribute class=\"\(domain)\"> declares")
                }
                values[title] = value.attributes["value"] ?? ""
            }
            var spells: [Spell] = []
            if e.attributes["start"] != nil || e.attributes["end"] != nil {
                spells.append(Spell(start: e.attributes["start"], end: e.attributes["end"]))
            }
            for spell in e.child(named: "spells")?.children(named: "spell") ?? [] {
                spells.append(Spell(start: spell.attributes["start"], end: spell.attributes["end"]))
            }
            return Element(id: e.attributes["id"], label: e.attributes["label"], source: e.attributes["source"],
                           target: e.attributes["target"], kind: e.attributes["kind"], weight: e.attributes["weight"],
                           attributes: values, spells: spells, line: e.line)
        }
        var nodes: [Element] = [], edges: [Element] = []
        for node in graph.child(named: "nodes")?.descendants(named: "node") ?? [] {
            nodes.append(try element(node, domain: "node"))
        }
        for edge in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            edges.append(try element(edge, domain: "edge"))
        }
        return Document(nodes: nodes, edges: edges, mode: graph.attributes["mode"],
                        timeFormat: graph.attributes["timeformat"], defaultEdgeType: graph.attributes["defaultedgetype"])
    }

    /// Takes the span from the spells when the exact dates are not among the attribute values;
    /// several spells are merged into the one span that covers them all.
    private static func fillDates(_ fields: inout [String: String], from spells: [Spell]) {
        guard !spells.isEmpty, fields["start"] == nil, fields["end"] == nil else { return }
        let starts = spells.map(\.start), ends = spells.map(\.end)
        // An open end on any spell leaves the merged span open on that side.
        if !starts.contains(where: { $0 == nil }) { fields["start"] = starts.compactMap { $0 }.min() }
        if !ends.contains(where: { $0 == nil }) { fields["end"] = ends.compactMap { $0 }.max() }
    }
}
