import Foundation

/// The node-link JSON format of NetworkX (`node_link_data(G, edges="links")`) and d3: a
/// directed multigraph with the graph's sources and schema in `graph`.
///
/// ```json
/// {"directed": true, "multigraph": true,
///  "graph": {"sources": [{"id": "doc", "title": "…"}], "schema": [{"predicate": "met", …}]},
///  "nodes": [{"id": "hans-von-seeckt", "kind": "person", "name": "Hans von Seeckt",
///             "aliases": ["Seeckt"], "start": "1866-04-22", "sources": ["doc:L3"], "wikidata": "Q60120"}],
///  "links": [{"source": "hans-von-seeckt", "target": "reichswehr", "key": 0,
///             "predicate": "commanded", "weight": 1, "start": "1920", "end": "1926", "sources": ["doc:L3"]}]}
/// ```
///
/// Each node carries the entity's fields under their CSV column names, `aliases` and `sources`
/// as arrays, dates as ISO partial-date strings, extra attributes as string members; empty
/// fields are left out. Each link carries `key`, numbering the parallel links between the same
/// two nodes from 0 as NetworkX does, and always a numeric `weight`. In `python3`:
/// `nx.node_link_graph(json.load(f), edges="links")` gives a `MultiDiGraph` with these attributes.
///
/// Writing then reading reproduces the graph exactly; the one thing the format cannot carry is a
/// relation attribute named `source`, `target` or `key`, which writing reports as an error. The reader also takes files from other
/// tools: `edges` instead of `links`, numeric or free-text node ids, non-string attribute values
/// (kept as their JSON text), and the defaults for other tools' files (see `ForeignGraph`).
public enum NodeLinkJSON {
    /// Link members the format itself uses; a relation attribute cannot take these names.
    static let reservedLinkMembers: Set<String> = ["source", "target", "key"]

    /// The JSON text of `graph`, with sorted keys so the output is deterministic.
    /// - Throws: ``GraphFormatError`` when a relation has an attribute named `source`,
    ///   `target` or `key`, which the format cannot tell from its own members.
    /// - Complexity: O(V + E).
    public static func data(of graph: Graph) throws -> Data {
        var nodes: [[String: Any]] = []
        nodes.reserveCapacity(graph.entities.count)
        for e in graph.entities {
            var node: [String: Any] = [:]
            for (key, value) in e.attributes where !value.isEmpty { node[key] = value }
            node["id"] = e.id
            node["kind"] = e.kind.rawValue
            node["name"] = e.name
            if !e.aliases.isEmpty { node["aliases"] = e.aliases }
            if let start = e.span.start { node["start"] = start.description }
            if let end = e.span.endText { node["end"] = end }
            if let layer = e.layer { node["layer"] = layer }
            if let group = e.group, !group.isEmpty { node["group"] = group }
            if let description = e.description, !description.isEmpty { node["description"] = description }
            if !e.citations.isEmpty { node["sources"] = e.citations.map(\.description) }
            nodes.append(node)
        }
        var links: [[String: Any]] = []
        links.reserveCapacity(graph.relations.count)
        var keys: [String: Int] = [:]
        for (i, r) in graph.relations.enumerated() {
            if let clash = r.attributes.keys.first(where: { reservedLinkMembers.contains($0) }) {
                throw GraphFormatError(message: """
                    relation \(i + 1) (\(r.subject) \(r.predicate) \(r.object)) has an attribute '\(clash)', \
                    which node-link JSON reserves; rename the column to export as JSON
                    """)
            }
            guard r.weight.isFinite else {
                // JSON has no infinity or NaN; loaders never produce them, hand-built graphs might.
                throw GraphFormatError(message: "relation \(i + 1) (\(r.subject) \(r.predicate) \(r.object)) has weight \(r.weight), which JSON cannot hold")
            }
            var link: [String: Any] = [:]
            for (key, value) in r.attributes where !value.isEmpty { link[key] = value }
            let pair = r.subject + "\u{0}" + r.object
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            link["source"] = r.subject
            link["target"] = r.object
            link["key"] = key
            link["predicate"] = r.predicate
            link["weight"] = r.weight
            if let start = r.span.start { link["start"] = start.description }
            if let end = r.span.endText { link["end"] = end }
            if let fact = r.fact { link["fact"] = fact }
            if let layer = r.layer { link["layer"] = layer }
            if let note = r.note, !note.isEmpty { link["note"] = note }
            if !r.citations.isEmpty { link["sources"] = r.citations.map(\.description) }
            links.append(link)
        }
        let document: [String: Any] = [
            "directed": true, "multigraph": true,
            "graph": ["sources": GraphMetadataJSON.object(for: graph.sources),
                      "schema": GraphMetadataJSON.object(for: graph.schema)],
            "nodes": nodes, "links": links,
        ]
        var data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(UInt8(ascii: "\n"))
        return data
    }



    /// Parses node-link JSON.
    /// - Complexity: O(V + E).
    public static func graph(from data: Data) throws(GraphFormatError) -> Graph {
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: data) } catch { throw JSONErrorText.formatError(error, in: data) }
        guard let document = value as? [String: Any] else {
            throw GraphFormatError(message: "expected a JSON object with \"nodes\" and \"links\"")
        }
        guard let nodes = document["nodes"] as? [Any] else {
            throw GraphFormatError(message: "expected a \"nodes\" array")
        }
        guard let links = (document["links"] ?? document["edges"] ?? [Any]()) as? [Any] else {
            throw GraphFormatError(message: "\"links\" must be an array")
        }
        var imported = ImportedGraph()
        if let meta = document["graph"] as? [String: Any] {
            if let sources = meta["sources"], !(sources is NSNull) { imported.sources = try GraphMetadataJSON.sources(from: sources) }
            if let schema = meta["schema"], !(schema is NSNull) { imported.schema = try GraphMetadataJSON.schema(from: schema) }
        }
        for (i, item) in nodes.enumerated() {
            guard let object = item as? [String: Any] else { throw GraphFormatError(message: "node \(i + 1) is not an object") }
            guard let id = object["id"], !(id is NSNull) else { throw GraphFormatError(message: "node \(i + 1) has no \"id\"") }
            var fields: [String: String] = [:]
            for (key, value) in object where key != "id" { fields[key] = fieldText(value) }
            imported.nodes.append(ImportedGraph.Node(id: GraphMetadataJSON.text(id), fields: fields))
        }
        for (i, item) in links.enumerated() {
            guard let object = item as? [String: Any] else { throw GraphFormatError(message: "link \(i + 1) is not an object") }
            guard let source = object["source"], !(source is NSNull), let target = object["target"], !(target is NSNull) else {
                throw GraphFormatError(message: "link \(i + 1) needs a \"source\" and a \"target\"")
            }
            var fields: [String: String] = [:]
            for (key, value) in object where !["source", "target", "key"].contains(key) { fields[key] = fieldText(value) }
            imported.edges.append(ImportedGraph.Edge(source: GraphMetadataJSON.text(source),
                                                     target: GraphMetadataJSON.text(target), fields: fields))
        }
        return try imported.assemble()
    }

    /// A member as field text: arrays of strings `;`-joined (aliases, sources), numbers in their
    /// shortest form, null as empty, anything else as its JSON text.
    private static func fieldText(_ value: Any) -> String {
        if value is NSNull { return "" }
        if let strings = value as? [String] { return strings.joined(separator: ";") }
        return GraphMetadataJSON.text(value)
    }
}
