extension Graph {
    /// Throws unless `i` is the index of one of this graph's entities, so that a query given a
    /// stale or foreign index fails with a message instead of trapping on an array.
    func checkEntity(_ i: Int) throws(PathQueryError) {
        guard entities.indices.contains(i) else {
            throw PathQueryError("entity index \(i) out of range 0..<\(entities.count)")
        }
    }

    /// Throws unless `a` and `b` are two different entities of this graph: the rule of every
    /// question about a pair (paths, separation, shared neighbours, common ground, gaps).
    func checkPair(_ a: Int, _ b: Int) throws(PathQueryError) {
        try checkEntity(a)
        try checkEntity(b)
        if a == b {
            throw PathQueryError("the two ends are the same entity (\(entities[a].id)); give two different entities")
        }
    }
}
