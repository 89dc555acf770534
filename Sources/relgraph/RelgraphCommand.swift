import ArgumentParser

@main
struct RelgraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Explore relationship graphs: who connects to whom, who brokers, and how it looks."
    )
}
