import ArgumentParser
import HubStore
import NodeStore
import ServerSupport

/// `balans backup`: an online copy of a node or hub database, safe while the server runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Säkerhetskopiera en nod- eller hubbdatabas medan servern kör (SQLites online-backup).",
        discussion: """
            Kopian skrivs bredvid målet, kontrolleras (integrity_check, främmande nycklar, kända migreringar) och \
            byter namn till målet först när den är hel. Ett befintligt mål skrivs aldrig över. \
            Återställ med `balans restore --from KOPIA --database FIL`.
            """)

    /// The kinds of database this build can back up and restore.
    static var schemas: [DatabaseSchema] {
        [
            DatabaseSchema(name: "regionnod", migrations: NodeStore.migrationIdentifiers),
            DatabaseSchema(name: "hubb", migrations: HubStore.migrationIdentifiers),
        ]
    }

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Databasen som ska kopieras.")
    var database: String

    @Option(name: [.customLong("to"), .customLong("till")], help: "Ny fil för kopian (skrivs aldrig över).")
    var to: String

    func run() throws {
        do {
            try createParentFolder(of: to)
            let report = try DatabaseBackup.backup(databaseAt: database, to: to, schemas: Self.schemas)
            print("Säkerhetskopia av \(report.schema)databasen \(database) skriven till \(to).")
            print(Self.describe(report))
        } catch let error as DatabaseBackupError {
            throw Refusal(error.message)
        }
    }

    /// Two Swedish lines: contents and check result.
    static func describe(_ report: DatabaseFileReport) -> String {
        let tenths = Int((Double(report.bytes) / 1_048_576 * 10).rounded())
        let size = "\(tenths / 10),\(tenths % 10)"
        var text =
            "Innehåll: \(report.rowCounts.count) tabeller, \(report.totalRows) rader, \(size) MB; "
            + "\(report.migrations.count) migreringar.\nKontroll: integrity_check ok, främmande nycklar ok."
        if !report.pendingMigrations.isEmpty {
            text +=
                "\n\(report.pendingMigrations.count) nyare migreringar körs när servern startar: "
                + report.pendingMigrations.joined(separator: ", ")
        }
        return text
    }
}
