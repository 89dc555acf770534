/// The direction `dot` lays ranks in; the raw value is Graphviz's `rankdir` spelling.
public enum RankDirection: String, CaseIterable, Sendable, Codable {
    /// Top to bottom (Graphviz's default).
    case topToBottom = "TB"
    /// Left to right: reads well with labelled edges.
    case leftToRight = "LR"
    /// Bottom to top.
    case bottomToTop = "BT"
    /// Right to left.
    case rightToLeft = "RL"
}
