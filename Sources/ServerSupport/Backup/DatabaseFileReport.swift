/// What a checked database file holds: which kind of Balans database, its migrations, and rows per table.
public struct DatabaseFileReport: Sendable, Equatable {
    /// The schema the file matched (e.g. "regionnod", "hubb").
    public var schema: String
    /// Applied migrations, in the schema's order.
    public var migrations: [String]
    /// Migrations this build knows that the file lacks; they run when a server next opens it.
    public var pendingMigrations: [String]
    /// Rows in each table (SQLite's internal tables excluded), by table name.
    public var rowCounts: [String: Int]
    /// File size in bytes.
    public var bytes: Int

    /// Creates a report.
    public init(schema: String, migrations: [String], pendingMigrations: [String], rowCounts: [String: Int], bytes: Int)
    {
        self.schema = schema
        self.migrations = migrations
        self.pendingMigrations = pendingMigrations
        self.rowCounts = rowCounts
        self.bytes = bytes
    }

    /// Total rows over all tables.
    public var totalRows: Int { rowCounts.values.reduce(0, +) }
}
