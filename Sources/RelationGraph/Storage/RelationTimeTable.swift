/// The ``RelationTime`` of every relation of a graph, kept in 20 bytes a relation: the known
/// and possible span as day numbers, and for a claim of a fact with several claims the number
/// of the fact, whose combined time is kept once. A `RelationTime` per relation held two arrays
/// each, two allocations and about 150 bytes a relation.
struct RelationTimeTable: Sendable {
    struct Entry: Sendable {
        /// `knownLower > knownUpper` when no day is known.
        var knownLower: Int32
        var knownUpper: Int32
        var possibleLower: Int32
        var possibleUpper: Int32
        /// The fact in `facts`, or -1 for a relation that is a fact of its own.
        var fact: Int32
    }

    private var entries: [Entry]
    /// The combined time of each fact with several claims.
    private var facts: [RelationTime] = []

    /// `Int.min` and `Int.max` (unbounded) map to the ends of `Int32`; day numbers of years
    /// 1 to 9999 lie far inside.
    private static func pack(_ day: Int) -> Int32 {
        day == .min ? .min : day == .max ? .max : Int32(clamping: day)
    }

    private static func unpack(_ day: Int32) -> Int { day == .min ? .min : day == .max ? .max : Int(day) }

    /// Times for `count` relations, relation `r` with the single-row spans `single(r)`; facts
    /// are added with ``addFact(claims:time:)``.
    init(count: Int, _ single: (Int) -> (known: DayRange?, possible: DayRange)) {
        entries = (0..<count).map { r in
            let (known, possible) = single(r)
            return Self.entry(known: known, possible: possible)
        }
    }

    /// The entry of a relation whose single-row spans are `known` and `possible`.
    static func entry(known: DayRange?, possible: DayRange) -> Entry {
        Entry(knownLower: known.map { pack($0.lower) } ?? .max, knownUpper: known.map { pack($0.upper) } ?? .min,
              possibleLower: pack(possible.lower), possibleUpper: pack(possible.upper), fact: -1)
    }

    /// Times from entries made with ``entry(known:possible:)``, one per relation.
    init(entries: [Entry]) { self.entries = entries }

    /// The claims `claims` share the combined `time`.
    mutating func addFact(claims: [Int], time: RelationTime) {
        for c in claims { entries[c].fact = Int32(facts.count) }
        facts.append(time)
    }

    /// The time of relation `r`.
    /// - Complexity: O(1) (the fact's, or two one-element arrays).
    subscript(r: Int) -> RelationTime {
        let e = entries[r]
        if e.fact >= 0 { return facts[Int(e.fact)] }
        return RelationTime(known: e.knownLower <= e.knownUpper ? DayRange(lower: Self.unpack(e.knownLower), upper: Self.unpack(e.knownUpper)) : nil,
                            possible: [DayRange(lower: Self.unpack(e.possibleLower), upper: Self.unpack(e.possibleUpper))],
                            claims: [r], isDisputed: false)
    }

    /// The known span of relation `r` on its own row, before claims are combined.
    func singleKnown(_ r: Int) -> DayRange? {
        let e = entries[r]
        return e.knownLower <= e.knownUpper ? DayRange(lower: Self.unpack(e.knownLower), upper: Self.unpack(e.knownUpper)) : nil
    }

    /// The possible span of relation `r` on its own row.
    func singlePossible(_ r: Int) -> DayRange {
        DayRange(lower: Self.unpack(entries[r].possibleLower), upper: Self.unpack(entries[r].possibleUpper))
    }

    /// Whether relation `r` stands for its fact: its first claim, or a fact of its own.
    func isPrimaryClaim(_ r: Int) -> Bool {
        let f = entries[r].fact
        return f < 0 || facts[Int(f)].claims.first == r
    }

    /// Whether relation `r` is a claim of a disputed fact.
    func isDisputed(_ r: Int) -> Bool {
        let f = entries[r].fact
        return f >= 0 && facts[Int(f)].isDisputed
    }
}
