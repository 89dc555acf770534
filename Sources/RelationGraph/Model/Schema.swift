import Foundation

/// The predicate vocabulary of a graph: which relation types exist, how they read, what they link.
///
/// A graph folder may add its own predicates in `schema.csv`: they extend ``Schema/default``, and
/// one named like a built-in predicate replaces it whole.
public struct Schema: Sendable, Hashable {
    /// Predicates in the order they were defined.
    public let predicates: [Predicate]
    /// The predicates the graph defines itself (its `schema.csv`), in their order; the whole
    /// list for a schema not made by ``extended(with:)``.
    public let ownPredicates: [Predicate]
    private let byName: [String: Int]

    /// A schema of the given predicates; a later duplicate name replaces an earlier one.
    public init(predicates: [Predicate]) {
        var list: [Predicate] = []
        var index: [String: Int] = [:]
        for p in predicates {
            if let at = index[p.name] { list[at] = p } else { index[p.name] = list.count; list.append(p) }
        }
        self.predicates = list
        self.ownPredicates = list
        self.byName = index
    }

    private init(predicates: [Predicate], own: [Predicate]) {
        let merged = Schema(predicates: predicates)
        self.predicates = merged.predicates
        self.byName = merged.byName
        self.ownPredicates = own
    }

    /// The predicate named `name`, or `nil`.
    /// - Complexity: O(1).
    public func predicate(named name: String) -> Predicate? { byName[name].map { predicates[$0] } }

    /// This schema with `own` predicates added: a predicate of the same name replaces the one
    /// here whole (in its place), a new one comes after. A graph's `schema.csv` extends the
    /// built-in vocabulary this way.
    public func extended(with own: Schema) -> Schema {
        Schema(predicates: predicates + own.predicates, own: own.ownPredicates)
    }

    /// This schema with `new` predicates added (in place of ones of the same name), counted
    /// among the graph's own.
    public func adding(_ new: [Predicate]) -> Schema {
        Schema(predicates: predicates + new, own: ownPredicates + new)
    }

    /// The defined predicate closest in spelling to `name`, when one is a plausible typo of it.
    public func nearestPredicate(to name: String) -> String? {
        EditDistance.nearest(to: name, in: predicates.map(\.name))
    }

    /// The built-in vocabulary: the core predicates of relationship graphs of states, people,
    /// organizations, facilities and agreements.
    public static let `default`: Schema = {
        do {
            return try SchemaFormat.parse(CSVReader.parse(defaultVocabulary), file: "built-in schema").get()
        } catch {
            preconditionFailure("the built-in schema must parse: \(error)")
        }
    }()

    static let defaultVocabulary = """
        predicate,phrase,inverse,subject_kinds,object_kinds,symmetric,description,time,bounded
        signed,signed,signed by,person;organization,agreement,false,The subject put its signature to the agreement.,instant,
        party-to,was party to,had as party,organization,agreement,false,The state or organization was bound by the agreement.,state,
        negotiated,negotiated,negotiated by,person;organization,agreement,false,The subject took part in the talks that produced the agreement.,instant,
        member-of,was a member of,had as member,person;organization,organization,false,The subject belonged to the organization.,state,
        led,led,led by,person,organization;event;facility,false,The person headed the organization or directed the event or facility.,state,
        commanded,commanded,commanded by,person,organization;facility;event,false,The person held military command of the unit or operation.,state,
        served-in,served in,had in its service,person,organization,false,The person held a post in the organization without leading it.,state,
        founded,founded,founded by,person;organization,organization;facility;agreement,false,The subject created the object.,instant,
        owned,owned,owned by,person;organization,organization;facility,false,The subject owned or controlled the object.,state,
        operated,operated,operated by,organization;person,facility,false,The subject ran the facility day to day.,state,
        located-in,was located in,location of,organization;facility;event;place,place,false,The subject stood or took place in the place.,state,
        part-of,was part of,had as part,*,*,false,The subject was a component of the object.,state,
        trained-at,trained at,trained,person;organization,facility,false,The subject received or gave training at the facility.,state,
        worked-at,worked at,employed,person,facility;organization,false,The person worked or taught at the object.,state,
        studied-at,studied at,taught,person,facility;organization,false,The person was a student at the object.,state,
        visited,visited,visited by,person;organization,place;facility;organization,false,The subject travelled to the object.,instant,
        supplied,supplied,supplied by,organization;person;facility,organization;facility;person,false,The subject delivered goods or technology to the object.,state,
        traded-with,traded with,traded with,organization,organization,true,The two organizations exchanged goods.,state,
        financed,financed,financed by,organization;person,organization;facility;agreement,false,The subject paid for or extended credit to the object.,state,
        allied-with,was allied with,was allied with,organization;person,organization;person,true,The two sides cooperated politically or militarily.,state,
        opposed,opposed,opposed by,organization;person,*,false,The subject worked against the object.,state,
        invaded,invaded,invaded by,organization,organization;place,false,The subject's forces entered the object's territory by force.,instant,
        annexed,annexed,annexed by,organization,organization;place,false,The subject took the territory into its own state.,instant,
        succeeded,succeeded,preceded,*,*,false,The subject came after the object in the same role.,state,false
        met,met,met,person,person,true,The two people met in person.,instant,
        related-to,was related to,was related to,*,*,false,A stated link that no narrower predicate fits.,state,

        """
}
