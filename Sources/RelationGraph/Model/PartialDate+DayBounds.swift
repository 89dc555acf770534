/// The days a partial date covers, written as full dates for formats that only know days
/// (GEXF spells, Neo4j `date` properties).
extension PartialDate {
    /// The first day the date covers, as `YYYY-MM-DD`.
    var widenedStart: String { Self.format(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day the date covers, as `YYYY-MM-DD`.
    var widenedEnd: String {
        let m = month ?? 12
        return Self.format(year: year, month: m, day: day ?? Self.daysIn(month: m, year: year))
    }
}
