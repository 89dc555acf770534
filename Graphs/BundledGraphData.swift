// The bundled data sets ship as this target's resources (the folders beside this file), so that a
// package depending on relgraph finds them through `BundledGraph.load()` outside this repository.
// The target has no code of its own: `RelationGraph` looks the resource bundle up by name.
