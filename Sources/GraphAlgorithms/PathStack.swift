/// The stack of a depth-first path walk over out-rows: the partial path's vertices and, for
/// each, the slot where the scan of its row resumes.
///
/// The lexicographically smallest shortest path and the enumerations of all shortest, all
/// minimum-weight and all simple paths walk it alike; they differ only in which hops they accept
/// (distance stamps, dead marks, hops left), so each passes its own test to ``advance(_:)`` and
/// keeps its own bookkeeping around the loop.
struct PathStack {
    /// The partial path, source first.
    private(set) var vertices: [Int]
    private var cursors: [Int]
    private let rows: PathSearcher.Rows

    /// A stack holding only `source`, whose row scan starts at its first slot; `capacity`
    /// reserves room for the vertices of a path of known length.
    init(from source: Int, along rows: PathSearcher.Rows, capacity: Int = 0) {
        self.rows = rows
        vertices = [source]
        cursors = [rows.offsets[source]]
        vertices.reserveCapacity(capacity)
    }

    /// The position of the top vertex in the path (the source is 0).
    var depth: Int { vertices.count - 1 }

    /// Hands over the partial path and empties the stack, so the caller can extend the path
    /// without copying it.
    mutating func takeVertices() -> [Int] {
        defer { vertices = []; cursors = [] }
        return vertices
    }

    /// Drops the top vertex; the scan of the row below resumes where it stopped.
    mutating func pop() {
        vertices.removeLast()
        cursors.removeLast()
    }

    /// Scans on through the top vertex's row for the first hop `(y, edge)` that `accepts`
    /// approves, pushes `y` and returns it; returns `nil`, leaving the stack as it was, when the
    /// row is exhausted. Rows are sorted by neighbour, so `y`'s parallel copies are stepped over
    /// and each neighbour is taken at most once per visit of the row.
    @inline(__always)
    mutating func advance(_ accepts: (_ y: Int, _ edge: Int) -> Bool) -> Int? {
        let i = vertices.count - 1
        var k = cursors[i]
        let end = rows.offsets[vertices[i] + 1]
        while k < end {
            let y = Int(rows.neighbours[k])
            let e = Int(rows.edges[k])
            k += 1
            if !accepts(y, e) { continue }
            while k < end && Int(rows.neighbours[k]) == y { k += 1 }
            cursors[i] = k
            vertices.append(y)
            cursors.append(rows.offsets[y])
            return y
        }
        cursors[i] = end
        return nil
    }
}
