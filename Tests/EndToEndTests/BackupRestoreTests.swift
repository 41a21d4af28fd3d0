import Foundation
import GRDB
import Synchronization
import Testing

/// Every row of every table of a SQLite file, as text, for table-by-table comparison.
func tableDump(_ path: String) throws -> [String: [String]] {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    return try queue.read { db in
        var tables: [String: [String]] = [:]
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for table in names {
            tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY 1")
                .map(\.description)
        }
        return tables
    }
}

/// Inserts numbered users into a node database on its own thread until stopped: the "writer" of the drill.
final class BackgroundWriter: Sendable {
    private let inserted = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let finished = Mutex<Bool>(false)

    static func username(_ number: Int) -> String {
        let digits = String(number)
        return "w" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    init(database: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let pool = try DatabasePool(path: database, configuration: configuration)
        let thread = Thread { [self] in
            var number = 0
            while !stopped.load(ordering: .relaxed) {
                let name = Self.username(number + 1)
                // One transaction per row, as a live node commits: every snapshot holds a prefix of them. A failed
                // insert is retried with the same number, so the rows stay contiguous.
                do {
                    try pool.write { db in
                        try db.execute(
                            sql: """
                                INSERT INTO node_user (username, display_name, role, password_hash, created_at)
                                VALUES (?, 'Skrivtest', 'analyst', 'x', '2026-01-01T00:00:00Z')
                                """, arguments: [name])
                    }
                    number += 1
                    inserted.store(number, ordering: .relaxed)
                } catch {
                    usleep(1_000)
                }
            }
            finished.withLock { $0 = true }
        }
        thread.start()
    }

    var count: Int { inserted.load(ordering: .relaxed) }

    /// Stops the loop and waits for the thread to finish its last transaction.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        while !finished.withLock({ $0 }) { usleep(1_000) }
    }
}

@Suite("balans backup and restore (restore drill)", .serialized)
struct BackupRestoreTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Config/examples")

    func importExamples(into database: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".csv") }.map { Self.examples.appendingPathComponent($0).path }
        let imported = try BalansProcess.run(["import", "--database", database] + files)
        #expect(imported.status == 0, "\(imported.errors)")
    }

    @Test func nodeBackupTakenWhileServingAndWritingRestoresIntoAFreshFolder() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("region.sqlite")
        try importExamples(into: database)
        let (server, base, _) = try NodeServeTests().start(database: database)
        defer { if server.isRunning { server.terminate() } }
        let writer = try BackgroundWriter(database: database)
        while writer.count < 200 { usleep(2_000) }
        let backupPath = directory.path("backups/region-2026-01-01.sqlite")
        let backup = try BalansProcess.run(["backup", "--database", database, "--to", backupPath])
        let (health, _) = try NodeServeTests().get(base.appendingPathComponent("health"))
        writer.stop()
        server.terminate()
        server.waitUntilExit()
        #expect(backup.status == 0, "\(backup.errors)")
        #expect(backup.output.contains("integrity_check ok"))
        #expect(health == 200)

        let restored = directory.path("fresh/drill/region.sqlite")
        let restore = try BalansProcess.run(["restore", "--from", backupPath, "--database", restored])
        #expect(restore.status == 0, "\(restore.errors)")
        #expect(restore.output.contains("integrity_check ok"))

        let restoredTables = try tableDump(restored)
        #expect(try restoredTables == tableDump(backupPath))
        // Everything the writer did not touch is exactly the live database's content.
        let live = try tableDump(database)
        #expect(restoredTables.keys.sorted() == live.keys.sorted())
        for (table, rows) in live where table != "node_user" {
            #expect(restoredTables[table] == rows, "table \(table) differs")
        }
        // The writer's rows form an unbroken prefix: a consistent snapshot, not a torn copy.
        let queue = try DatabaseQueue(path: restored)
        let written = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT username FROM node_user WHERE username LIKE 'w%' ORDER BY username")
        }
        #expect(written.count >= 200)
        #expect(written.count <= writer.count)
        #expect(written == (0..<written.count).map { BackgroundWriter.username($0 + 1) })
        #expect(try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        let status = try BalansProcess.run(["status", "--database", restored])
        #expect(status.status == 0, "\(status.errors)")
    }

    @Test func hubBackupDestroyRestoreGivesIdenticalContent() throws {
        let directory = try TemporaryDirectory()
        let hub = directory.path("hub.sqlite")
        #expect(try BalansProcess.run(["hub", "init", "--database", hub]).status == 0)
        for (tenant, role) in [("05", "region-node"), ("01", "region-user"), ("agency", "agency-curator")] {
            let issued = try BalansProcess.run([
                "hub", "credential", "--database", hub, "--tenant", tenant, "--role", role, "--label", "Test \(tenant)",
            ])
            #expect(issued.status == 0, "\(issued.errors)")
        }
        let before = try tableDump(hub)
        #expect(before["credential"]?.count ?? 0 >= 4)  // the first admin key and the three above
        #expect(before["tenant"]?.count == 22)
        let backupPath = directory.path("hub-backup.sqlite")
        let backup = try BalansProcess.run(["backup", "--database", hub, "--to", backupPath])
        #expect(backup.status == 0, "\(backup.errors)")
        #expect(backup.output.contains("hubbdatabasen"))
        let again = try BalansProcess.run(["backup", "--database", hub, "--to", backupPath])
        #expect(again.status != 0)

        // Destroy the live database, then restore over it.
        try Data(repeating: 0x42, count: 16_384).write(to: URL(fileURLWithPath: hub))
        let refused = try BalansProcess.run(["restore", "--from", backupPath, "--database", hub])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--force"))
        let restore = try BalansProcess.run(["restore", "--from", backupPath, "--database", hub, "--force"])
        #expect(restore.status == 0, "\(restore.errors)")
        #expect(try tableDump(hub) == before)
    }

    @Test func restoreRefusesAFileThatIsNotABackup() throws {
        let directory = try TemporaryDirectory()
        try Data("inte en databas".utf8).write(to: URL(fileURLWithPath: directory.path("junk.sqlite")))
        let result = try BalansProcess.run([
            "restore", "--from", directory.path("junk.sqlite"), "--database", directory.path("x.sqlite"),
        ])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: directory.path("x.sqlite")))
    }
}
