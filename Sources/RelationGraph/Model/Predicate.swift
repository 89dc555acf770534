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
    /// Whether a relation of this predicate is a dated act or a state that holds over time.
    public var timeShape: TimeShape
    /// Whether the lifespans of the two entities bound the relation's possible span; `false` for
    /// links between things that need not coexist (`succeeded`, a cause and its effect).
    public var isBounded: Bool

    /// How a relation of a predicate lasts (the `time` column of `schema.csv`).
    public enum TimeShape: String, Sendable, Hashable, Codable, CaseIterable {
        /// A dated act (met, signed, invaded): with only a start it lasts that date's extent.
        case instant
        /// A state (led, member-of): holds from its start to its end.
        case state
    }

    public init(
        name: String, phrase: String? = nil, inverse: String? = nil, subjectKinds: Set<EntityKind>? = nil,
        objectKinds: Set<EntityKind>? = nil, isSymmetric: Bool = false, description: String = "",
        timeShape: TimeShape = .state, isBounded: Bool = true
    ) {
        self.name = name
        self.phrase = phrase ?? name.replacingOccurrences(of: "-", with: " ")
        self.inverse = inverse ?? (isSymmetric ? self.phrase : "\(self.phrase) (inverse)")
        self.subjectKinds = subjectKinds
        self.objectKinds = objectKinds
        self.isSymmetric = isSymmetric
        self.description = description
        self.timeShape = timeShape
        self.isBounded = isBounded
    }

    /// Whether the predicate allows `kind` as its subject.
    public func allowsSubject(_ kind: EntityKind) -> Bool { subjectKinds?.contains(kind) ?? true }
    /// Whether the predicate allows `kind` as its object.
    public func allowsObject(_ kind: EntityKind) -> Bool { objectKinds?.contains(kind) ?? true }

    /// The wording for a hop: forwards reads `phrase`, backwards reads `inverse`.
    public func wording(reversed: Bool) -> String { reversed ? inverse : phrase }
}
