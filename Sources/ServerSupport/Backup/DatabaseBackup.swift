import Foundation
public import GRDB

/// Online backup, verification and restore of a node or hub SQLite file.
///
/// - Backup uses SQLite's online backup API through a read transaction, so it is a consistent snapshot while
///   the server keeps reading and writing (WAL lets writers continue). The copy is written beside the
///   destination, checked, switched to rollback-journal mode (one self-contained file) and renamed into place.
/// - Restore checks the backup (`integrity_check`, `foreign_key_check`, known migrations), copies it to a
///   temporary file beside the target, checkpoints and removes the old database's WAL, and renames the copy over
///   the target: the target is either the old database or the whole backup, never half of each.
public enum DatabaseBackup {
    /// Copies the live database at `source` to a new file `destination`.
    ///
    /// - Parameter schemas: the kinds of Balans database to recognise (the source must match one).
    /// - Returns: the check of the written copy.
    @discardableResult
    public static func backup(
        databaseAt source: String, to destination: String, schemas: [DatabaseSchema]
    ) throws -> DatabaseFileReport {
        guard FileManager.default.fileExists(atPath: source) else {
            throw DatabaseBackupError(.missingFile, "Databasen \(source) finns inte. Kontrollera sökvägen.")
        }
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw DatabaseBackupError(
                .destinationExists,
                "\(destination) finns redan. Välj ett nytt filnamn (t.ex. med datum) så att ingen säkerhetskopia skrivs över."
            )
        }
        // A plain connection that reads only: no migrations run, so a newer binary never changes a live database.
        let reader = try connect(source, readOnly: false)
        _ = try recognise(reader, path: source, schemas: schemas)
        return try copy(from: reader, to: destination, schemas: schemas)
    }

    /// Copies an open database (e.g. a store's own pool) to a new file `destination`.
    @discardableResult
    public static func backup(
        from reader: any DatabaseReader, to destination: String, schemas: [DatabaseSchema]
    ) throws -> DatabaseFileReport {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw DatabaseBackupError(.destinationExists, "\(destination) finns redan. Välj ett nytt filnamn.")
        }
        return try copy(from: reader, to: destination, schemas: schemas)
    }

    /// Checks a database or backup file without changing it: integrity, foreign keys, and migrations this build
    /// knows.
    public static func inspect(databaseAt path: String, schemas: [DatabaseSchema]) throws -> DatabaseFileReport {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DatabaseBackupError(.missingFile, "Filen \(path) finns inte. Kontrollera sökvägen.")
        }
        return try inspect(try connect(path, readOnly: true), path: path, schemas: schemas)
    }

    /// Restores `backup` to `target`.
    ///
    /// The node or hub using `target` must be stopped first: a running server keeps the old file open.
    ///
    /// - Parameter replacingExisting: whether an existing `target` may be replaced (`--force`).
    /// - Returns: the check of the restored database.
    @discardableResult
    public static func restore(
        from backup: String, to target: String, schemas: [DatabaseSchema], replacingExisting: Bool
    ) throws -> DatabaseFileReport {
        let report = try inspect(databaseAt: backup, schemas: schemas)
        let exists = FileManager.default.fileExists(atPath: target)
        if exists, !replacingExisting {
            throw DatabaseBackupError(
                .destinationExists,
                "\(target) finns redan och skrivs inte över. Stoppa servern, gör en säkerhetskopia av den och "
                    + "kör igen med --force för att ersätta den.")
        }
        let temporary = try copy(from: try connect(backup, readOnly: true), toTemporaryBeside: target)
        do {
            let restored = try inspect(try connect(temporary, readOnly: true), path: temporary, schemas: schemas)
            guard restored.rowCounts == report.rowCounts, restored.migrations == report.migrations else {
                throw DatabaseBackupError(
                    .copyFailed, "Kopian av \(backup) blev inte lik originalet; \(target) har inte ändrats.")
            }
            if exists { try retireWriteAheadLog(of: target) }
            try replace(target, with: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return try inspect(databaseAt: target, schemas: schemas)
    }

    // MARK: - Steps

    private static func copy(
        from reader: any DatabaseReader, to destination: String, schemas: [DatabaseSchema]
    ) throws -> DatabaseFileReport {
        let temporary = try copy(from: reader, toTemporaryBeside: destination)
        do {
            let report = try inspect(try connect(temporary, readOnly: true), path: temporary, schemas: schemas)
            try replace(destination, with: temporary)
            return report
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes a full copy into a new temporary file in the destination's directory (so the final rename stays
    /// on one file system and is atomic) and returns its path.
    private static func copy(from reader: any DatabaseReader, toTemporaryBeside destination: String) throws -> String {
        let url = URL(fileURLWithPath: destination)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).partial").path
        do {
            let queue = try DatabaseQueue(path: temporary)
            try reader.backup(to: queue)
            // One self-contained file: no -wal beside it to forget when the copy is moved off-site.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw DatabaseBackupError(.copyFailed, "Kopieringen till \(destination) misslyckades: \(error)")
        }
        return temporary
    }

    static func connect(_ path: String, readOnly: Bool) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        // Wait for a busy writer instead of failing at once.
        configuration.busyMode = .timeout(10)
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw DatabaseBackupError(.copyFailed, "\(path) kunde inte öppnas som SQLite-databas: \(error)")
        }
    }
}
