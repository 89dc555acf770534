import ArgumentParser

/// `--include-layer NAME`, shared by the analysis commands: entities and relations of a layer
/// other than the default one (`historiography`: later commentators) take part only when named.
struct LayerOptions: ParsableArguments {
    @Option(name: .customLong("include-layer"), help: ArgumentHelp(
        "Bring in entities and relations of this layer (e.g. historiography: later commentators), left out by default; repeatable.",
        valueName: "name"))
    var includeLayers: [String] = []

    /// The layers named, as a set.
    var layers: Set<String> { Set(includeLayers) }
}
