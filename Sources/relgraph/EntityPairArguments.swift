import ArgumentParser
import RelationGraph

/// What the two entity arguments of a pair command are called and how they are explained.
protocol EntityPairRoles {
    /// The first argument's help, with its `valueName` (`from`, `a`).
    static var first: ArgumentHelp { get }
    /// The second argument's help, with its `valueName` (`to`, `b`).
    static var second: ArgumentHelp { get }
}

/// The two entities of `path`, `common` and `separate`, resolved the same way (id, name or
/// alias, with candidates when a lookup fails); the library checks that they differ.
struct EntityPairArguments<Roles: EntityPairRoles>: ParsableArguments {
    @Argument(help: Roles.first)
    var first: String

    @Argument(help: Roles.second)
    var second: String

    /// The two entities' indices in `graph`.
    func resolve(in graph: Graph) throws -> (EntityHandle, EntityHandle) {
        (try resolveEntity(first, in: graph), try resolveEntity(second, in: graph))
    }
}

/// `path FROM TO`.
enum PathEnds: EntityPairRoles {
    static var first: ArgumentHelp { ArgumentHelp("Where the path starts: id, name or alias.", valueName: "from") }
    static var second: ArgumentHelp { ArgumentHelp("Where the path ends: id, name or alias.", valueName: "to") }
}

/// `common A B`, `separate A B`.
enum TwoEntities: EntityPairRoles {
    static var first: ArgumentHelp { ArgumentHelp("The first entity: id, name or alias.", valueName: "a") }
    static var second: ArgumentHelp { ArgumentHelp("The second entity: id, name or alias.", valueName: "b") }
}
