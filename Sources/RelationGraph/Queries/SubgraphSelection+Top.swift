import GraphAlgorithms

extension SubgraphSelection {
    /// Narrows the selection to the `n` entities with the highest `measure`, computed on the
    /// whole graph under the selection's ``filter`` (so the kinds, predicates and time it allows),
    /// with the relations among them.
    ///
    /// Only entities the filter admits and that have a value count (a NaN score ranks nobody);
    /// ties at the cut go to the entity listed first (see ``CentralityScores/ranked(top:)``).
    /// Several restrictions intersect.
    ///
    /// ```swift
    /// var selection = SubgraphSelection()
    /// selection.filter.window = try TimeSpan(parsing: "1922..1933")
    /// try selection.restrictToTop(10, by: .betweenness, in: graph)
    /// ```
    /// - Parameters:
    ///   - n: How many entities to keep, at least 1.
    ///   - measure: The centrality that ranks them, with NetworkX's default options.
    ///   - graph: The graph the selection is taken from.
    /// - Throws: ``SelectionError/nonPositiveCount(_:)`` for `n` below 1,
    ///   ``SelectionError/centrality(_:)`` when the measure does not converge.
    /// - Complexity: that of the measure, plus O(V log V).
    public mutating func restrictToTop(_ n: Int, by measure: CentralityMeasure, in graph: Graph) throws(SelectionError) {
        guard n >= 1 else { throw .nonPositiveCount(n) }
        var options = CentralityOptions(measure: measure)
        options.filter = filter
        let scores: CentralityScores
        do throws(CentralityError) { scores = try graph.centrality(options) } catch { throw .centrality(error) }
        let admitted = filter
        let chosen = Set(scores.ranked().lazy
            .filter { !$0.value.isNaN && admitted.admits(graph.entities[$0.entity.index]) }
            .prefix(n).map(\.entity))
        include = chosen.intersection(include ?? chosen)
    }
}
