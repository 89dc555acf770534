/// A binary min-heap of vertices keyed by `Double` priorities, with decrease-key.
///
/// Dijkstra's algorithm needs to lower a vertex's tentative distance in place. Keeping each
/// vertex's slot in `position` makes that O(log n) without duplicate entries, and the storage is
/// allocated once for `capacity` vertices and reused across runs: an emptied heap needs no reset.
///
/// ```swift
/// var heap = IndexedMinHeap(capacity: 4)
/// heap.insert(2, priority: 5)
/// heap.insert(3, priority: 1)
/// heap.decrease(2, to: 0.5)
/// heap.popMin()   // (vertex: 2, priority: 0.5)
/// ```
public struct IndexedMinHeap: Sendable {
    private var vertices: [Int32]
    private var priorities: [Double]
    /// Slot of each vertex in `vertices`, or -1 when absent.
    private var position: [Int32]
    /// Number of queued vertices.
    public private(set) var count: Int = 0

    /// Creates an empty heap for vertices `0..<capacity`.
    /// - Complexity: O(capacity).
    public init(capacity: Int) {
        vertices = [Int32](repeating: 0, count: capacity)
        priorities = [Double](repeating: 0, count: capacity)
        position = [Int32](repeating: -1, count: capacity)
    }

    /// Whether no vertex is queued.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// Whether `vertex` is queued.
    /// - Complexity: O(1).
    public func contains(_ vertex: Int) -> Bool { position[vertex] >= 0 }

    /// The queued priority of `vertex`, or `nil` when it is not queued.
    /// - Complexity: O(1).
    public func priority(of vertex: Int) -> Double? {
        let p = Int(position[vertex])
        return p >= 0 ? priorities[p] : nil
    }

    /// Queues `vertex`, which must not be queued already.
    /// - Complexity: O(log n).
    public mutating func insert(_ vertex: Int, priority: Double) {
        precondition(position[vertex] < 0, "vertex already queued")
        vertices[count] = Int32(vertex)
        priorities[count] = priority
        position[vertex] = Int32(count)
        count += 1
        siftUp(count - 1)
    }

    /// Lowers the priority of a queued `vertex`; a higher `priority` is ignored.
    /// - Complexity: O(log n).
    public mutating func decrease(_ vertex: Int, to priority: Double) {
        let p = Int(position[vertex])
        precondition(p >= 0, "vertex not queued")
        if priority < priorities[p] {
            priorities[p] = priority
            siftUp(p)
        }
    }

    /// Removes and returns the vertex with the smallest priority (ties: any).
    /// - Complexity: O(log n).
    public mutating func popMin() -> (vertex: Int, priority: Double)? {
        guard count > 0 else { return nil }
        let top = (vertex: Int(vertices[0]), priority: priorities[0])
        position[top.vertex] = -1
        count -= 1
        if count > 0 {
            vertices[0] = vertices[count]
            priorities[0] = priorities[count]
            position[Int(vertices[0])] = 0
            siftDown(0)
        }
        return top
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        let v = vertices[i], p = priorities[i]
        while i > 0 {
            let parent = (i - 1) >> 1
            if priorities[parent] <= p { break }
            vertices[i] = vertices[parent]
            priorities[i] = priorities[parent]
            position[Int(vertices[i])] = Int32(i)
            i = parent
        }
        vertices[i] = v
        priorities[i] = p
        position[Int(v)] = Int32(i)
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        let v = vertices[i], p = priorities[i]
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && priorities[child + 1] < priorities[child] { child += 1 }
            if p <= priorities[child] { break }
            vertices[i] = vertices[child]
            priorities[i] = priorities[child]
            position[Int(vertices[i])] = Int32(i)
            i = child
        }
        vertices[i] = v
        priorities[i] = p
        position[Int(v)] = Int32(i)
    }
}
