import ArgumentParser

/// `text`, `csv` or `json`: the outputs of the listing commands.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}
