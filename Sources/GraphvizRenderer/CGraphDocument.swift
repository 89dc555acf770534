import CGraphviz
import Foundation

/// A cgraph graph owned by Swift: built from a ``DiagramDocument`` or parsed from DOT, closed
/// with `agclose` when the value goes away, on every path.
///
/// Non-copyable so that exactly one owner closes the graph. Every use, including its end, must
/// happen inside ``GraphvizContext/perform(_:)``: the type is internal and only created there.
struct CGraphDocument: ~Copyable {
    let graph: UnsafeMutablePointer<Agraph_t>

    deinit { agclose(graph) }

    /// Builds the graph through cgraph's API, declaring attributes the way cgraph's DOT parser
    /// does, so the result equals parsing ``DiagramDocument/dotSource()``.
    init(building document: DiagramDocument) throws(GraphvizError) {
        if let problem = document.firstProblem() { throw .invalidDocument(problem) }
        let descriptor = document.isDirected
            ? relgraph_directed_descriptor() : relgraph_undirected_descriptor()
        guard let graph = relgraph_agopen(document.name, descriptor) else {
            throw .invalidDocument(GraphvizContext.lastErrorMessage() ?? "cgraph could not open a graph")
        }
        do {
            try Self.populate(graph, from: document)
        } catch {
            agclose(graph)
            throw error
        }
        self.graph = graph
    }

    /// Parses DOT text with `agmemread`. Empty or whitespace-only text is refused before cgraph
    /// sees it; a syntax error comes back with cgraph's message and line.
    init(parsing text: String) throws(GraphvizError) {
        guard text.contains(where: { !$0.isWhitespace }) else { throw .emptyInput }
        try DOTInputLimits.check(text)
        self.graph = try Self.parseReportingErrors(text)
    }

    /// `agmemread`, plus the clean-up 2.42 leaves to its caller: it stops after the first graph
    /// and keeps the rest of the text in the lexer's buffer, where the next `agmemread` (of other
    /// text) would find it. Reading empty text until nothing comes back drains that buffer; any
    /// graph or error found while draining means the text held more than one graph.
    private static func parseReportingErrors(_ text: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = agmemread(text) else {
            throw GraphvizError.syntax(fromCGraphMessage: GraphvizContext.lastErrorMessage())
        }
        var trailing = agerrors() > 0
        while let extra = agmemread("") {
            agclose(extra)
            trailing = true
        }
        if trailing || agerrors() > 0 {
            agclose(graph)
            throw .syntax(message: "syntax error: text after the end of the first graph", line: nil)
        }
        return graph
    }

