import Foundation

/// Folders of test graphs, found next to this file so tests need no bundle resources.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let validSmall = root.appendingPathComponent("valid-small")
    static let broken = root.appendingPathComponent("broken")
    /// The bundled data set, at the repository root.
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Graphs/german-soviet-1918-1941")
}

extension FixturePaths {
    /// A small hand-made graph around the 1939 pact, for path queries (answers worked out in PathQueryTests).
    static let pathsPact = root.appendingPathComponent("paths-pact")
}
