import ArgumentParser
import ServerSupport

/// `balans restore`: puts a backup back, checked and atomically.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Återställ en nod- eller hubbdatabas från en säkerhetskopia.",
        discussion: """
            Stoppa servern först. Kopian kontrolleras (integrity_check, främmande nycklar, kända migreringar), \
            kopieras till en tillfällig fil bredvid målet och byter sedan namn till målet i ett steg: målet är \
            antingen den gamla databasen eller hela kopian, aldrig en blandning. Ett befintligt mål ersätts bara \
            med --force. Övningsåterställning: återställ till en ny katalog och jämför med `balans status`.
            """)

    @Option(name: [.customLong("from"), .customLong("från")], help: "Säkerhetskopian.")
    var from: String

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Databasfilen som ska skapas.")
    var database: String

    @Flag(help: "Ersätt en befintlig databas (gör en säkerhetskopia av den först).")
    var force = false

    func run() throws {
        do {
            try createParentFolder(of: database)
            let report = try DatabaseBackup.restore(
                from: from, to: database, schemas: BackupCommand.schemas, replacingExisting: force)
            print("\(from) återställd till \(database) (\(report.schema)databas).")
            print(BackupCommand.describe(report))
        } catch let error as DatabaseBackupError {
            throw Refusal(error.message)
        }
    }
}