    private static func populate(
        _ graph: UnsafeMutablePointer<Agraph_t>, from document: DiagramDocument
    ) throws(GraphvizError) {
        let graphKind = relgraph_kind_graph(), nodeKind = relgraph_kind_node(), edgeKind = relgraph_kind_edge()
        var symbols: [Int32: [AttributeName: UnsafeMutablePointer<Agsym_t>]] = [:]

        /// The root-level declaration of an attribute, created with an empty default if new.
        func symbol(_ kind: Int32, _ name: AttributeName) -> UnsafeMutablePointer<Agsym_t>? {
            if let known = symbols[kind]?[name] { return known }
            let found = relgraph_agattr(graph, kind, name.rawValue, nil)
                ?? relgraph_agattr(graph, kind, name.rawValue, "")
            symbols[kind, default: [:]][name] = found
            return found
        }
        func failure(_ what: String) -> GraphvizError {
            .invalidDocument(GraphvizContext.lastErrorMessage() ?? "cgraph refused \(what)")
        }

        for (name, value) in document.graphAttributes.sorted(by: { $0.key < $1.key }) {
            guard relgraph_agattr(graph, graphKind, name.rawValue, value) != nil else {
                throw failure("graph attribute \(name)")
            }
        }
        for (name, value) in document.nodeDefaults.sorted(by: { $0.key < $1.key }) {
            guard let declared = relgraph_agattr(graph, nodeKind, name.rawValue, value) else {
                throw failure("node attribute \(name)")
            }
            symbols[nodeKind, default: [:]][name] = declared
        }
        for (name, value) in document.edgeDefaults.sorted(by: { $0.key < $1.key }) {
            guard let declared = relgraph_agattr(graph, edgeKind, name.rawValue, value) else {
                throw failure("edge attribute \(name)")
            }
            symbols[edgeKind, default: [:]][name] = declared
        }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(document.nodes.count)
        for node in document.nodes {
            guard let created = relgraph_agnode(graph, node.id) else { throw failure("node \(node.id)") }
            nodes[node.id] = created
            for (name, value) in node.attributes.sorted(by: { $0.key < $1.key }) {
                guard let declared = symbol(nodeKind, name) else { throw failure("node attribute \(name)") }
                _ = relgraph_agxset(UnsafeMutableRawPointer(created), declared, value)
            }
        }

        for cluster in document.clusters {
            guard let subgraph = relgraph_agsubg(graph, cluster.id) else {
                throw failure("subgraph \(cluster.id)")
            }
            for (name, value) in cluster.attributes.sorted(by: { $0.key < $1.key }) {
                // Declared at the root first (empty default), then given a local value: the
                // parser's order, which keeps a cluster's label off the root graph.
                guard symbol(graphKind, name) != nil,
                    relgraph_agattr(subgraph, graphKind, name.rawValue, value) != nil
                else { throw failure("subgraph attribute \(name)") }
            }
            for member in cluster.nodeIDs {
                guard let node = nodes[member], relgraph_agsubnode(subgraph, node) != nil else {
                    throw failure("member \(member) of \(cluster.id)")
                }
            }
        }

        for edge in document.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                let created = relgraph_agedge(graph, tail, head, nil)
            else { throw failure("edge \(edge.tail) -> \(edge.head)") }
            for (name, value) in edge.attributes.sorted(by: { $0.key < $1.key }) {
                guard let declared = symbol(edgeKind, name) else { throw failure("edge attribute \(name)") }
                _ = relgraph_agxset(UnsafeMutableRawPointer(created), declared, value)
            }
        }
    }

    /// The seed given to the C library's random generators before every layout.
    static let layoutSeed = 1

    /// Lays the graph out with `engine` and renders it in `format`; the layout and the render
    /// buffer are freed before returning, whether or not it succeeded.
    func render(with gvc: OpaquePointer, engine: String, format: String) throws(GraphvizError) -> Data {
        // Some engines draw from the C library's generators whatever `start` says (fdp does):
        // reseeding both before every layout makes every engine repeat itself exactly.
        srand48(Self.layoutSeed)
        srand(UInt32(Self.layoutSeed))
        let laidOut = gvLayout(gvc, graph, engine) == 0 && agerrors() == 0
        // gvLayout may have initialised the graph before failing: free in both cases.
        defer { _ = gvFreeLayout(gvc, graph) }
        guard laidOut else {
            throw .layoutFailed(
                engine: engine, message: GraphvizContext.lastErrorMessage() ?? "layout failed")
        }
        return try renderWithoutLayout(with: gvc, format: format)
    }

    /// The graph as cgraph's own writer (`agwrite`) prints it, without layout.
    func writtenByCGraph() throws(GraphvizError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw .renderFailed(format: "dot", message: "cannot open a memory stream")
        }
        let status = agwrite(graph, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw .renderFailed(format: "dot", message: GraphvizContext.lastErrorMessage() ?? "agwrite failed")
        }
        return String(cString: buffer)
    }

    /// Renders in `format` what the graph already holds; the format must not need a layout.
    func renderWithoutLayout(with gvc: OpaquePointer, format: String) throws(GraphvizError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = relgraph_gvRenderData(gvc, graph, format, &buffer, &length)
        // gvRenderData leaves a buffer behind even when it fails.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, agerrors() == 0, let buffer else {
            var message = GraphvizContext.lastErrorMessage() ?? "rendering failed"
            if status != 0 {
                message += "; available formats: "
                    + GraphvizContext.pluginNames(gvc, kind: "device").joined(separator: " ")
            }
            throw .renderFailed(format: format, message: message)
        }
        return Data(bytes: buffer, count: length)
    }
}
