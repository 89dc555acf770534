/// A binary min-heap of `(key, vertex)` entries for Dijkstra-style searches.
///
/// Entries order by key, then by vertex index, so equal keys pop in a fixed order and a search
/// driven by the heap is deterministic. The heap allows duplicate vertices ("lazy deletion"):
/// a search pushes a vertex again when its key improves and skips stale entries when popping,
/// which is cheaper on sparse graphs than a decrease-key index.
///
/// The storage is kept between uses (`removeAll(keepingCapacity:)`), so a searcher that runs many
/// queries allocates only while the heap grows past its largest size so far.
///
/// ```swift
/// var heap = PathHeap()
/// heap.push(key: 2.5, vertex: 7)
/// heap.push(key: 1.0, vertex: 3)
/// heap.popMin()   // (key: 1.0, vertex: 3)
/// ```
@usableFromInline package struct PathHeap: Sendable {
    @usableFromInline var keys: [Double] = []
    @usableFromInline var vertices: [Int32] = []

    /// Creates an empty heap.
    package init() {}

    /// Number of entries, stale ones included.
    /// - Complexity: O(1).
    @inlinable package var count: Int { keys.count }

    /// Whether the heap has no entries.
    /// - Complexity: O(1).
    @inlinable package var isEmpty: Bool { keys.isEmpty }

    /// The smallest entry without removing it.
    /// - Complexity: O(1).
    @inlinable package var min: (key: Double, vertex: Int)? {
        keys.isEmpty ? nil : (keys[0], Int(vertices[0]))
    }

    /// Removes every entry, keeping the storage for the next search.
    /// - Complexity: O(1) amortised.
    @inlinable package mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        vertices.removeAll(keepingCapacity: true)
    }

    @inlinable
    static func precedes(_ k1: Double, _ v1: Int32, _ k2: Double, _ v2: Int32) -> Bool {
        k1 < k2 || (k1 == k2 && v1 < v2)
    }

    /// Adds an entry.
    /// - Complexity: O(log n).
    @inlinable
    package mutating func push(key: Double, vertex: Int) {
        var i = keys.count
        keys.append(key)
        vertices.append(Int32(vertex))
        let v = Int32(vertex)
        // Sift up by moving parents down, writing the new entry once at the end.
        while i > 0 {
            let parent = (i - 1) >> 1
            if Self.precedes(key, v, keys[parent], vertices[parent]) {
                keys[i] = keys[parent]
                vertices[i] = vertices[parent]
                i = parent
            } else {
                break
            }
        }
        keys[i] = key
        vertices[i] = v
    }

    /// Removes and returns the smallest entry (smallest key, then smallest vertex).
    /// - Complexity: O(log n).
    @inlinable
    package mutating func popMin() -> (key: Double, vertex: Int)? {
        guard let top = min else { return nil }
        let lastKey = keys.removeLast()
        let lastVertex = vertices.removeLast()
        let n = keys.count
        if n > 0 {
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= n { break }
                var child = left
                let right = left + 1
                if right < n && Self.precedes(keys[right], vertices[right], keys[left], vertices[left]) {
                    child = right
                }
                if Self.precedes(keys[child], vertices[child], lastKey, lastVertex) {
                    keys[i] = keys[child]
                    vertices[i] = vertices[child]
                    i = child
                } else {
                    break
                }
            }
            keys[i] = lastKey
            vertices[i] = lastVertex
        }
        return top
    }
}
