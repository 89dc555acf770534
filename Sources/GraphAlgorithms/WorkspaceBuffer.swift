extension UnsafeMutablePointer {
    /// A workspace buffer of `count` elements, each `value`, holding at least one element so that
    /// a graph without vertices needs no special case. Every search workspace (Brandes, the
    /// bit-parallel BFS, the KADABRA sampler, ``PathSearcher``) allocates its per-vertex arrays
    /// this way once and frees them in `deinit`.
    static func workspace(count: Int, filledWith value: Pointee) -> UnsafeMutablePointer<Pointee> {
        let capacity = Swift.max(count, 1)
        let buffer = allocate(capacity: capacity)
        buffer.initialize(repeating: value, count: capacity)
        return buffer
    }
}
