import Foundation

/// GraphML with typed keys, as yEd, Gephi, Cytoscape and NetworkX read it: a directed graph with
/// edge ids, every entity and relation field as a `<data>` element, and the graph's sources and
/// schema as graph-level data.
///
/// ```xml
/// <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
/// <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
/// <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>
/// <graph id="G" edgedefault="directed">
///   <data key="g_sources">[{"id":"doc","title":"A test document"}]</data>
///   <node id="hans-von-seeckt"><data key="n_kind">person</data>…</node>
///   <edge id="e0" source="hans-von-seeckt" target="reichswehr"><data key="e_predicate">commanded</data>…</edge>
/// </graph>
/// ```
///
/// Node keys are the entity columns (`kind`, `name`, `aliases`, `start`, `end`, `group`,
/// `description`, `sources`) and then the extra attributes in name order (key ids `n_a0`,
/// `n_a1`, …); edge keys are the relation columns (`predicate`, `start`, `end`, `weight` as a
/// double, `note`, `sources`) and the extra ones (`e_a0`, …). A `label` key (ids `n_label`,
/// `e_label`) repeats the name and the predicate, since Gephi and Cytoscape label by it; the
/// reader drops it again. Multi-valued fields are
/// `;`-joined as in the CSV cells. The graph-level keys `sources` and `schema` hold JSON text
/// (see `GraphMetadataJSON`), which NetworkX puts in `G.graph["sources"]` and
/// `G.graph["schema"]`. Writing then reading reproduces the graph exactly, except for characters
/// XML 1.0 cannot hold (see `XMLEscaping`).
///
/// The reader also takes GraphML from other tools, with the defaults for other tools' files (see `ForeignGraph`): keys
/// are matched by `attr.name`, a key's `<default>` applies to elements without the data, a
/// yEd node label stands in for a missing name, nested graphs are flattened, and undirected
/// edges are read from `source` to `target`. Hyperedges are an error.
public enum GraphML {
    /// Key ids of the display labels relgraph writes, told apart from any `label` attribute.
    static let labelKeys = (node: "n_label", edge: "e_label")

