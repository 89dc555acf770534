import Foundation

extension GraphFormat {
    /// The format to write `url` in: `requested` when given, else the one its extension names,
    /// and never one that contradicts the extension.
    ///
    /// A file named `x.graphml` with `requested` GEXF is refused rather than written as GEXF under
    /// a GraphML name; so is an extension relgraph knows for drawings only (`.dot`, `.gv`, `.svg`,
    /// `.png`, `.pdf`), with a pointer to `relgraph render`. An extension relgraph does not know is
    /// fine with a `requested` format (`graph.txt --to tsv`).
    /// - Throws: ``UnsupportedError`` explaining the conflict.
    /// The format to write the output at `path` in: as ``chosen(for:requested:)`` for a file or
    /// folder; for `-` (standard output), `requested`, which must be one file.
    /// - Throws: ``UnsupportedError`` explaining the conflict, or that `-` needs a named format.
    public static func chosen(forPath path: String, requested: GraphFormat?) throws(UnsupportedError) -> GraphFormat {
        guard path == "-" else { return try chosen(for: URL(fileURLWithPath: path), requested: requested) }
        guard let requested, requested.isSingleFile else {
            throw UnsupportedError(description: """
                standard output takes one file: name its format with --to \
                (\(allCases.filter(\.isSingleFile).map(\.rawValue).joined(separator: ", ")))
                """)
        }
        return requested
    }

    public static func chosen(for url: URL, requested: GraphFormat?) throws(UnsupportedError) -> GraphFormat {
        let ext = url.pathExtension.lowercased()
        if ["dot", "gv", "svg", "png", "pdf"].contains(ext) {
            throw UnsupportedError(description: """
                \(url.path): .\(ext) is a drawing, not a graph format; draw it with \
                'relgraph render -o \(url.lastPathComponent)' (--format dot writes DOT)
                """)
        }
        let named = GraphFormat(detecting: url)
        guard let requested else {
            guard let named else {
                throw UnsupportedError(description: """
                    \(url.path): unknown format '.\(url.pathExtension)'; use a folder, .graphml, .gexf, \
                    .json, .neo4j, .tsv or .csv, or name one with --to
                    """)
            }
            return named
        }
        if named == nil || named == requested { return requested }
        // A name without extension may hold any format, except an existing graph folder, which
        // only a graph folder may replace.
        if ext.isEmpty && !GraphFolder.isGraphFolder(url) { return requested }
        throw UnsupportedError(description: ext.isEmpty ? """
            \(url.path) is a graph folder; --to \(requested.rawValue) would replace it with another format
            """ : """
            \(url.path): the name says \(named?.rawValue ?? "?") but --to asks for \(requested.rawValue); \
            name the file .\(requested.rawValue) or leave out --to
            """)
    }
}
