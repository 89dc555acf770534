import Foundation

/// Where the German-Soviet graph that ships with relgraph lives, for tools run from a checkout.
public enum BundledGraph {
    /// The folder's path relative to the repository root.
    public static let relativePath = "Graphs/german-soviet-1918-1941"

    /// The first `Graphs/german-soviet-1918-1941` folder found walking up from each start in turn.
    ///
    /// - Parameter starts: folders to search from; by default the current directory, then the
    ///   running executable's folder (so `.build/debug/relgraph` finds it from anywhere).
    public static func locate(from starts: [URL]? = nil) -> URL? {
        let starts = starts ?? [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent(relativePath)
                if GraphFolder.isGraphFolder(candidate) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    /// The bundled graph was not found from where the program runs.
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public var description: String {
            "the bundled graph (\(BundledGraph.relativePath)) was not found; run inside the relgraph repository"
        }
    }

    /// Loads the bundled graph found by ``locate(from:)``.
    /// - Throws: ``NotFound``, or the ``ValidationReport`` of a broken folder.
    public static func load(strict: Bool = false) throws -> Graph {
        guard let folder = locate() else { throw NotFound() }
        return try GraphFolder.load(from: folder, strict: strict)
    }
}
