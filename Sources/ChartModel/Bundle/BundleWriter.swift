import Foundation

/// Writes a set of files as a folder, atomically: everything goes into a
/// temporary folder beside the destination, which is renamed into place only
/// when every file was written, so a failure never leaves a partial bundle.
public enum BundleWriter {
    public struct File: Equatable {
        /// Path inside the bundle, `/`-separated, no `..`.
        public var path: String
        public var data: [UInt8]
        public init(path: String, data: [UInt8]) {
            self.path = path
            self.data = data
        }
    }

    /// Refuses a destination that exists and is not an empty folder unless
    /// `force`; with `force` the old folder is replaced only after the new
    /// one is complete.
    public static func write(_ files: [File], to destination: String, force: Bool) throws {
        let fm = FileManager.default
        let dest = URL(fileURLWithPath: destination).standardizedFileURL
        var isDir: ObjCBool = false
        let exists = fm.fileExists(atPath: dest.path, isDirectory: &isDir)
        if exists {
            if !isDir.boolValue { throw ChartError("output path \(dest.path) exists and is not a directory") }
            let entries = (try? fm.contentsOfDirectory(atPath: dest.path)) ?? []
            if !entries.isEmpty && !force {
                throw ChartError("output directory \(dest.path) is not empty (use --force to replace it)")
            }
        }
        let parent = dest.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw ChartError("cannot create \(parent.path): \(error.localizedDescription)")
        }
        let staging = parent.appendingPathComponent(".\(dest.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw ChartError("cannot write to \(parent.path): \(error.localizedDescription)")
        }
        do {
            for file in files {
                guard isSafe(file.path) else { throw ChartError("refusing to write \(file.path) outside the bundle") }
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.data).write(to: url)
            }
            if exists {
                let old = parent.appendingPathComponent(".\(dest.lastPathComponent).old-\(UUID().uuidString)")
                try fm.moveItem(at: dest, to: old)
                do {
                    try fm.moveItem(at: staging, to: dest)
                } catch {
                    try? fm.moveItem(at: old, to: dest)
                    throw error
                }
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: staging, to: dest)
            }
        } catch let e as ChartError {
            try? fm.removeItem(at: staging)
            throw e
        } catch {
            try? fm.removeItem(at: staging)
            throw ChartError("cannot write bundle to \(dest.path): \(error.localizedDescription)")
        }
    }

    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }
}
