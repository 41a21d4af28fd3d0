import Foundation
import GRDB
import ServerSupport
import Testing

@Suite("Database backup and restore")
struct DatabaseBackupTests {
    static let schema = DatabaseSchema(name: "testnod", migrations: ["m1-units", "m2-counts", "m3-later"])

    /// A temporary folder with a WAL database migrated to the first two migrations and filled with rows.
    final class Fixture {
        let folder: URL
        var database: String { path("live.sqlite") }

        init(rows: Int = 200) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("balans-backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let pool = try DatabasePool(path: database, configuration: configuration)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("m1-units") { db in
                try db.execute(sql: "CREATE TABLE unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            }
            migrator.registerMigration("m2-counts") { db in
                try db.execute(
                    sql:
                        "CREATE TABLE count (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES unit(id), n INTEGER)"
                )
            }
            try migrator.migrate(pool)
            try pool.write { db in
                for unit in 1...5 {
                    try db.execute(
                        sql: "INSERT INTO unit (id, name) VALUES (?, ?)", arguments: [unit, "Enhet \(unit)"])
                }
                for row in 0..<rows {
                    try db.execute(
                        sql: "INSERT INTO count (unit_id, n) VALUES (?, ?)", arguments: [row % 5 + 1, row * 7 % 31])
                }
            }
            try pool.close()
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// Every row of every table, as text, for table-by-table comparison.
    static func dump(_ path: String) throws -> [String: [String]] {
        let queue = try DatabaseQueue(
            path: path,
            configuration: {
                var c = Configuration(); c.readonly = true; return c
            }())
        return try queue.read { db in
            var tables: [String: [String]] = [:]
            for table in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            {
                tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY 1")
                    .map(\.description)
            }
            return tables
        }
    }

    @Test func backupThenRestoreGivesIdenticalContentTableByTable() throws {
        let fixture = try Fixture()
        let report = try DatabaseBackup.backup(
            databaseAt: fixture.database, to: fixture.path("copy.sqlite"), schemas: [Self.schema])
        #expect(report.schema == "testnod")
        #expect(report.migrations == ["m1-units", "m2-counts"])
        #expect(report.pendingMigrations == ["m3-later"])
        #expect(report.rowCounts["count"] == 200)
        #expect(report.rowCounts["unit"] == 5)
        // One self-contained file: no WAL beside the copy.
        #expect(!FileManager.default.fileExists(atPath: fixture.path("copy.sqlite-wal")))
        let restored = fixture.path("fresh/restored.sqlite")
        try FileManager.default.createDirectory(atPath: fixture.path("fresh"), withIntermediateDirectories: true)
        let check = try DatabaseBackup.restore(
            from: fixture.path("copy.sqlite"), to: restored, schemas: [Self.schema], replacingExisting: false)
        #expect(check.rowCounts == report.rowCounts)
        #expect(try Self.dump(restored) == Self.dump(fixture.database))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.path("fresh")) == ["restored.sqlite"])
    }

    @Test func neitherBackupNorRestoreOverwritesWithoutBeingAsked() throws {
        let fixture = try Fixture()
        try DatabaseBackup.backup(databaseAt: fixture.database, to: fixture.path("copy.sqlite"), schemas: [Self.schema])
        #expect {
            try DatabaseBackup.backup(
                databaseAt: fixture.database, to: fixture.path("copy.sqlite"), schemas: [Self.schema])
        } throws: { ($0 as? DatabaseBackupError)?.code == .destinationExists }
        #expect {
            try DatabaseBackup.restore(
                from: fixture.path("copy.sqlite"), to: fixture.database, schemas: [Self.schema],
                replacingExisting: false)
        } throws: { ($0 as? DatabaseBackupError)?.message.contains("--force") == true }
    }

    @Test func forcedRestoreReplacesADestroyedDatabaseAndItsStaleLog() throws {
        let fixture = try Fixture()
        try DatabaseBackup.backup(databaseAt: fixture.database, to: fixture.path("copy.sqlite"), schemas: [Self.schema])
        let original = try Self.dump(fixture.database)
        // Destroy: garbage over the database and a stale write-ahead log beside it.
        try Data(repeating: 0xAB, count: 8_192).write(to: URL(fileURLWithPath: fixture.database))
        try Data(repeating: 0xCD, count: 4_096).write(to: URL(fileURLWithPath: fixture.database + "-wal"))
        try DatabaseBackup.restore(
            from: fixture.path("copy.sqlite"), to: fixture.database, schemas: [Self.schema], replacingExisting: true)
        #expect(!FileManager.default.fileExists(atPath: fixture.database + "-wal"))
        #expect(try Self.dump(fixture.database) == original)
    }

    @Test func corruptBackupIsRefusedAndTheTargetNotCreated() throws {
        let fixture = try Fixture(rows: 3_000)
        try DatabaseBackup.backup(databaseAt: fixture.database, to: fixture.path("copy.sqlite"), schemas: [Self.schema])
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: fixture.path("copy.sqlite")))
        // Scribble over every page after the first three (page 1, the schema, stays intact).
        try handle.seek(toOffset: 4_096 * 3)
        handle.write(Data(repeating: 0xFF, count: 4_096 * 6))
        try handle.close()
        #expect {
            try DatabaseBackup.restore(
                from: fixture.path("copy.sqlite"), to: fixture.path("new.sqlite"), schemas: [Self.schema],
                replacingExisting: false)
        } throws: { error in
            let code = (error as? DatabaseBackupError)?.code
            return code == .integrity || code == .copyFailed || code == .notABalansDatabase
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.path("new.sqlite")))
    }

    @Test func backupFromANewerVersionIsRefused() throws {
        let fixture = try Fixture()
        let queue = try DatabaseQueue(path: fixture.database)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('m9-future')") }
        try queue.close()
        #expect {
            try DatabaseBackup.inspect(databaseAt: fixture.database, schemas: [Self.schema])
        } throws: { error in
            (error as? DatabaseBackupError)?.code == .newerSchema && "\(error)".contains("m9-future")
        }
    }

    @Test func foreignDatabasesAndMissingFilesAreNamed() throws {
        let fixture = try Fixture()
        let other = DatabaseSchema(name: "annan", migrations: ["x1"])
        #expect {
            try DatabaseBackup.inspect(databaseAt: fixture.database, schemas: [other])
        } throws: { ($0 as? DatabaseBackupError)?.code == .notABalansDatabase }
        #expect {
            try DatabaseBackup.backup(
                databaseAt: fixture.path("saknas.sqlite"), to: fixture.path("b.sqlite"), schemas: [Self.schema])
        } throws: { ($0 as? DatabaseBackupError)?.code == .missingFile }
        #expect(!FileManager.default.fileExists(atPath: fixture.path("saknas.sqlite")))
    }

    @Test func recognisesWhichSchemaADatabaseBelongsTo() throws {
        let fixture = try Fixture()
        let hub = DatabaseSchema(name: "hubb", migrations: ["h1"])
        let report = try DatabaseBackup.inspect(databaseAt: fixture.database, schemas: [hub, Self.schema])
        #expect(report.schema == "testnod")
    }
}
