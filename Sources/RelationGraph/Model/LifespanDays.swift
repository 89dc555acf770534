/// The day bounds a lifespan puts on its entity's relations: the first possible day of its
/// start and the last possible day of its end, `nil` where the lifespan has no such date.
///
/// Kept in two `Int32`s (years 1 to 9999 are under four million days) so that a loader's
/// record of an entity fits half a cache line.
struct LifespanDays: Sendable {
    private var firstDay: Int32
    private var lastDay: Int32
    /// What `firstDay` and `lastDay` hold for "no such date": no day number reaches it.
    private static let absent = Int32.min

    init(_ span: TimeSpan) {
        firstDay = span.start.map { Int32(clamping: $0.possibleFirstDay) } ?? Self.absent
        lastDay = span.end.map { Int32(clamping: $0.possibleLastDay) } ?? Self.absent
    }

    var first: Int? { firstDay == Self.absent ? nil : Int(firstDay) }
    var last: Int? { lastDay == Self.absent ? nil : Int(lastDay) }

    /// No bounds: the entity of an invalid row, whose relations make no graph.
    static let none = LifespanDays(TimeSpan())
}
