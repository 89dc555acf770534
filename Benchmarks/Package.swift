// swift-tools-version:6.0
// Benchmarks live in their own package so the library manifest stays free of them.
// Build: swift build -c release --package-path Benchmarks  (run.py does it).
import PackageDescription

let package = Package(
    name: "relgraph-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "relgraph", path: "..")],
    targets: [
        .executableTarget(
            name: "relgraph-bench",
            dependencies: [.product(name: "GraphAlgorithms", package: "relgraph")]
        )
    ],
    swiftLanguageModes: [.v6]
)
