import CGraphviz
import Foundation

/// The one Graphviz context of the process and the lock every cgraph and gvc call goes through.
///
/// Graphviz 2.42 is not reentrant: its parser, cdt's splay trees and the layout engines share
/// global state, so even separate contexts on separate threads crash. Every request therefore runs
/// inside ``perform(_:)``, which holds a process-wide lock for the whole parse, layout, render and
/// free sequence.
///
/// The context is created once, before any graph, and never freed: `gvContext()` declares the
/// default node label on graphs created after it (so DOT output would otherwise depend on call
/// order), each context leaks a few KiB on 2.42, and a second context after freeing the first
/// reads freed memory in the pango plugin. Should `gvContext()` fail, the context stays empty
/// and every request throws ``GraphvizError/unavailable(_:)`` instead of stopping the process.
///
/// Plugins come from Debian's `config6a` through `gvContext()`, so every layout and device the
/// host has is available. Text is measured by the pango plugin, so SVG coordinates depend on the
/// installed fonts: output is byte-identical run to run on one machine, which is what the
/// determinism tests check, but golden files are not shared between machines.
final class GraphvizContext: @unchecked Sendable {
    // @unchecked: `gvc` is only touched while `lock` is held.
    private let lock = NSLock()
    /// The context, or `nil` when Graphviz could not start.
    private let gvc: OpaquePointer?

    /// The process-wide context, created on first use.
    static let shared = GraphvizContext()

    private init() {
        gvc = gvContext()
        // Buffer errors and warnings instead of printing them; aglasterr() hands back the last.
        if gvc != nil { _ = agseterr(AGMAX) }
    }

    /// Runs `body` with exclusive use of Graphviz and its context.
    ///
    /// cgraph's sticky error level is reset first, so an error seen inside `body` belongs to this
    /// request. `body` must free every graph, layout and buffer it creates before returning.
    /// - Throws: ``GraphvizError/unavailable(_:)`` when Graphviz could not start, or what `body` throws.
    func perform<Result>(
        _ body: (OpaquePointer) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc else { throw .unavailable("gvContext() returned NULL: Graphviz cannot start") }
        _ = agreseterrors()
        return try body(gvc)
    }

    /// The last message cgraph or gvc reported in this request, if any error was reported.
    ///
    /// Call only inside ``perform(_:)``.
    static func lastErrorMessage() -> String? {
        guard agerrors() > 0, let buffer = aglasterr() else { return nil }
        defer { free(buffer) }
        let text = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Names of the installed plugins of one kind ("layout", "device", "render"...), sorted and
    /// without the ":package" suffix Graphviz adds to some; none when Graphviz could not start.
    func pluginNames(kind: String) -> [String] {
        (try? perform { gvc throws(GraphvizError) in Self.pluginNames(gvc, kind: kind) }) ?? []
    }

    /// ``pluginNames(kind:)`` for a caller already inside ``perform(_:)``.
    static func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer { relgraph_free_plugin_list(list, count) }
        var names = Set<String>()
        for i in 0..<Int(count) {
            guard let entry = list[i] else { continue }
            names.insert(String(String(cString: entry).prefix { $0 != ":" }))
        }
        return names.sorted()
    }
}
