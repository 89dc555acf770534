/// The days a partial date covers, written as full dates for formats that only know days
/// (GEXF spells, Neo4j `date` properties).
extension PartialDate {
    /// The first day the date covers, as `YYYY-MM-DD`.
    var widenedStart: String { Self.dayText(firstDay) }

    /// The last day the date covers, as `YYYY-MM-DD`.
    var widenedEnd: String { Self.dayText(lastDay) }
}
