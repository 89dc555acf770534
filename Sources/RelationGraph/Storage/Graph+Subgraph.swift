extension Graph {
    /// The graph of the given entities and relations; relations whose endpoints are not both kept
    /// are dropped. Sources and schema are kept whole, so every citation still resolves.
    /// - Complexity: O(V + E log d) for the new graph's adjacency.
    public func subgraph<E: Sequence<Int>, R: Sequence<Int>>(entities: E, relations: R) -> Graph {
        let keptEntities = Array(Set(entities)).sorted()
        var keep = [Bool](repeating: false, count: self.entities.count)
        for i in keptEntities { keep[i] = true }
        let keptRelations = Array(Set(relations)).sorted().filter {
            keep[Int(relationSubject[$0])] && keep[Int(relationObject[$0])]
        }
        do {
            return try Graph(entities: keptEntities.map { self.entities[$0] },
                             relations: keptRelations.map { self.relations[$0] },
                             sources: sources, schema: schema)
        } catch {
            // Ids are unique and every kept relation's endpoints are kept, so this cannot happen.
            preconditionFailure("subgraph broke an invariant: \(error)")
        }
    }
}
