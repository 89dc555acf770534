/// The node shapes relgraph draws; the raw value is Graphviz's `shape` spelling.
public enum NodeShape: String, CaseIterable, Sendable, Codable {
    /// An oval: persons.
    case ellipse
    /// A rectangle (with `style=rounded`, organizations; plain, the legend's colour swatches).
    case box
    /// A pentagon with a roof: facilities.
    case house
    /// A page with a folded corner: agreements.
    case note
    /// Text alone, no outline: places.
    case plaintext
    /// A rhombus: events.
    case diamond
    /// An eight-sided outline: anything else.
    case octagon
}
