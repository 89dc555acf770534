import Foundation

/// A CSV file read whole for ``GraphFolder``'s loader: its bytes, its header, and where its
/// records begin, which ``scanRecords(parts:_:)`` scans in parts on all cores.
///
/// It reads what ``CSVReader/parse(_:)-(Data)`` reads, with the same errors: a file that is not
/// UTF-8 is refused at line 1, a leading byte order mark is skipped (two, as Foundation's
/// decoding drops one before the reader drops another), the first record is the header.
struct CSVFile: Sendable {
    /// The file's bytes.
    let data: Data
    /// The header's cells, as written.
    let header: [String]
    /// Where the first record after the header begins, and its line.
    let body: CSVScanner.Stop

    /// Reads the file at `url`.
    /// - Throws: `CocoaError` when the file cannot be read, ``CSVReader/ParseError`` when it is
    ///   not UTF-8 or its header is malformed.
    init(contentsOf url: URL) throws {
        try self.init(data: FileBytes.read(url))
    }

    /// Reads `data` as a CSV file.
    init(data: Data) throws(CSVReader.ParseError) {
        guard UTF8Check.firstInvalidOffset(data) == nil else {
            throw CSVReader.ParseError(line: 1, message: "the file is not valid UTF-8")
        }
        self.data = data
        var start = 0
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        for _ in 0..<2 where data.dropFirst(start).starts(with: bom) { start += 3 }
        var header: [String] = []
        let scanned = data.withUnsafeBytes { raw -> Result<CSVScanner.Stop, CSVReader.ParseError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(CSVReader.ParseError) {
                return .success(try CSVScanner.scan(bytes, from: start, to: bytes.count, line: 1) { cells, _ in
                    header = cells.map { CSVScanner.text(of: $0, in: bytes) }
                    return false
                })
            } catch {
                return .failure(error)
            }
        }
        body = try scanned.get()
        self.header = header
    }

    /// How many parts a file of this size is scanned in: one per core, none smaller than
    /// 256 KiB, so that a small file costs no thread.
    var automaticParts: Int { max(1, min(ConcurrentJobs.cores, (data.count - body.offset) / 262_144)) }

    /// Scans the records after the header in `parts` parts (``CSVScanner/parts(_:from:count:)``),
    /// concurrently, handing each part's bytes, range and first line to `scan`; the results come
    /// in file order.
    /// - Throws: the malformed quote a scan of the whole file would report first.
    func scanRecords<R: Sendable>(
        parts: Int,
        _ scan: @escaping @Sendable (_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ line: Int)
            throws(CSVReader.ParseError) -> R
    ) throws(CSVReader.ParseError) -> [R] {
        let data = data
        let starts = data.withUnsafeBytes { CSVScanner.parts($0.bindMemory(to: UInt8.self), from: body, count: parts) }
        let results = ConcurrentJobs.run(starts.count) { part -> Result<R, CSVReader.ParseError> in
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let end = part + 1 < starts.count ? starts[part + 1].offset : bytes.count
                do throws(CSVReader.ParseError) { return .success(try scan(bytes, starts[part].offset, end, starts[part].line)) } catch {
                    return .failure(error)
                }
            }
        }
        var values: [R] = []
        values.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let error): throw error
            }
        }
        return values
    }
}
