// swift-tools-version:6.0
// Path-query benchmark, kept apart from the library manifest so the library never builds it.
// Build and run through bench_paths.py, which times NetworkX, igraph and NetworKit in the same run.
import PackageDescription

let package = Package(
    name: "paths-benchmark",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "relgraph", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "PathsBenchmark",
            dependencies: [.product(name: "GraphAlgorithms", package: "relgraph")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
