import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension DatabaseBackup {
    /// Integrity, foreign keys, schema recognition and row counts of an open database.
    static func inspect(
        _ reader: any DatabaseReader, path: String, schemas: [DatabaseSchema]
    ) throws -> DatabaseFileReport {
        let schema = try recognise(reader, path: path, schemas: schemas)
        do {
            return try contents(of: reader, path: path, schema: schema)
        } catch let error as DatabaseError {
            // A damaged page can make SQLite fail the check itself rather than report it.
            throw DatabaseBackupError(
                .integrity,
                "\(path) är skadad (\(error.message ?? "\(error.resultCode)")). Använd en annan säkerhetskopia.")
        }
    }

    private static func contents(
        of reader: any DatabaseReader, path: String, schema: DatabaseSchema
    ) throws -> DatabaseFileReport {
        try reader.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard integrity == ["ok"] else {
                throw DatabaseBackupError(
                    .integrity,
                    "\(path) är skadad (integrity_check: \(integrity.prefix(3).joined(separator: "; "))). "
                        + "Använd en annan säkerhetskopia.")
            }
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            guard orphans.isEmpty else {
                let tables = Set(orphans.compactMap { $0[0] as String? }).sorted().joined(separator: ", ")
                throw DatabaseBackupError(
                    .integrity,
                    "\(path) har \(orphans.count) rader som pekar på rader som saknas (tabell \(tables)). "
                        + "Använd en annan säkerhetskopia.")
            }
            let applied = try appliedMigrations(db)
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)")
            }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return DatabaseFileReport(
                schema: schema.name, migrations: schema.migrations.filter { applied.contains($0) },
                pendingMigrations: schema.migrations.filter { !applied.contains($0) }, rowCounts: counts,
                bytes: bytes)
        }
    }

    /// Which schema the database's applied migrations belong to; refuses unknown and newer databases.
    static func recognise(
        _ reader: any DatabaseReader, path: String, schemas: [DatabaseSchema]
    ) throws -> DatabaseSchema {
        let applied: Set<String>
        do {
            applied = try reader.read { db in try appliedMigrations(db) }
        } catch let error as DatabaseError {
            throw DatabaseBackupError(.notABalansDatabase, "\(path) kunde inte läsas som SQLite-databas: \(error)")
        }
        // The schema sharing the most migrations with the file; ties cannot occur for disjoint identifiers.
        let best = schemas.max { applied.intersection($0.migrations).count < applied.intersection($1.migrations).count }
        guard let schema = best, !applied.isDisjoint(with: schema.migrations) else {
            throw DatabaseBackupError(
                .notABalansDatabase,
                "\(path) är ingen Balans-databas (inga kända migreringar). Kontrollera att det är rätt fil.")
        }
        let unknown = applied.subtracting(schema.migrations).sorted()
        guard unknown.isEmpty else {
            throw DatabaseBackupError(
                .newerSchema,
                "\(path) kommer från en nyare version av Balans (okända migreringar: "
                    + "\(unknown.joined(separator: ", "))). Uppgradera balans innan den återställs.")
        }
        return schema
    }

    private static func appliedMigrations(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
    }

    /// Folds the old database's write-ahead log into it and removes `-wal`/`-shm`, so a stale log can never be
    /// replayed onto the restored file. A damaged old database (the usual reason to restore) is not checkpointed.
    static func retireWriteAheadLog(of target: String) throws {
        if let queue = try? DatabaseQueue(path: target) {
            _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try? queue.close()
        }
        for suffix in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: target + suffix) {
            try FileManager.default.removeItem(atPath: target + suffix)
        }
    }

    /// Renames `temporary` over `target` (atomic on one file system) and syncs the directory so the rename
    /// survives a power cut.
    static func replace(_ target: String, with temporary: String) throws {
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            throw DatabaseBackupError(.copyFailed, "\(temporary) kunde inte flyttas till \(target): \(reason).")
        }
        let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let descriptor = open(directory, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            _ = close(descriptor)
        }
    }
}
