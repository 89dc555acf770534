/// A document that relations and entities cite: a row of `sources.csv`.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String?
    public var author: String?
    public var publisher: String?
    /// Publication date as the document states it (kept as text: sources write dates many ways).
    public var date: String?
    public var url: String?
    public var note: String?
    /// Columns beyond the standard ones, by column name.
    public var attributes: [String: String]

    public init(
        id: String, title: String? = nil, author: String? = nil, publisher: String? = nil,
        date: String? = nil, url: String? = nil, note: String? = nil, attributes: [String: String] = [:]
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
        self.note = note
        self.attributes = attributes
    }
}