    /// The GraphML text of `graph`.
    /// - Complexity: O(V + E) in the number of entities and relations, times their field sizes.
    public static func text(of graph: Graph) -> String {
        let nodeExtras = InterchangeFields.entityAttributeNames(graph)
        let edgeExtras = InterchangeFields.relationAttributeNames(graph)
        var nodeKeys: [(id: String, name: String)] = InterchangeFields.entityFields.map { ("n_\($0)", $0) }
        nodeKeys += nodeExtras.enumerated().map { ("n_a\($0.offset)", $0.element) }
        var edgeKeys: [(id: String, name: String)] = InterchangeFields.relationFields.map { ("e_\($0)", $0) }
        edgeKeys += edgeExtras.enumerated().map { ("e_a\($0.offset)", $0.element) }
        // Gephi shows the `label` data as the label; unless an attribute already has that name.
        let nodeLabel = !nodeExtras.contains("label"), edgeLabel = !edgeExtras.contains("label")
        if nodeLabel { nodeKeys.append((labelKeys.node, "label")) }
        if edgeLabel { edgeKeys.append((labelKeys.edge, "label")) }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ domain: String, _ name: String, _ type: String) {
            out += "  <key id=\"\(XMLEscaping.attribute(id))\" for=\"\(domain)\" attr.name=\"\(XMLEscaping.attribute(name))\" attr.type=\"\(type)\"/>\n"
        }
        key("g_sources", "graph", "sources", "string")
        key("g_schema", "graph", "schema", "string")
        for (id, name) in nodeKeys { key(id, "node", name, "string") }
        for (id, name) in edgeKeys { key(id, "edge", name, name == "weight" ? "double" : "string") }

        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String, indent: String) {
            out += "\(indent)<data key=\"\(XMLEscaping.attribute(key))\">\(XMLEscaping.text(value))</data>\n"
        }
        data("g_sources", GraphMetadataJSON.compactText(GraphMetadataJSON.object(for: graph.sources)), indent: "    ")
        data("g_schema", GraphMetadataJSON.compactText(GraphMetadataJSON.object(for: graph.schema)), indent: "    ")
        // A node or edge: its tag and attributes, then a <data> per key it has a value for.
        func element(_ tag: String, _ attributes: String, values: [String: String], keys: [(id: String, name: String)]) {
            out += "    <\(tag) \(attributes)>\n"
            for (id, name) in keys {
                if let value = values[name] { data(id, value, indent: "      ") }
            }
            out += "    </\(tag)>\n"
        }
        for entity in graph.entities {
            var values = InterchangeFields.values(of: entity)
            if nodeLabel { values["label"] = entity.name }
            element("node", "id=\"\(XMLEscaping.attribute(entity.id))\"", values: values, keys: nodeKeys)
        }
        for (i, relation) in graph.relations.enumerated() {
            var values = InterchangeFields.values(of: relation)
            if edgeLabel { values["label"] = relation.predicate }
            element("edge", "id=\"e\(i)\" source=\"\(XMLEscaping.attribute(relation.subject))\" target=\"\(XMLEscaping.attribute(relation.object))\"",
                    values: values, keys: edgeKeys)
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }



    /// Parses GraphML.
    /// - Complexity: O(n) in the size of the document.
    public static func graph(from data: Data) throws(GraphFormatError) -> Graph {
        let (root, graphElement) = try XMLTree.parseGraph(data, root: "graphml")
        let keys = try Keys(root)
        var imported = ImportedGraph()

        let graphData = try keys.values(of: graphElement, domain: "graph")
        if let text = graphData["sources"], !text.isEmpty {
            do { imported.sources = try GraphMetadataJSON.sources(from: GraphMetadataJSON.parse(text, what: "graph data 'sources'")) }
            catch { throw GraphFormatError(line: graphElement.line, message: error.message) }
        }
        if let text = graphData["schema"], !text.isEmpty {
            do { imported.schema = try GraphMetadataJSON.schema(from: GraphMetadataJSON.parse(text, what: "graph data 'schema'")) }
            catch { throw GraphFormatError(line: graphElement.line, message: error.message) }
        }

        if let hyperedge = graphElement.descendants(named: "hyperedge").first {
            throw GraphFormatError(line: hyperedge.line, message: "hyperedges are not supported; a relation links two entities")
        }
        for node in graphElement.descendants(named: "node") {
            guard let id = node.attributes["id"] else {
                throw GraphFormatError(line: node.line, message: "<node> without an id")
            }
            var fields = try keys.values(of: node, domain: "node")
            keys.dropDisplayLabel(&fields, keyID: labelKeys.node, equalTo: "name")
            if fields["name"] == nil, fields["label"] == nil, let label = keys.yEdLabel(of: node) { fields["label"] = label }
            imported.nodes.append(ImportedGraph.Node(id: id, fields: fields, line: node.line))
        }
        for edge in graphElement.descendants(named: "edge") {
            guard let source = edge.attributes["source"], let target = edge.attributes["target"] else {
                throw GraphFormatError(line: edge.line, message: "<edge> needs both a source and a target")
            }
            var fields = try keys.values(of: edge, domain: "edge")
            keys.dropDisplayLabel(&fields, keyID: labelKeys.edge, equalTo: "predicate")
            imported.edges.append(ImportedGraph.Edge(source: source, target: target, fields: fields, line: edge.line))
        }
        return try imported.assemble()
    }

    /// The `<key>` declarations of a document: what each key id means.
    private struct Keys {
        struct Key {
            let name: String?
            let domain: String
            let defaultValue: String?
            let isYEdNodeGraphics: Bool
        }

        var byID: [String: Key] = [:]

        init(_ root: ParsedXMLElement) throws(GraphFormatError) {
            for key in root.children(named: "key") {
                guard let id = key.attributes["id"] else {
                    throw GraphFormatError(line: key.line, message: "<key> without an id")
                }
                byID[id] = Key(name: key.attributes["attr.name"], domain: key.attributes["for"] ?? "all",
                               defaultValue: key.child(named: "default")?.allText,
                               isYEdNodeGraphics: key.attributes["yfiles.type"] == "nodegraphics")
            }
        }

        /// The data of an element by attribute name, defaults filled in.
        func values(of element: ParsedXMLElement, domain: String) throws(GraphFormatError) -> [String: String] {
            var values: [String: String] = [:]
            for (_, key) in byID where key.domain == domain || key.domain == "all" {
                if let name = key.name, let value = key.defaultValue { values[name] = value }
            }
            for data in element.children(named: "data") {
                guard let id = data.attributes["key"] else {
                    throw GraphFormatError(line: data.line, message: "<data> without a key")
                }
                guard let key = byID[id] else {
                    throw GraphFormatError(line: data.line, message: "<data> refers to key '\(id)', which no <key> declares")
                }
                if let name = key.name { values[name] = data.allText }
            }
            return values
        }

        /// Removes the `label` relgraph writes for Gephi (under its own key id) when it only
        /// repeats the name or predicate, so that reading restores exactly what was written.
        func dropDisplayLabel(_ fields: inout [String: String], keyID: String, equalTo field: String) {
            guard byID[keyID]?.name == "label", fields["label"] == fields[field] else { return }
            fields["label"] = nil
        }

        /// The text of a yEd `NodeLabel`, when the node has yEd graphics.
        func yEdLabel(of node: ParsedXMLElement) -> String? {
            for data in node.children(named: "data") {
                guard let id = data.attributes["key"], byID[id]?.isYEdNodeGraphics == true else { continue }
                if let label = data.descendants(named: "NodeLabel").first?.allText
                    .trimmingCharacters(in: .whitespacesAndNewlines), !label.isEmpty {
                    return label
                }
            }
            return nil
        }
    }
}
