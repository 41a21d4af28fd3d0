import Foundation
import GRDB

extension HubStore {
    /// Every migration this build registers for a hub database, in order: how backups and restores recognise
    /// a hub database and refuse one written by a newer Balans.
    public static var migrationIdentifiers: [String] { HubSchema.migrator.migrations }

    /// Writes a consistent copy of this open database to a new file at `path` with SQLite's online backup API,
    /// while other tasks keep reading and writing. The copy is one self-contained file (rollback journal).
    ///
    /// Throws if `path` exists; the copy appears under `path` only when it is complete.
    public func backup(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
        }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial")
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try writer.backup(to: queue)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
