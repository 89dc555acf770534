import Foundation
import RelationGraph

/// Test graphs, found next to this file so tests need no bundle resources.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// Nine entities, one of every kind, with quotes, `<>`, `&`, backslashes and Cyrillic in names.
    static let styledFolder = root.appendingPathComponent("styled")
    /// The bundled data set, at the repository root.
    static let bundledFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Graphs/german-soviet-1918-1941")

    static func styled() throws -> Graph { try GraphFolder.load(from: styledFolder) }
}
