extension Graph {
    /// The index of a query's entity, checked to be of this graph: a query given a handle of
    /// another graph, or one decoded from JSON, fails with the query's error instead of trapping.
    func checkedQueryIndex(_ entity: EntityHandle) throws(PathQueryError) -> Int {
        do throws(EntityHandleError) { return try checkedIndex(entity) } catch { throw PathQueryError(error.description) }
    }

    /// The indices of a pair, checked to be two different entities of this graph: the rule of
    /// every question about a pair (paths, separation, shared neighbours, common ground, gaps).
    func checkedPair(_ a: EntityHandle, _ b: EntityHandle) throws(PathQueryError) -> (Int, Int) {
        let i = try checkedQueryIndex(a), j = try checkedQueryIndex(b)
        if i == j {
            throw PathQueryError("the two ends are the same entity (\(a.id)); give two different entities")
        }
        return (i, j)
    }
}
