/// A min-heap of vertices keyed by `Double` priorities, with decrease-key.
///
/// Dijkstra's algorithm needs to lower a vertex's tentative distance in place. Keeping each
/// vertex's slot in `position` makes that O(log n) without duplicate entries, and the storage is
/// allocated once for `capacity` vertices and reused across runs: an emptied heap needs no reset.
///
/// The tree is 4-ary: half the depth of a binary heap, and a node's four children share a cache
/// line, so the sift-downs that dominate Dijkstra touch fewer lines. Priority and vertex sit
/// together in one entry for the same reason.
///
/// ```swift
/// var heap = IndexedMinHeap(capacity: 4)
/// heap.insert(2, priority: 5)
/// heap.insert(3, priority: 1)
/// heap.decrease(2, to: 0.5)
/// heap.popMin()   // (vertex: 2, priority: 0.5)
/// ```
package struct IndexedMinHeap: Sendable {
    struct Entry {
        var priority: Double
        var vertex: Int32
    }

    private var entries: [Entry]
    /// Slot of each vertex in `entries`, or -1 when absent.
    private var position: [Int32]
    /// Number of queued vertices.
    package private(set) var count: Int = 0

    /// Creates an empty heap for vertices `0..<capacity`.
    /// - Complexity: O(capacity).
    package init(capacity: Int) {
        entries = [Entry](repeating: Entry(priority: 0, vertex: 0), count: capacity)
        position = [Int32](repeating: -1, count: capacity)
    }

    /// Whether no vertex is queued.
    @inlinable package var isEmpty: Bool { count == 0 }

    /// Whether `vertex` is queued.
    /// - Complexity: O(1).
    package func contains(_ vertex: Int) -> Bool { position[vertex] >= 0 }

    /// The queued priority of `vertex`, or `nil` when it is not queued.
    /// - Complexity: O(1).
    package func priority(of vertex: Int) -> Double? {
        let p = Int(position[vertex])
        return p >= 0 ? entries[p].priority : nil
    }

    /// Queues `vertex`, which must not be queued already.
    /// - Complexity: O(log n).
    package mutating func insert(_ vertex: Int, priority: Double) {
        precondition(position[vertex] < 0, "vertex already queued")
        count += 1
        siftUp(from: count - 1, Entry(priority: priority, vertex: Int32(vertex)))
    }

    /// Lowers the priority of a queued `vertex`; a higher `priority` is ignored.
    /// - Complexity: O(log n).
    package mutating func decrease(_ vertex: Int, to priority: Double) {
        let p = Int(position[vertex])
        precondition(p >= 0, "vertex not queued")
        if priority < entries[p].priority {
            siftUp(from: p, Entry(priority: priority, vertex: Int32(vertex)))
        }
    }

    /// Removes and returns the vertex with the smallest priority (ties: any).
    /// - Complexity: O(log n).
    package mutating func popMin() -> (vertex: Int, priority: Double)? {
        guard count > 0 else { return nil }
        let top = entries[0]
        position[Int(top.vertex)] = -1
        count -= 1
        if count > 0 { siftDown(entries[count]) }
        return (Int(top.vertex), top.priority)
    }

    /// Moves `entry` from slot `start` towards the root until its parent is not larger.
    private mutating func siftUp(from start: Int, _ entry: Entry) {
        entries.withUnsafeMutableBufferPointer { entries in
            position.withUnsafeMutableBufferPointer { position in
                var i = start
                while i > 0 {
                    let parent = (i - 1) >> 2
                    let above = entries[parent]
                    if above.priority <= entry.priority { break }
                    entries[i] = above
                    position[Int(above.vertex)] = Int32(truncatingIfNeeded: i)
                    i = parent
                }
                entries[i] = entry
                position[Int(entry.vertex)] = Int32(truncatingIfNeeded: i)
            }
        }
    }

    /// Places `entry` at the root and moves it down past smaller children.
    private mutating func siftDown(_ entry: Entry) {
        let count = count
        entries.withUnsafeMutableBufferPointer { entries in
            position.withUnsafeMutableBufferPointer { position in
                var i = 0
                while true {
                    let first = 4 * i + 1
                    if first >= count { break }
                    var best = first
                    var bestPriority = entries[first].priority
                    let last = min(first + 4, count)
                    var c = first + 1
                    while c < last {
                        let p = entries[c].priority
                        if p < bestPriority { best = c; bestPriority = p }
                        c += 1
                    }
                    if entry.priority <= bestPriority { break }
                    let below = entries[best]
                    entries[i] = below
                    position[Int(below.vertex)] = Int32(truncatingIfNeeded: i)
                    i = best
                }
                entries[i] = entry
                position[Int(entry.vertex)] = Int32(truncatingIfNeeded: i)
            }
        }
    }
}
