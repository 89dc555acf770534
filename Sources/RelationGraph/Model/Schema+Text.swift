extension Schema {
    /// The schema as `schema.csv` text, in canonical form (the columns the format defines, one
    /// predicate a row, in definition order).
    ///
    /// Saving a graph writes the same text; `relgraph schema --format csv` prints it, so a graph's
    /// vocabulary can be started from the built-in one.
    public var csvText: String { SchemaFormat.text(self) }
}
