import Foundation
import Testing
import RelationGraph

@Suite("Answers show every documented key, null when absent")
struct NullCodedTests {
    struct Row: Codable, Equatable {
        var id: String
        @NullCoded var group: String?
    }

    @Test("nil encodes as null; null and a missing key decode as nil")
    func nullsAreKept() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(Row(id: "a", group: nil)), as: UTF8.self) == #"{"group":null,"id":"a"}"#)
        #expect(String(decoding: try encoder.encode(Row(id: "a", group: "x")), as: UTF8.self) == #"{"group":"x","id":"a"}"#)
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Row.self, from: Data(#"{"id":"a","group":null}"#.utf8)) == Row(id: "a", group: nil))
        #expect(try decoder.decode(Row.self, from: Data(#"{"id":"a"}"#.utf8)) == Row(id: "a", group: nil))
        #expect(try decoder.decode(Row.self, from: Data(#"{"id":"a","group":"x"}"#.utf8)) == Row(id: "a", group: "x"))
    }

    @Test("an entity listing row of an entity without group or dates has them as null")
    func entityRowNulls() throws {
        let graph = try Graph(entities: [Entity(id: "a", kind: .person, name: "A")], relations: [])
        let listing = EntityListing(graph: graph, query: EntityListing.Query())
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(listing.entities[0])) as? [String: Any]
        #expect(json?.keys.sorted() == ["aliases", "degree", "end", "group", "id", "kind", "name", "start"])
        #expect(json?["group"] is NSNull && json?["start"] is NSNull && json?["end"] is NSNull)
    }
}
