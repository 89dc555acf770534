// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelationGraph", targets: ["RelationGraph"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "GraphvizRenderer", targets: ["GraphvizRenderer"]),
        .library(name: "GraphExplorer", targets: ["GraphExplorer"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation` builds the DocC catalogs (no code depends on it).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Integer CSR graphs and the algorithms on them: no knowledge of entities or dates.
        .target(name: "GraphAlgorithms"),
        // The bundled data sets as a resource bundle, found by `BundledGraph` (no code of its own).
        .target(
            name: "RelgraphBundledGraphs",
            path: "Graphs",
            resources: [.copy("german-soviet-1918-1941")]
        ),
        // The relation model, the native CSV format, validation and the queries.
        .target(name: "RelationGraph", dependencies: ["GraphAlgorithms", "RelgraphBundledGraphs"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "GraphvizRenderer", dependencies: ["RelationGraph", "GraphAlgorithms", "CGraphviz"]),
        // glibc's `mallopt`, for the command line's allocator settings (`AllocatorSettings`).
        .systemLibrary(name: "CMalloc"),
        // The browser explorer: one self-contained HTML page (drawing, data, script) per graph.
        .target(name: "GraphExplorer", dependencies: ["RelationGraph", "GraphvizRenderer"]),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelationGraph",
                "GraphAlgorithms",
                "GraphvizRenderer",
                "GraphExplorer",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times in-process SVG rendering against the same DOT rendered by `dot -Tsvg`.
        .executableTarget(
            name: "RenderTiming",
            dependencies: ["GraphvizRenderer", "RelationGraph"],
            path: "Examples/RenderTiming"
        ),
        // Examples: small programs that show the library's main uses (see Examples/README.md).
        .executableTarget(name: "WhoConnects", dependencies: ["RelationGraph"], path: "Examples/WhoConnects"),
        .executableTarget(name: "PeriodBrokers", dependencies: ["RelationGraph"], path: "Examples/PeriodBrokers"),
        .executableTarget(name: "LipetskGraphML", dependencies: ["RelationGraph"], path: "Examples/LipetskGraphML"),
        .executableTarget(
            name: "PactNetworkSVG", dependencies: ["RelationGraph", "GraphvizRenderer"], path: "Examples/PactNetworkSVG"),
        // Snapshot assertions shared by the test targets.
        .target(name: "RelgraphTestSupport", path: "Tests/RelgraphTestSupport"),
        .testTarget(
            name: "GraphAlgorithmsTests",
            dependencies: ["GraphAlgorithms"],
            exclude: ["Fixtures"]  // NetworkX fixtures, read through #filePath
        ),
        .testTarget(name: "RelationGraphTests", dependencies: ["RelationGraph", "GraphAlgorithms"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphExplorerTests", dependencies: ["GraphExplorer", "RelationGraph", "GraphvizRenderer"]),
        .testTarget(name: "GraphvizRendererTests", dependencies: ["GraphvizRenderer", "RelationGraph"], exclude: ["Fixtures"]),
        .testTarget(
            name: "relgraphTests",
            // The examples are dependencies so that the tests which run them find them built.
            dependencies: ["relgraph", "RelgraphTestSupport", "WhoConnects", "PeriodBrokers", "LipetskGraphML", "PactNetworkSVG"],
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// A file uses only what it imports: a member from a module it does not import stops compiling,
// so dependencies stay declared (SE-0444).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
