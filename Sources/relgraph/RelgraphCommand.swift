import ArgumentParser
import RelationGraph

@main
struct RelgraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Explore relationship graphs: who connects to whom, who brokers, and how it looks.",
        discussion: """
            Every subcommand reads a graph: a folder of CSV tables (entities.csv, relations.csv, \
            sources.csv, optional schema.csv) given with --graph. Without --graph, relgraph uses \
            the bundled German-Soviet relations graph (see 'relgraph help validate' for how it is found).

            Exit status: 0 success, 1 a query found nothing or validation failed, 64 usage error, \
            65 malformed input, 66 missing input, 74 output could not be written \
            (a closed pipe, as in `| head`, ends quietly with 141).
            """,
        version: RelgraphVersion.current,
        subcommands: [
            ValidateCommand.self,
            StatsCommand.self,
            ShowCommand.self,
            SubgraphCommand.self,
            ConvertCommand.self,
            PathCommand.self,
            NeighborsCommand.self,
            CommonCommand.self,
            RenderCommand.self,
            RankCommand.self,
            BrokersCommand.self,
            SchemaCommand.self,
            RelationsCommand.self, EntitiesCommand.self, MatchCommand.self, SeparateCommand.self, GapsCommand.self,
            ProjectCommand.self,
        ]
    )

    /// Runs the command line, reporting a failed write to standard output at exit (74).
    static func main() {
        AllocatorSettings.apply()
        GraphOutput.checkStandardOutputAtExit()
        main(nil)
    }
}
