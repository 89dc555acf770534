import CGraphviz

extension CGraphDocument {
    /// The graph as a ``DiagramDocument``: nodes, edges and one level of subgraphs in creation
    /// order, attributes that differ from their defaults, and non-empty defaults.
    ///
    /// Graphviz's implicit node label `\N` (declared by `gvContext()`) is not reported as a default.
    /// - Complexity: O((V + E) · A) where A is the number of declared attributes.
    func diagram() -> DiagramDocument {
        let graphKind = relgraph_kind_graph(), nodeKind = relgraph_kind_node(), edgeKind = relgraph_kind_edge()
        let graphSymbols = Self.symbols(graph, graphKind)
        let nodeSymbols = Self.symbols(graph, nodeKind)
        let edgeSymbols = Self.symbols(graph, edgeKind)

        var document = DiagramDocument(
            name: Self.name(of: UnsafeMutableRawPointer(graph)) ?? "",
            isDirected: agisdirected(graph) != 0)
        for symbol in graphSymbols {
            let value = Self.value(UnsafeMutableRawPointer(graph), symbol)
            if !value.isEmpty { document.graphAttributes[Self.attributeName(symbol)] = value }
        }
        for symbol in nodeSymbols {
            let name = Self.attributeName(symbol), value = Self.defaultValue(symbol)
            if !value.isEmpty && !(name == .label && value == "\\N") { document.nodeDefaults[name] = value }
        }
        for symbol in edgeSymbols {
            let value = Self.defaultValue(symbol)
            if !value.isEmpty { document.edgeDefaults[Self.attributeName(symbol)] = value }
        }

        var edges: [(sequence: UInt32, edge: DiagramEdge)] = []
        var node = agfstnode(graph)
        while let current = node {
            let id = Self.name(of: UnsafeMutableRawPointer(current)) ?? ""
            document.nodes.append(
                DiagramNode(id: id, attributes: Self.changedAttributes(UnsafeMutableRawPointer(current), nodeSymbols)))
            var edge = agfstout(graph, current)
            while let out = edge {
                let head = Self.name(of: UnsafeMutableRawPointer(relgraph_aghead(out))) ?? ""
                edges.append((
                    out.pointee.base.tag.seq,
                    DiagramEdge(
                        tail: id, head: head,
                        attributes: Self.changedAttributes(UnsafeMutableRawPointer(out), edgeSymbols))
                ))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        // Out-edges come grouped by tail; creation order is what the document had.
        document.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)

        var subgraphs: [(sequence: UInt32, cluster: DiagramCluster)] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            var cluster = DiagramCluster(id: Self.name(of: UnsafeMutableRawPointer(current)) ?? "")
            for symbol in graphSymbols {
                let own = Self.value(UnsafeMutableRawPointer(current), symbol)
                if own != Self.value(UnsafeMutableRawPointer(graph), symbol) {
                    cluster.attributes[Self.attributeName(symbol)] = own
                }
            }
            var member = agfstnode(current)
            while let n = member {
                cluster.nodeIDs.append(Self.name(of: UnsafeMutableRawPointer(n)) ?? "")
                member = agnxtnode(current, n)
            }
            subgraphs.append((current.pointee.base.tag.seq, cluster))
            subgraph = agnxtsubg(current)
        }
        // cdt orders subgraphs by internal id, which is not creation order.
        document.clusters = subgraphs.sorted { $0.sequence < $1.sequence }.map(\.cluster)
        return document
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var result: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            result.append(current)
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    private static func changedAttributes(
        _ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]
    ) -> [AttributeName: String] {
        var attributes: [AttributeName: String] = [:]
        for symbol in symbols {
            let value = value(object, symbol)
            if value != defaultValue(symbol) { attributes[attributeName(symbol)] = value }
        }
        return attributes
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String? {
        agnameof(object).map { String(cString: $0) }
    }

    private static func value(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>) -> String {
        agxget(object, symbol).map { String(cString: $0) } ?? ""
    }

    private static func defaultValue(_ symbol: UnsafeMutablePointer<Agsym_t>) -> String {
        symbol.pointee.defval.map { String(cString: $0) } ?? ""
    }

    private static func attributeName(_ symbol: UnsafeMutablePointer<Agsym_t>) -> AttributeName {
        AttributeName(symbol.pointee.name.map { String(cString: $0) } ?? "")
    }
}
