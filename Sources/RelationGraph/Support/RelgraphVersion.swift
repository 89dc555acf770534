/// The version of relgraph: the library, the command-line tool and the pages it writes.
///
/// `relgraph --version` prints it, and citations of a view (an explorer page, a figure) quote it
/// so that a reader can tell which rules produced an answer.
public enum RelgraphVersion {
    /// The release, as `MAJOR.MINOR.PATCH` (semantic versioning).
    public static let current = "0.2.0"
}
