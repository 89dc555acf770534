extension Brokers {
    private init(articulationPoints: [Broker], bridges: [Bridge]) {
        self.articulationPoints = articulationPoints
        self.bridges = bridges
    }

    /// The same brokers, cut down for display: articulation points of the given kinds and
    /// bridges with an end of one of them, each list at most `top` long (order kept).
    ///
    /// The cut structure is that of the whole graph; only the listing is shortened, so an
    /// entity's `separated` count does not change with the kinds asked for.
    /// - Parameters:
    ///   - kinds: entity kinds to keep, or `nil` for all.
    ///   - top: the longest each list may be, or `nil` for no limit; a negative value keeps none.
    ///   - graph: the graph the brokers were found in, to look up the kinds of bridge ends.
    public func limited(kinds: Set<EntityKind>?, top: Int?, in graph: Graph) -> Brokers {
        var points = articulationPoints
        var links = bridges
        if let kinds {
            points = points.filter { kinds.contains($0.kind) }
            links = links.filter { bridge in
                [bridge.from, bridge.to].contains { graph.entity(withID: $0).map { kinds.contains($0.kind) } ?? false }
            }
        }
        if let top {
            points = Array(points.prefix(max(top, 0)))
            links = Array(links.prefix(max(top, 0)))
        }
        return Brokers(articulationPoints: points, bridges: links)
    }
}
