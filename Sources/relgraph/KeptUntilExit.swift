import Foundation
import RelationGraph

/// Holds the graph a command is done with until the process exits, which gives all its memory
/// back at once: freeing a graph of a million relations piece by piece took the last tenth of
/// a second of `relgraph stats` on such a folder. Only the latest graph is held, so that a
/// caller running several commands in one process keeps at most one.
enum KeptUntilExit {
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var graph: Graph?
    }

    private static let slot = Slot()

    /// Keeps `graph` (releasing the one kept before).
    static func keep(_ graph: Graph) {
        slot.lock.lock()
        let previous = slot.graph
        slot.graph = graph
        slot.lock.unlock()
        _ = previous
    }
}
