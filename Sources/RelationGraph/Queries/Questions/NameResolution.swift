/// The entity a name resolved to, and the others whose names contain it.
///
/// A name that matches one entity exactly may still be part of other entities' names: `lipetsk`
/// is the city, but the Lipetsk fighter-pilot school exists too. Saying so in one line lets a
/// reader see which was chosen and how to name the other.
public struct NameResolution: Sendable, Hashable {
    /// The entity chosen.
    public var entity: EntityHandle
    /// Other entities whose name, an alias or id contains the query as a folded word sequence,
    /// in entity order; empty when the query was not an exact match (then nothing else fits).
    public var alsoMatching: [EntityLookupError.Candidate]

    /// `also: Lipetsk fighter-pilot school (lipetsk-fighter-school)`, or `nil` when none.
    public var alsoLine: String? {
        guard !alsoMatching.isEmpty else { return nil }
        let shown = alsoMatching.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        let more = alsoMatching.count > 5 ? ", and \(alsoMatching.count - 5) more" : ""
        return "also: \(shown)\(more)"
    }
}

extension Graph {
    /// Resolves `query` like ``Graph/resolve(_:)`` and lists the other entities whose names
    /// contain it as whole words.
    /// - Throws: ``EntityLookupError`` as ``Graph/resolve(_:)`` does.
    /// - Complexity: O(V · name length) when the query matched exactly.
    public func resolveNoting(_ query: String) throws(EntityLookupError) -> NameResolution {
        let chosen = try resolve(query).index
        let folded = EntityNameIndex.fold(query)
        let exact = ([entities[chosen].name, entities[chosen].id] + entities[chosen].aliases)
            .contains { EntityNameIndex.fold($0) == folded }
        guard exact, !folded.isEmpty else { return NameResolution(entity: handles[chosen], alsoMatching: []) }
        let padded = " \(folded) "
        var also: [EntityLookupError.Candidate] = []
        for (i, e) in entities.enumerated() where i != chosen {
            let contains = ([e.name, e.id] + e.aliases).contains { " \(EntityNameIndex.fold($0)) ".contains(padded) }
            if contains { also.append(EntityNameIndex.candidate(e)) }
        }
        return NameResolution(entity: handles[chosen], alsoMatching: also)
    }
}
