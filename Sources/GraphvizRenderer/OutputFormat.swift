import Foundation

/// A Graphviz output format ("device"), named as Graphviz names it: `svg`, `png`, `pdf`,
/// `json`, `canon`, or a renderer-qualified name such as `png:cairo`.
///
/// Any format the installed Graphviz offers can be used (``DiagramRenderer/availableFormats``);
/// the common ones have static names.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// Graphviz's name of the format.
    public let rawValue: String

    /// The format Graphviz calls `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The format Graphviz calls `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The format Graphviz calls `value`, written as a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// DOT with layout coordinates (`pos`, `bb`) added.
    public static let dot = OutputFormat("dot")
    /// Canonical DOT, pretty-printed, with layout coordinates.
    public static let canon = OutputFormat("canon")
    /// DOT with coordinates and drawing operations.
    public static let xdot = OutputFormat("xdot")
    /// Scalable Vector Graphics.
    public static let svg = OutputFormat("svg")
    /// Portable Network Graphics (cairo).
    public static let png = OutputFormat("png")
    /// Portable Document Format (cairo).
    public static let pdf = OutputFormat("pdf")
    /// Graphviz's JSON description of the laid-out graph.
    public static let json = OutputFormat("json")
    /// Graphviz's plain-text coordinates.
    public static let plain = OutputFormat("plain")

    /// Whether the format writes bytes (a file or standard output) rather than drawing in a
    /// window. Graphviz's window devices crash or end the process when there is no display
    /// (`x11` and `xlib` segfault, `gtk` exits), so relgraph refuses them.
    public var writesFile: Bool {
        !["x11", "xlib", "gtk", "glitz", "win", "quartz"].contains(String(rawValue.prefix { $0 != ":" }))
    }

    /// Throws unless the format ``writesFile`` and the Graphviz behind `gvc` offers it (its name
    /// before any `:renderer` qualifier is one of its devices).
    func requireRenderable(_ gvc: OpaquePointer) throws(GraphvizError) {
        guard writesFile else {
            throw .renderFailed(format: rawValue, message:
                "it draws in a window instead of writing a file; relgraph offers only formats that write a file")
        }
        let devices = GraphvizContext.pluginNames(gvc, kind: "device")
        guard devices.contains(String(rawValue.prefix { $0 != ":" })) else {
            throw .unknownFormat(rawValue, available: devices.filter { OutputFormat($0).writesFile })
        }
    }

    /// Graphviz's bytes in this format, with SVG made well-formed XML (``SVGRepair``) and a
    /// PDF's creation date fixed, so that the same drawing gives the same bytes tomorrow.
    func repairedOutput(_ data: Data) -> Data {
        switch rawValue.prefix(while: { $0 != ":" }) {
        case "svg": return SVGRepair.repaired(data)
        case "pdf": return Self.withFixedCreationDate(data)
        default: return data
        }
    }

    /// The PDF with the digits of its `/CreationDate (D:YYYYMMDDHHmmSS...)` set to
    /// 1970-01-01 00:00:00. The length is unchanged, so the cross-reference offsets stay right.
    static func withFixedCreationDate(_ pdf: Data) -> Data {
        let key = Data("/CreationDate (D:".utf8)
        guard let range = pdf.range(of: key), range.upperBound + 14 <= pdf.endIndex else { return pdf }
        var fixed = pdf
        fixed.replaceSubrange(range.upperBound..<(range.upperBound + 14), with: Data("19700101000000".utf8))
        return fixed
    }

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool {
        let base = rawValue.prefix { $0 != ":" }
        return ["dot", "canon", "gv", "xdot", "xdot1.2", "xdot1.4", "svg", "json", "json0", "dot_json",
            "xdot_json", "plain", "plain-ext", "imap", "cmapx", "imap_np", "cmapx_np", "ismap", "cmap",
            "fig", "pic", "tk", "vml", "vrml", "mp", "ps", "eps", "ps2", "pov"].contains(String(base))
    }

    /// The usual file extension for this format.
    public var fileExtension: String {
        let base = String(rawValue.prefix { $0 != ":" })
        return base == "canon" ? "dot" : base
    }
}
