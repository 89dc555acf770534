#!/usr/bin/env bash
# Builds a package outside the repository that depends on relgraph by path, and runs it from a
# folder with no Graphs/ above it: BundledGraph.load() must find the graph as a resource.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R "$(dirname "$0")/Sources" "$work/"
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "RelgraphConsumer",
    dependencies: [.package(path: "$repo")],
    targets: [
        .executableTarget(name: "RelgraphConsumer", dependencies: [
            .product(name: "RelationGraph", package: "$(basename "$repo")"),
            .product(name: "GraphvizRenderer", package: "$(basename "$repo")"),
        ]),
    ]
)
SWIFT
cd "$work"
swift build -c debug 2>&1 | tail -n 3
run="$work/run"
mkdir "$run" && cd "$run"
"$work/.build/debug/RelgraphConsumer" "$run/consumer.svg"
grep -q "<svg" "$run/consumer.svg"
echo "consumer package: ok"
