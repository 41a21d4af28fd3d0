public import GRDB

/// The hub's database: every region and the agency as tenants, their credentials, and everything they share.
///
/// Callers use intent-level methods; each write also appends to the audit log in the same transaction.
public struct HubStore: Sendable {
    /// The underlying writer. Exposed for tests that inspect tables.
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the hub database at `path` and migrates it.
    public static func open(path: String) throws -> HubStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 MiB of page cache per connection (SQLite's default is 2 MiB), as on the node: a year of indicator
            // values for every region touches three large indexes, and with the default most pages were written
            // out and read back within one ingestion request.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try HubSchema.migrator.migrate(pool)
        return HubStore(writer: pool)
    }

    /// An in-memory database for tests.
    public static func inMemory() throws -> HubStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try HubSchema.migrator.migrate(queue)
        return HubStore(writer: queue)
    }

    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Identifiers of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try HubSchema.migrator.appliedMigrations(db) }
    }
}
