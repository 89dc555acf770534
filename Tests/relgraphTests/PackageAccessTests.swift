import Foundation
import Testing

/// Plumbing that one module of the package needs from another is `package`, not `public`: a
/// dependent package (Tests/ConsumerPackage, built by `.ci/run`) cannot reach it, so it can
/// change without breaking anyone. Each entry is a declaration as written in its source file.
@Suite("Plumbing is package access, not public API")
struct PackageAccessTests {
    static let plumbing: [(file: String, declaration: String)] = [
        ("Sources/RelationGraph/Storage/Graph.swift", "let relationSubject:"),
        ("Sources/RelationGraph/Storage/Graph.swift", "let relationObject:"),
        ("Sources/RelationGraph/Storage/Graph.swift", "let directedAdjacency:"),
        ("Sources/RelationGraph/Storage/Graph.swift", "let undirectedAdjacency:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let outOffsets:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let outTargets:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let outEdge:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let inOffsets:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let inSources:"),
        ("Sources/GraphAlgorithms/CSRGraph.swift", "let inEdge:"),
        ("Sources/RelationGraph/Formats/CSVReader.swift", "enum CSVReader"),
        ("Sources/RelationGraph/Formats/CSVTable.swift", "struct CSVTable"),
        ("Sources/RelationGraph/Formats/CSVWriter.swift", "enum CSVWriter"),
        ("Sources/RelationGraph/Formats/UTF8Check.swift", "enum UTF8Check"),
        ("Sources/RelationGraph/Formats/XMLEscaping.swift", "enum XMLEscaping"),
        ("Sources/RelationGraph/Formats/ForeignGraph.swift", "enum ForeignGraph"),
        ("Sources/RelationGraph/Formats/EdgeListAdjacency.swift", "struct EdgeListAdjacency"),
        ("Sources/RelationGraph/Formats/GraphFormat.swift", "static func readsAsEdgeList"),
        ("Sources/RelationGraph/Output/StandardOutput.swift", "enum StandardOutput"),
        ("Sources/RelationGraph/Queries/RelationAdjacency.swift", "struct RelationAdjacency"),
        ("Sources/RelationGraph/Queries/CSRGraph+CentralityOptions.swift", "func centrality("),
        ("Sources/GraphvizRenderer/DOTQuoting.swift", "enum DOTQuoting"),
        ("Sources/GraphvizRenderer/DiagramStyle.swift", "enum DiagramStyle"),
    ]

    @Test("each plumbing declaration is package, and nothing in its file is public")
    func plumbingIsPackage() throws {
        for (file, declaration) in Self.plumbing {
            let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let declared = lines.filter { $0.contains(declaration) && !$0.hasPrefix("///") && !$0.hasPrefix("//") }
            #expect(!declared.isEmpty, "\(file): no declaration '\(declaration)'")
            for line in declared {
                #expect(line.hasPrefix("package ") || line.hasPrefix("@usableFromInline package "), "\(file): \(line)")
            }
        }
        // Files that hold nothing but plumbing have no public declaration left at all.
        for file in Set(Self.plumbing.map(\.file)) where !file.hasSuffix("Graph.swift") && !file.hasSuffix("CSRGraph.swift")
            && !file.hasSuffix("GraphFormat.swift") {
            let text = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("public ") }, "\(file)")
        }
    }
}
