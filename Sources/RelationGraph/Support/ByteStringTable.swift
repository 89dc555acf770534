/// A fixed set of strings looked up by their UTF-8 bytes, so that a loader can find an id,
/// predicate or source named in a file without making a string of the cell first; each key
/// carries a `Value` in its slot.
///
/// Open addressing with linear probing over a power-of-two table at most half full; keys keep
/// their insertion numbers, the first of equal keys winning. A slot holds the key's hash, for a
/// key of up to 8 bytes the key itself, and the key's value, so that finding a short id (the
/// common case) and what it names touches one or two neighbouring cache lines: a million
/// lookups in a table of 100,000 ids otherwise waited on a cache miss for each array consulted.
struct ByteStringTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        /// The first 8 bytes of the key, zero-padded.
        var prefix: UInt64
        /// The key's hash with its length in the low byte; 0 for an empty slot.
        var tag: UInt32
        var number: Int32
        var value: Value
    }

    private var keyBytes: [UInt8] = []
    private var keyOffsets: [Int] = [0]
    private var slots: [Slot]
    private let mask: Int
    /// `64 - log2(slot count)`: a slot is the top bits of the mixed hash.
    private let shift: Int
    /// Number of distinct keys.
    private(set) var count = 0

    /// A table of `keys`; key `i` answers `i` (or the first equal key's number) and `value(i)`.
    /// - Parameter empty: what empty slots hold (never answered).
    init<S: Sequence>(_ keys: S, empty: Value, value: (Int) -> Value) where S.Element == String {
        let all = Array(keys)
        var size = 16
        while size < all.count * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(prefix: 0, tag: 0, number: -1, value: empty), count: size)
        mask = size - 1
        shift = 64 - size.trailingZeroBitCount
        for (number, key) in all.enumerated() {
            keyBytes.append(contentsOf: key.utf8)
            keyOffsets.append(keyBytes.count)
            var key = key
            key.withUTF8 { bytes in
                let (home, tag, prefix) = probe(bytes)
                var slot = home
                while slots[slot].tag != 0 {
                    if matches(slots[slot], bytes, tag, prefix) { return }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Slot(prefix: prefix, tag: tag, number: Int32(number), value: value(number))
                count += 1
            }
        }
    }

    /// The home slot (FNV-1a, whose low bits mix poorly, then the top bits of the hash times a
    /// large odd constant), the tag and the 8-byte prefix of a key.
    @inline(__always) private func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, UInt32, UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefix: UInt64 = 0
        for (k, b) in bytes.enumerated() {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            if k < 8 { prefix |= UInt64(b) << UInt64(8 * k) }
        }
        let mixed = h &* 0x9E37_79B9_7F4A_7C15
        let tag = UInt32(truncatingIfNeeded: mixed) & 0xFFFF_FF00 | UInt32(min(bytes.count, 255)) | 0x100
        return (Int(truncatingIfNeeded: mixed >> UInt64(shift)), tag, prefix)
    }

    @inline(__always) private func matches(
        _ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>, _ tag: UInt32, _ prefix: UInt64
    ) -> Bool {
        guard slot.tag == tag, slot.prefix == prefix else { return false }
        if bytes.count <= 8 { return true }
        let start = keyOffsets[Int(slot.number)], end = keyOffsets[Int(slot.number) + 1]
        guard end - start == bytes.count else { return false }
        for k in 8..<bytes.count where keyBytes[start + k] != bytes[k] { return false }
        return true
    }

    /// The slot of the key spelled by `bytes`, or `nil`.
    @inline(__always) private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (home, tag, prefix) = probe(bytes)
        return slot(of: bytes, from: home, tag, prefix)
    }

    /// The slot of the key spelled by `bytes`, probing from its home slot.
    @inline(__always) private func slot(
        of bytes: UnsafeBufferPointer<UInt8>, from home: Int, _ tag: UInt32, _ prefix: UInt64
    ) -> Int? {
        var slot = home
        while slots[slot].tag != 0 {
            if matches(slots[slot], bytes, tag, prefix) { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The number of the key spelled by `bytes`, or `nil`.
    /// - Complexity: O(length) expected.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        slot(of: bytes).map { Int(slots[$0].number) }
    }

    /// The value of the key spelled by `bytes`, or `nil`.
    /// - Complexity: O(length) expected.
    func value(of bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        slot(of: bytes).map { slots[$0].value }
    }

    /// The values of two keys. Both home slots are read before either is compared, so that the
    /// two cache misses of a large table overlap instead of following one another.
    /// - Complexity: O(length) expected.
    func values(of a: UnsafeBufferPointer<UInt8>, and b: UnsafeBufferPointer<UInt8>) -> (Value?, Value?) {
        let (homeA, tagA, prefixA) = probe(a)
        let (homeB, tagB, prefixB) = probe(b)
        let firstA = slots[homeA].tag, firstB = slots[homeB].tag
        let slotA = firstA == 0 ? nil : slot(of: a, from: homeA, tagA, prefixA)
        let slotB = firstB == 0 ? nil : slot(of: b, from: homeB, tagB, prefixB)
        return (slotA.map { slots[$0].value }, slotB.map { slots[$0].value })
    }

    /// The number of `key`, or `nil`.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }
}

extension ByteStringTable where Value == Void {
    /// A table of `keys` that answers their numbers only.
    init<S: Sequence>(_ keys: S) where S.Element == String {
        self.init(keys, empty: ()) { _ in () }
    }
}
