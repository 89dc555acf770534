/// The named colour sets relgraph draws with, all from Paul Tol's colour-blind-safe schemes
/// (Paul Tol, "Colour Schemes", SRON technical note, https://personal.sron.nl/~pault/).
///
/// Colours are lower-case `#rrggbb`, as Graphviz writes them into SVG.
///
/// Two sets that never share a colour: light fills for groups (black text stays legible on
/// them) and strong strokes for highlighted paths. Tol's "light" scheme loses its orange and
/// pink here, because beside a red highlight they read as highlighted too.
public enum ColorPalette {
    /// Group fills, in the order they are handed out: Tol's "light" scheme without orange
    /// (#EE8866), pink (#FFAABB) and its pale grey (kept for ``neutralFill``).
    public static let groupFills = ["#77aadd", "#eedd88", "#44bb99", "#99ddff", "#bbcc33", "#aaaa00"]

    /// Fill of groups that mean "none of the sides" (`other`, `none`, `unknown`, `neutral`) and of
    /// groups beyond the palette: Tol's pale grey.
    public static let neutralFill = "#dddddd"

    /// Fill of entities without a group.
    public static let ungroupedFill = "#ffffff"

    /// Stroke colours of highlighted paths, one per path in order: Tol's "vibrant" red, blue,
    /// orange, teal, magenta and cyan. The first is the highlight colour of a single path.
    public static let pathStrokes = ["#cc3311", "#0077bb", "#ee7733", "#009988", "#ee3377", "#33bbee"]

    /// The stroke of path `index` (0-based); past the sixth path the colours repeat.
    public static func pathStroke(_ index: Int) -> String { pathStrokes[max(0, index) % pathStrokes.count] }
}
