import Foundation
import GraphAlgorithms

/// An edge list read straight into integer arrays: ids interned once, no entity or relation
/// values, for commands that need only the graph's shape (`relgraph rank` on a large file).
///
/// It reads exactly what ``EdgeListFormat/read(from:)`` reads, with the same rules and the same
/// `FILE:LINE` errors, and numbers vertices the same way (the `.nodes` companion first, then
/// ids in order of first appearance), so a measure computed here equals the one computed on the
/// full model. What it skips is the model: per line it keeps two `Int32` endpoints (and a
/// `Double` when the file has weights) instead of a ``Relation`` with three strings, and each
/// distinct id's bytes once. Cells are compared as bytes in an open-addressing table, so no
/// `String` is made per line.
///
/// Memory: 8 bytes per line for the endpoints (16 with weights) plus the file's bytes while
/// reading; the pooled ``pooled(directed:merge:unitWeights:)`` graph then takes about 40 bytes per distinct
/// pair undirected (48 directed) at rest, about 100 while it is built.
package struct EdgeListAdjacency: Sendable {
    /// Vertex `i`'s id (also its name; every vertex is of kind `other`).
    package let ids: [String]
    /// Source vertex of each line, in file order.
    package let sources: [Int32]
    /// Target vertex of each line.
    package let targets: [Int32]
    /// Each line's weight, or `nil` when no line has a third column.
    package let weights: [Double]?

    /// Reads the edge list at `url` and its `.nodes` companion, if present.
    /// - Throws: ``GraphFormatError`` as ``EdgeListFormat/read(from:)`` does.
    /// - Complexity: O(file size).
    package static func read(from url: URL) throws(GraphFormatError) -> EdgeListAdjacency {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .init(file: name, message: "cannot read the file")
        }
        guard Self.isUTF8(data) else {
            throw .init(file: name, message: "not UTF-8 text")
        }
        let comma = url.pathExtension.lowercased() == "csv"
        var interner = IdInterner()
        for id in try EdgeListFormat.companionVertices(of: url) {
            _ = Array(id.utf8).withUnsafeBufferPointer { interner.intern($0, $0.indices) }
        }
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        sources.reserveCapacity(data.count / 12)
        targets.reserveCapacity(data.count / 12)
        var anyWeight = false
        var failure: GraphFormatError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            var lineNumber = 0
            var sawData = false
            var cells: [Range<Int>] = []
            while position < bytes.count {
                var end = position
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let lineStart = position
                position = end + 1
                cells.removeAll(keepingCapacity: true)
                guard Self.cellRanges(bytes, lineStart..<end, comma: comma, into: &cells) else { continue }
                func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
                if !sawData {
                    sawData = true
                    if EdgeListFormat.isHeader(cells.prefix(2).map(text)) { continue }
                }
                guard cells.count >= 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                    let shown = text(lineStart..<end).trimmingCharacters(in: .whitespacesAndNewlines)
                    failure = .init(file: name, line: lineNumber, message: "expected 'source target [weight]', found '\(shown)'")
                    return
                }
                guard cells.count <= 3 else {
                    failure = .init(file: name, line: lineNumber, message: "\(cells.count) columns; an edge list has 2 or 3 (source, target, weight)")
                    return
                }
                var weight = 1.0
                if cells.count == 3 {
                    guard let w = Double(text(cells[2])), w > 0, w.isFinite else {
                        failure = .init(file: name, line: lineNumber, message: "weight '\(text(cells[2]))' is not a positive number")
                        return
                    }
                    weight = w
                    if !anyWeight {
                        anyWeight = true
                        weights = [Double](repeating: 1, count: sources.count)
                    }
                }
                sources.append(interner.intern(bytes, cells[0]))
                targets.append(interner.intern(bytes, cells[1]))
                if anyWeight { weights.append(weight) }
            }
        }
        if let failure { throw failure }
        return EdgeListAdjacency(ids: interner.ids(), sources: sources, targets: targets, weights: anyWeight ? weights : nil)
    }

    /// The simple graph of the lines' pairs, as ``RelationAdjacency`` pools relations: lines
    /// joining the same two vertices (the same way, when directed) become one edge whose weight
    /// is the smallest (`.minimum`, for lengths) or the sum (`.sum`, for strengths) of theirs.
    /// `unitWeights` gives an unweighted file weights of 1, for measures that ask for weights.
    package func pooled(directed: Bool, merge: RelationAdjacency.WeightMerge, unitWeights: Bool = false) -> CSRGraph {
        let lineWeights = weights ?? (unitWeights ? [Double](repeating: 1, count: sources.count) : nil)
        return CSRGraph(
            unchecked: ids.count, sources: sources, targets: targets, weights: lineWeights, directed: directed,
            parallel: merge == .minimum ? .mergeMinimumWeight : .mergeSummingWeights)
    }

    /// Vertices ranked by `scores` exactly as ``CentralityScores/ranking(include:)`` ranks the
    /// entities of the same edge list (best first, NaN last; ties by id, which is also the name).
    package func ranking(_ measure: CentralityMeasure, scores: [Double]) -> EntityRanking {
        let order = ids.indices.sorted { a, b in
            ScoreOrder.ranksBefore(scores[a], scores[b]) ?? (ids[a] < ids[b])
        }
        return EntityRanking(measure: measure, scores: order.map {
            EntityScore(id: ids[$0], name: ids[$0], kind: .other, score: scores[$0])
        })
    }

    /// Whether `data` is valid UTF-8, without building a `String` when it is plain ASCII (the
    /// usual case for numeric ids).
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var high: UInt8 = 0
            for b in raw { high |= b }
            return high < 0x80 || String(validating: raw, as: UTF8.self) != nil
        }
    }

    /// The byte ranges of a line's cells, by ``EdgeListFormat``'s rules: split on tabs (commas
    /// in a `.csv`), or on runs of spaces when the line has neither; trimmed of spaces and a
    /// carriage return; surrounding double quotes dropped. `false` for a blank or `#` line.
    static func cellRanges(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, comma: Bool, into cells: inout [Range<Int>]
    ) -> Bool {
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi && isBlank(bytes[lo]) { lo += 1 }
        while hi > lo && isBlank(bytes[hi - 1]) { hi -= 1 }
        if lo == hi || bytes[lo] == UInt8(ascii: "#") { return false }
        let separator = comma ? UInt8(ascii: ",") : UInt8(ascii: "\t")
        var hasSeparator = false
        for k in lo..<hi where bytes[k] == separator { hasSeparator = true; break }
        func add(_ a: Int, _ b: Int) {
            var a = a, b = b
            while a < b && isBlank(bytes[a]) { a += 1 }
            while b > a && isBlank(bytes[b - 1]) { b -= 1 }
            if b - a >= 2 && bytes[a] == UInt8(ascii: "\"") && bytes[b - 1] == UInt8(ascii: "\"") { a += 1; b -= 1 }
            cells.append(a..<b)
        }
        var cellStart = lo
        if hasSeparator {
            for k in lo..<hi where bytes[k] == separator {
                add(cellStart, k)
                cellStart = k + 1
            }
            add(cellStart, hi)
        } else {
            var k = lo
            while k < hi {
                while k < hi && bytes[k] == 0x20 { k += 1 }
                let a = k
                while k < hi && bytes[k] != 0x20 { k += 1 }
                if k > a { add(a, k) }
            }
        }
        return true
    }
}

/// Numbers byte strings in order of first appearance, keeping each distinct one's bytes once.
///
/// Open addressing with linear probing over FNV-1a hashes; the table doubles at half full.
struct IdInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The number of `bytes[range]`, new or known.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for k in range { hash = (hash ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == hash && starts[id + 1] - starts[id] == range.count {
                let same = arena.withUnsafeBufferPointer { stored in
                    range.count == 0 || memcmp(stored.baseAddress! + starts[id], bytes.baseAddress! + range.lowerBound, range.count) == 0
                }
                if same { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(id)
        if 2 * hashes.count > slots.count { grow() }
        return Int32(id)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// Every interned string, by number.
    func ids() -> [String] {
        arena.withUnsafeBufferPointer { stored in
            (0..<hashes.count).map { String(decoding: UnsafeBufferPointer(rebasing: stored[starts[$0]..<starts[$0 + 1]]), as: UTF8.self) }
        }
    }
}
