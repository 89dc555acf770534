extension DiagramDocument {
    /// The document as DOT text, without layout.
    ///
    /// The text is deterministic: attributes are sorted by name, nodes come first in document
    /// order (so isolated nodes are kept and cgraph creates nodes in the same order), then
    /// subgraphs listing their members, then edges. Every id and value is quoted so that cgraph
    /// reads it back unchanged (see `DOTQuoting`). Reading this text with cgraph gives the same
    /// graph that ``DiagramRenderer`` builds directly.
    ///
    /// ```
    /// digraph g {
    /// 	graph [charset="UTF-8"];
    /// 	a;
    /// 	b [shape=box];
    /// 	a -> b;
    /// }
    /// ```
    /// - Complexity: O(V + E) plus sorting each element's attributes.
    public func dotSource() -> String {
        var out = ""
        let arrow = isDirected ? " -> " : " -- "
        out += (isDirected ? "digraph " : "graph ") + DOTQuoting.id(name) + " {\n"
        Self.writeStatement("graph", graphAttributes, indent: "\t", into: &out)
        Self.writeStatement("node", nodeDefaults, indent: "\t", into: &out)
        Self.writeStatement("edge", edgeDefaults, indent: "\t", into: &out)
        for node in nodes {
            out += "\t" + DOTQuoting.id(node.id) + Self.attributeList(node.attributes) + ";\n"
        }
        for cluster in clusters {
            out += "\tsubgraph " + DOTQuoting.id(cluster.id) + " {\n"
            Self.writeStatement("graph", cluster.attributes, indent: "\t\t", into: &out)
            for member in cluster.nodeIDs {
                out += "\t\t" + DOTQuoting.id(member) + ";\n"
            }
            out += "\t}\n"
        }
        for edge in edges {
            out += "\t" + DOTQuoting.id(edge.tail) + arrow + DOTQuoting.id(edge.head)
                + Self.attributeList(edge.attributes) + ";\n"
        }
        out += "}\n"
        return out
    }

    private static func writeStatement(
        _ keyword: String, _ attributes: [AttributeName: String], indent: String, into out: inout String
    ) {
        guard !attributes.isEmpty else { return }
        out += indent + keyword + attributeList(attributes) + ";\n"
    }

    /// ` [a=1, b="x y"]`, sorted by name; empty when there are no attributes.
    private static func attributeList(_ attributes: [AttributeName: String]) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.sorted { $0.key < $1.key }.map { name, value in
            DOTQuoting.id(name.rawValue) + "=" + DOTQuoting.id(value)
        }
        return " [" + items.joined(separator: ", ") + "]"
    }
}
