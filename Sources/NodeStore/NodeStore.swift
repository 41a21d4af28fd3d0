public import GRDB
import PlanningDomain

/// A region node's database: one SQLite file per region, WAL, foreign keys on, migrated on open.
///
/// Callers use intent-level methods (``storeImport(_:files:importedAt:)``, ``summary()``); no raw database
/// handle leaves this module except to tests.
public struct NodeStore: Sendable {
    /// The underlying writer. Exposed for tests and benchmarks that need to inspect tables.
    public let writer: any DatabaseWriter
    /// Read models kept until the database changes (``NodeStoreCache``).
    public let cache: NodeStoreCache

    /// Opens (creating if needed) the region database at `path` and migrates it.
    public static func open(path: String) throws -> NodeStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL is durable at transaction commit with synchronous=NORMAL except on power loss, where at most
            // the last transactions roll back as a whole: an import is never half there.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 32 MiB of page cache per connection (SQLite's default is 2 MiB): bulk imports touch large indexes.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try NodeSchema.migrator.migrate(pool)
        return NodeStore(writer: pool, cache: try NodeStoreCache(path: path))
    }

    /// An in-memory database for tests.
    public static func inMemory() throws -> NodeStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try NodeSchema.migrator.migrate(queue)
        return NodeStore(writer: queue, cache: try NodeStoreCache(path: nil))
    }

    init(writer: any DatabaseWriter, cache: NodeStoreCache) {
        self.writer = writer
        self.cache = cache
    }

    /// Identifiers of the migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try NodeSchema.migrator.appliedMigrations(db) }
    }
}
