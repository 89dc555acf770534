import Foundation

/// A relation type: its name, how it reads in each direction, and which kinds it may link.
public struct Predicate: Hashable, Sendable, Codable {
    /// The name used in `relations.csv`, e.g. `signed`.
    public var name: String
    /// How the relation reads from subject to object: "Molotov *signed* the pact".
    public var phrase: String
    /// How it reads from object to subject: "the pact was *signed by* Molotov".
    public var inverse: String
    /// Kinds allowed as subject, or `nil` for any.
    public var subjectKinds: Set<EntityKind>?
    /// Kinds allowed as object, or `nil` for any.
    public var objectKinds: Set<EntityKind>?
    /// Whether `a p b` implies `b p a` (met, allied-with).
    public var isSymmetric: Bool
    /// A one-line definition.
    public var description: String

    public init(
        name: String, phrase: String? = nil, inverse: String? = nil, subjectKinds: Set<EntityKind>? = nil,
        objectKinds: Set<EntityKind>? = nil, isSymmetric: Bool = false, description: String = ""
    ) {
        self.name = name
        self.phrase = phrase ?? name.replacingOccurrences(of: "-", with: " ")
        self.inverse = inverse ?? (isSymmetric ? self.phrase : "\(self.phrase) (inverse)")
        self.subjectKinds = subjectKinds
        self.objectKinds = objectKinds
        self.isSymmetric = isSymmetric
        self.description = description
    }

    /// Whether the predicate allows `kind` as its subject.
    public func allowsSubject(_ kind: EntityKind) -> Bool { subjectKinds?.contains(kind) ?? true }
    /// Whether the predicate allows `kind` as its object.
    public func allowsObject(_ kind: EntityKind) -> Bool { objectKinds?.contains(kind) ?? true }

    /// The wording for a hop: forwards reads `phrase`, backwards reads `inverse`.
    public func wording(reversed: Bool) -> String { reversed ? inverse : phrase }
}
