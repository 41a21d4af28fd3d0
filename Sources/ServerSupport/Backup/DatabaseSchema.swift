/// A kind of Balans database, recognised by its migration identifiers.
public struct DatabaseSchema: Sendable, Equatable {
    /// Name used in messages ("regionnod", "hubb").
    public var name: String
    /// Every migration identifier this build registers for the schema, in order.
    public var migrations: [String]

    /// Creates a schema description.
    public init(name: String, migrations: [String]) {
        self.name = name
        self.migrations = migrations
    }
}
