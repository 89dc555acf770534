/// An entity of one ``Graph``: its position in ``Graph/entities`` and its id, the one way the
/// public API names an entity.
///
/// A graph hands handles out (``Graph/resolve(_:)``, ``Graph/handle(ofID:)``, ``Graph/handles``)
/// and every query speaks them: ``PathQuery`` takes two, ``FoundPath/entities`` lists them,
/// ``CentralityScores`` is indexed by them, and ``SubgraphSelection`` and the renderer's
/// highlights are sets of them. The index makes lookups O(1); the id makes a handle readable and
/// lets one be checked against the graph it is used with.
///
/// ```swift
/// let seeckt = try graph.resolve("seeckt")
/// seeckt.id            // "hans-von-seeckt"
/// graph[seeckt]?.name  // "Hans von Seeckt"
/// ```
///
/// **Belonging.** A handle is of a graph when its index is in range and the entity there has its
/// id. Functions that take a handle check this and throw a typed error otherwise (see
/// ``Graph/check(_:)``), so a handle of another graph never reads the wrong entity. A graph cut out
/// of another (``SubgraphSelection/extract(from:)``) keeps ids but not indices: ask it for its own
/// handles with ``Graph/handle(ofID:)``.
///
/// **Order and equality.** Handles sort by index, which is the order of `entities.csv`; two handles
/// are equal when both index and id are.
///
/// **Codable** as the bare id string (`"hans-von-seeckt"`), so JSON names entities as the native
/// format does. A decoded handle knows its id but no graph: its index is
/// ``EntityHandle/unboundIndex`` until ``Graph/handle(ofID:)`` gives the graph's own.
public struct EntityHandle: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The entity's position in ``Graph/entities``, or ``unboundIndex`` for a decoded handle.
    public let index: Int
    /// The entity's id.
    public let id: String

    /// The index of a handle read from JSON, which names no graph's entity.
    public static let unboundIndex = -1

    /// Handles are made by graphs, so that index and id always agree.
    init(index: Int, id: String) {
        self.index = index
        self.id = id
    }

    /// Whether the handle came from a graph rather than from JSON.
    public var isBound: Bool { index != Self.unboundIndex }

    /// The id.
    public var description: String { id }

    public static func < (a: EntityHandle, b: EntityHandle) -> Bool {
        a.index != b.index ? a.index < b.index : a.id < b.id
    }

    /// Reads the id string; the handle is unbound.
    public init(from decoder: any Decoder) throws {
        self.init(index: Self.unboundIndex, id: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the id string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

/// A handle used with a graph it does not belong to.
public struct EntityHandleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The handle refused.
    public let handle: EntityHandle
    /// How many entities the graph has.
    public let entityCount: Int

    /// What is wrong, in words for the user.
    public var description: String {
        if !handle.isBound {
            return "entity '\(handle.id)' was read from JSON and names no graph's entity; look it up with handle(ofID:)"
        }
        return "entity '\(handle.id)' (index \(handle.index)) is not an entity of this graph of \(entityCount) entities"
    }
}
