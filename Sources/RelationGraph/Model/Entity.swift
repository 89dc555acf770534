/// A person, organization, facility, agreement, place or event: a row of `entities.csv`.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// A slug, `[a-z0-9]+(-[a-z0-9]+)*`, unique in its graph.
    public var id: String
    public var kind: EntityKind
    /// The display name.
    public var name: String
    /// Other names the entity is known by; lookups fold case and accents.
    public var aliases: [String]
    /// Born to died, founded to dissolved, signed to expired.
    public var span: TimeSpan
    /// A label for colour and clustering, typically the side: `germany`, `soviet-union`.
    public var group: String?
    public var description: String?
    public var citations: [Citation]
    /// Columns beyond the standard ones, by column name.
    public var attributes: [String: String]
    /// The layer the entity belongs to (`historiography` marks later commentators); `nil` for
    /// the default network layer.
    public var layer: String?

    public init(
        id: String, kind: EntityKind, name: String, aliases: [String] = [], span: TimeSpan = .unknown,
        group: String? = nil, description: String? = nil, citations: [Citation] = [],
        attributes: [String: String] = [:], layer: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.span = span
        self.group = group
        self.description = description
        self.citations = citations
        self.attributes = attributes
        self.layer = layer
    }

    /// Whether `text` is a valid entity id.
    public static func isValidID(_ text: String) -> Bool {
        // On UTF-8 bytes: every allowed character is one ASCII byte, so any other byte refuses
        // the id (a loader checks every row's id; String searches cost more than the rest).
        let hyphen = UInt8(ascii: "-")
        var previous: UInt8 = hyphen
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case hyphen where previous != hyphen: break
            default: return false
            }
            previous = byte
        }
        return previous != hyphen
    }
}
