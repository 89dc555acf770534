import Foundation

/// Writes a set of files as one folder output (a graph folder, a Neo4j import folder) so that
/// a failure leaves the old folder whole.
///
/// Everything is staged in a temporary folder beside the destination: the new files, and
/// copies of any other files the old folder holds (a README, say) so that they survive. Only
/// then is the staged folder swapped in: atomically with `renameat2(RENAME_EXCHANGE)` where
/// Linux offers it, otherwise by two renames (the old folder set aside, the new one put in its
/// place, the old one put back if that fails). A symbolic link to a folder is followed; the
/// folder it points to is replaced. Files keep the mode of the file they replace. On any error
/// the staging folder is removed and the destination is as it was.
public enum OutputFolder {
    /// Writes `files` (name and content) as the folder `url`.
    /// - Throws: ``OutputError`` naming `url`'s path: when it exists and is not a folder, when
    ///   its parent folder is missing or not writable, or when a write fails.
    public static func write(_ files: [(name: String, data: Data)], to url: URL) throws(OutputError) {
        try write(files, toPath: url.path, failingAfter: nil)
    }

    /// ``write(_:to:)``, failing with EIO after staging `failingAfter` files (tests use it to
    /// prove that a failure part way leaves the old folder whole).
    static func write(_ files: [(name: String, data: Data)], toPath path: String, failingAfter: Int?) throws(OutputError) {
        let target: String
        switch FileDescriptor.resolvingLinks(path) {
        case .success(let resolved): target = resolved
        case .failure(let failure): throw OutputError(path: path, errno: failure.code)
        }
        let parent = FileDescriptor.directory(of: target)
        let old = FileDescriptor.status(target, followingLinks: false)
        if let old, !FileDescriptor.isType(old, S_IFDIR) {
            throw OutputError(path: path, cause: "it exists and is not a folder", code: ENOTDIR)
        }
        let staging = (parent as NSString).appendingPathComponent(
            FileDescriptor.temporaryName(beside: (target as NSString).lastPathComponent))
        if mkdir(staging, 0o777) != 0 { throw OutputError(path: path, errno: errno, folder: parent) }
        do throws(OutputError) {
            if let old { try carryOver(from: target, into: staging, except: Set(files.map(\.name)), mode: old, as: path) }
            for (number, file) in files.enumerated() {
                if let failingAfter, number >= failingAfter { throw OutputError(path: path, errno: EIO) }
                let previous = old == nil ? nil
                    : FileDescriptor.status((target as NSString).appendingPathComponent(file.name), followingLinks: true)
                try OutputFile.createFile((staging as NSString).appendingPathComponent(file.name), containing: file.data,
                                          keeping: previous, as: path, folder: staging)
            }
            if old != nil { try swap(staging, into: target, as: path) } else if rename(staging, target) != 0 {
                throw OutputError(path: path, errno: errno, folder: parent)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Copies the entries of the old folder that the new output does not replace into the
    /// staging folder (hard links where the file system allows, copies otherwise), leaving out
    /// temporary files of earlier, killed runs; gives the staging folder the old one's mode.
    static func carryOver(from old: String, into staging: String, except replaced: Set<String>, mode: stat,
                          as path: String) throws(OutputError) {
        let manager = FileManager.default
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: old) } catch {
            throw OutputError(path: path, errno: EACCES)
        }
        for name in names where !replaced.contains(name) && !name.contains(FileDescriptor.temporaryMarker) {
            let from = (old as NSString).appendingPathComponent(name), to = (staging as NSString).appendingPathComponent(name)
            if let info = FileDescriptor.status(from, followingLinks: false), FileDescriptor.isType(info, S_IFREG),
               link(from, to) == 0 { continue }
            do { try manager.copyItem(atPath: from, toPath: to) } catch {
                throw OutputError(path: path, cause: "cannot keep \(name) from the old folder: \(error.localizedDescription)")
            }
        }
        _ = chmod(staging, mode.st_mode & 0o7777)
        _ = chown(staging, mode.st_uid, mode.st_gid)
    }

    /// Puts the staged folder in place of `target`, then removes the old one.
    static func swap(_ staging: String, into target: String, as path: String) throws(OutputError) {
        let exchanged = FileDescriptor.exchange(staging, target)
        if exchanged == 0 {
            // `staging` now names the old folder.
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let parent = FileDescriptor.directory(of: target)
        let aside = (parent as NSString).appendingPathComponent(
            FileDescriptor.temporaryName(beside: (target as NSString).lastPathComponent))
        if rename(target, aside) != 0 { throw OutputError(path: path, errno: errno, folder: parent) }
        if rename(staging, target) != 0 {
            let code = errno
            _ = rename(aside, target)
            throw OutputError(path: path, errno: code, folder: parent)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }
}
