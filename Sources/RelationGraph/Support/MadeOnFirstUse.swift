import Foundation

/// A value made the first time it is read, once, whichever thread reads first; copies of the
/// struct that holds it share it.
///
/// For indexes that only some queries need: `relgraph stats` on a large folder never resolves
/// a name, and folding 100,000 names and aliases cost a tenth of opening it.
final class MadeOnFirstUse<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case made(Value)
    }

    // Guarded by `lock`. The maker is dropped once it has run, so what it captured is not kept.
    private let lock = NSLock()
    private var state: State

    init(_ make: @escaping @Sendable () -> Value) {
        state = .pending(make)
    }

    var wrapped: Value {
        lock.lock()
        defer { lock.unlock() }
        switch state {
        case .made(let value):
            return value
        case .pending(let make):
            let value = make()
            state = .made(value)
            return value
        }
    }
}
