import Foundation

/// Writes a file so that readers see either the old content or the new, never a partial file.
///
/// The data goes to a temporary file in the destination's directory, which is then renamed over
/// the destination: a rename within one file system is atomic.
public enum AtomicFileWriter {
    /// Writes `data` to `url` atomically.
    /// - Throws: when the directory is missing or not writable; no partial file is left behind.
    public static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// Writes a string as UTF-8.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}
