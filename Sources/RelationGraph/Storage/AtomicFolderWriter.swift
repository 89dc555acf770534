import Foundation

/// Writes a set of files as a folder so that a failure leaves no half-written folder behind.
///
/// The files are written into a temporary folder beside the destination first, so any error
/// (a full disk, a permission) happens before the destination is touched. A new destination
/// is then created by renaming the temporary folder, atomically. An existing destination folder
/// is updated file by file, each file by an atomic rename, and keeps any other files it holds
/// (a README, say), which replacing the whole folder would lose.
public enum AtomicFolderWriter {
    /// Writes `files` (name and content) into the folder `url`.
    /// - Throws: when `url` exists and is not a folder, or the parent folder is missing or not
    ///   writable; nothing is left behind then.
    public static func write(_ files: [(name: String, data: Data)], to url: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw CocoaError(.fileWriteFileExists, userInfo: [
                NSFilePathErrorKey: url.path,
                NSLocalizedDescriptionKey: "\(url.path) exists and is not a folder",
            ])
        }
        let parent = url.deletingLastPathComponent()
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
        do {
            for (name, data) in files {
                guard manager.createFile(atPath: temporary.appendingPathComponent(name).path, contents: data) else {
                    throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.appendingPathComponent(name).path])
                }
            }
            if exists {
                for (name, _) in files {
                    if rename(temporary.appendingPathComponent(name).path, url.appendingPathComponent(name).path) != 0 {
                        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    }
                }
                try manager.removeItem(at: temporary)
            } else if rename(temporary.path, url.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }
}
