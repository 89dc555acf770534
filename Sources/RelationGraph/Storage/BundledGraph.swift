import Foundation

/// The German-Soviet relations graph that ships with relgraph.
///
/// The folder is a resource of the `RelgraphBundledGraphs` target, which the `RelationGraph`
/// library product carries, so a package that depends on relgraph loads it with ``load(strict:)``
/// from anywhere:
///
/// ```swift
/// import RelationGraph
///
/// let graph = try BundledGraph.load()
/// print(graph.entities.count)   // 344
/// ```
///
/// The resource bundle is looked up by name beside the running executable (where SwiftPM puts
/// the bundles of every dependency) rather than through the generated `Bundle.module`, which
/// stops the process when the bundle is missing; a missing bundle is a ``NotFound`` error.
/// Inside a checkout, the repository's own `Graphs/` folder is found too.
public enum BundledGraph {
    /// The folder's path relative to the repository root.
    public static let relativePath = "Graphs/german-soviet-1918-1941"

    /// The folder's name inside the resource bundle.
    static let folderName = "german-soviet-1918-1941"

    /// The suffix of the resource bundle's name; SwiftPM prefixes it with the package's identity,
    /// which is the checkout's folder name for a dependency given by path.
    static let bundleSuffix = "_RelgraphBundledGraphs.resources"

    /// Where the bundled graph is: a `Graphs/german-soviet-1918-1941` folder above the current
    /// directory (a checkout, so edits to its tables count at once), else the resource bundle
    /// beside the executable, else such a folder above the executable's folder.
    ///
    /// - Parameter starts: folders to walk up from instead; the resource bundle is then not
    ///   consulted.
    /// - Returns: the folder, or `nil` when neither a checkout nor the resource is found.
    public static func locate(from starts: [URL]? = nil) -> URL? {
        if let starts { return starts.lazy.compactMap(checkoutFolder(above:)).first }
        let executableFolder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
            .resolvingSymlinksInPath().deletingLastPathComponent()
        return checkoutFolder(above: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            ?? resourceFolder(near: [executableFolder, Bundle.main.bundleURL])
            ?? checkoutFolder(above: executableFolder)
    }

    /// The first `Graphs/german-soviet-1918-1941` graph folder in `start` or a folder above it.
    static func checkoutFolder(above start: URL) -> URL? {
        var dir = start.standardizedFileURL
        while true {
            let candidate = dir.appendingPathComponent(relativePath)
            if GraphFolder.isGraphFolder(candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// The graph folder inside a `*_RelgraphBundledGraphs.resources` bundle in one of `folders`
    /// (or, on Apple platforms, inside such a bundle's `Contents/Resources`).
    static func resourceFolder(near folders: [URL]) -> URL? {
        let files = FileManager.default
        for folder in folders {
            guard let names = try? files.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(bundleSuffix) || name.hasSuffix(
                bundleSuffix.replacingOccurrences(of: ".resources", with: ".bundle")) {
                let bundle = folder.appendingPathComponent(name)
                for inner in [folderName, "Contents/Resources/\(folderName)"] {
                    let candidate = bundle.appendingPathComponent(inner)
                    if GraphFolder.isGraphFolder(candidate) { return candidate }
                }
            }
        }
        return nil
    }

    /// The bundled graph was found neither as a resource nor in a checkout.
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var description: String {
            "the bundled graph was not found: no *\(BundledGraph.bundleSuffix) bundle beside the executable " +
            "and no \(BundledGraph.relativePath) folder above the current directory"
        }
    }

    /// Loads the bundled graph found by ``locate(from:)``.
    /// - Parameter strict: also require a citation on every relation and a known source for
    ///   every citation.
    /// - Throws: ``NotFound``, or the ``ValidationReport`` of a broken folder.
    public static func load(strict: Bool = false) throws -> Graph {
        guard let folder = locate() else { throw NotFound() }
        return try GraphFolder.load(from: folder, strict: strict)
    }
}
