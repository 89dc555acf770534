import Testing
@testable import GraphAlgorithms

struct PathHeapTests {
    @Test("pops in (key, vertex) order, interleaved with pushes", arguments: 0..<5)
    func popsSorted(seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        var heap = PathHeap()
        var model: [(Double, Int)] = []
        var popped: [(Double, Int)] = []
        var expected: [(Double, Int)] = []
        for _ in 0..<2000 {
            if Int.random(in: 0..<3, using: &rng) < 2 {
                // Few distinct keys, so equal keys and the vertex tie-break are exercised.
                let key = Double(Int.random(in: 0..<20, using: &rng))
                let vertex = Int.random(in: 0..<50, using: &rng)
                heap.push(key: key, vertex: vertex)
                model.append((key, vertex))
            } else if !model.isEmpty {
                let best = model.indices.min { model[$0].0 != model[$1].0 ? model[$0].0 < model[$1].0 : model[$0].1 < model[$1].1 }!
                expected.append(model.remove(at: best))
                let top = heap.popMin()!
                popped.append((top.key, top.vertex))
            }
            #expect(heap.count == model.count)
        }
        #expect(popped.map(\.0) == expected.map(\.0))
        #expect(popped.map(\.1) == expected.map(\.1))
    }

    @Test func emptyHeap() {
        var heap = PathHeap()
        #expect(heap.popMin() == nil)
        #expect(heap.min == nil)
        heap.push(key: 1, vertex: 2)
        heap.removeAll()
        #expect(heap.isEmpty)
    }
}
