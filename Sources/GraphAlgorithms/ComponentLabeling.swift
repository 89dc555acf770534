/// A partition of the vertices into components.
///
/// Components are numbered by their smallest vertex: component 0 holds vertex 0, component 1
/// the smallest vertex outside it, and so on, so the numbering does not depend on search order.
public struct ComponentLabeling: Sendable, Equatable {
    /// The component of each vertex.
    public let componentOf: [Int32]
    /// Number of components.
    public let count: Int

    /// Renumbers arbitrary labels by smallest member.
    init(rawLabels: [Int32]) {
        var renumber = [Int32: Int32]()
        var labels = [Int32](repeating: 0, count: rawLabels.count)
        for (v, raw) in rawLabels.enumerated() {
            if let known = renumber[raw] {
                labels[v] = known
            } else {
                let fresh = Int32(renumber.count)
                renumber[raw] = fresh
                labels[v] = fresh
            }
        }
        componentOf = labels
        count = renumber.count
    }

    /// Number of vertices in each component, by component number.
    /// - Complexity: O(V).
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: count)
        for c in componentOf { result[Int(c)] += 1 }
        return result
    }

    /// The vertices of each component, ascending, by component number.
    /// - Complexity: O(V).
    public var members: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (v, c) in componentOf.enumerated() { result[Int(c)].append(v) }
        return result
    }
}
