extension Graph {
    /// The handle of the entity with this exact id, or `nil` when no entity has it.
    ///
    /// This is also how a handle decoded from JSON, or one of another graph with the same ids (the
    /// graph a subgraph was cut from), becomes this graph's: `graph.handle(ofID: other.id)`.
    /// - Parameter id: An entity id, exactly as in `entities.csv`.
    /// - Returns: The handle, or `nil`.
    /// - Complexity: O(1).
    public func handle(ofID id: String) -> EntityHandle? { index(ofID: id).map { handles[$0] } }

    /// The entity a handle names, or `nil` when the handle is not of this graph.
    ///
    /// A handle is of this graph when its index is in range and the entity there has its id (see
    /// ``contains(_:)``). A handle decoded from JSON, or one of the graph a subgraph was cut from,
    /// reads `nil` here until ``handle(ofID:)`` gives this graph's own: a lookup never traps and
    /// never answers with another entity. Every query that takes a handle checks it and throws.
    /// - Parameter entity: A handle from anywhere.
    /// - Complexity: O(length of the id).
    public subscript(entity: EntityHandle) -> Entity? { contains(entity) ? entities[entity.index] : nil }

    /// Whether a handle is of this graph: its index in range and the entity there of its id.
    /// - Parameter entity: A handle from anywhere.
    /// - Complexity: O(length of the id).
    public func contains(_ entity: EntityHandle) -> Bool {
        entities.indices.contains(entity.index) && entities[entity.index].id == entity.id
    }

    /// Checks that a handle is of this graph.
    /// - Parameter entity: A handle from anywhere.
    /// - Throws: ``EntityHandleError`` when its index is out of range (or unbound) or names an
    ///   entity of another id.
    /// - Complexity: O(length of the id).
    public func check(_ entity: EntityHandle) throws(EntityHandleError) {
        guard contains(entity) else { throw EntityHandleError(handle: entity, entityCount: entities.count) }
    }

    /// The index of a handle checked to be of this graph (see ``check(_:)``).
    func checkedIndex(_ entity: EntityHandle) throws(EntityHandleError) -> Int {
        try check(entity)
        return entity.index
    }
}
