import Foundation
import Testing

/// Compares text with a snapshot file kept beside the test that asks, in `__Snapshots__/`.
///
/// A missing snapshot fails the test and is written, so the first run records it for review.
/// Set `RELGRAPH_RECORD_SNAPSHOTS=1` to re-record every snapshot a run touches (the tests still
/// fail where the text changed, so a re-record is never silent).
///
/// - Parameters:
///   - text: what the code produced now.
///   - name: the snapshot's file name without extension, unique within the test file's folder.
///   - fileExtension: `txt` by default; `dot` for drawings.
///   - filePath: the calling test file (to find its folder).
///   - sourceLocation: where a failure is reported.
public func assertSnapshot(
    _ text: String, named name: String, fileExtension: String = "txt",
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).\(fileExtension)")
    let recording = ProcessInfo.processInfo.environment["RELGRAPH_RECORD_SNAPSHOTS"] == "1"
    let recorded = try? String(contentsOf: file, encoding: .utf8)
    if recorded == text { return }
    if recorded == nil || recording {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        Issue.record("snapshot \(name) \(recorded == nil ? "recorded" : "re-recorded"); review \(file.path) and run again",
                     sourceLocation: sourceLocation)
        return
    }
    Issue.record("""
        text differs from snapshot \(file.path) (RELGRAPH_RECORD_SNAPSHOTS=1 re-records):
        \(firstDifference(recorded ?? "", text))
        """, sourceLocation: sourceLocation)
}

/// The first line where two texts differ, both versions, for a readable failure.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, b.count) {
        let x = i < a.count ? String(a[i]) : "<end>", y = i < b.count ? String(b[i]) : "<end>"
        if x != y { return "line \(i + 1):\n  snapshot: \(x)\n  now:      \(y)" }
    }
    return "(same lines; line endings differ)"
}
