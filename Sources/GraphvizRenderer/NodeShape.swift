/// The node shapes relgraph draws; the raw value is Graphviz's `shape` spelling.
public enum NodeShape: String, CaseIterable, Sendable, Codable {
    case ellipse
    case box
    case house
    case note
    case plaintext
    case diamond
    case octagon
}
