/// Why the node refused to store a write meant for the network (a self-assessment or a learning example). Nothing
/// was saved; ``message`` is a Swedish sentence naming the value and the fix.
public struct NetworkWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code, e.g. `network.personal_identifier`.
    public var code: String
    /// The Swedish sentence.
    public var message: String

    /// Creates an error.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// A text meant for the hub holds something that looks like a personnummer or samordningsnummer.
    static func personalIdentifier(_ what: String) -> NetworkWriteError {
        NetworkWriteError(
            code: "network.personal_identifier",
            message: "\(what) innehåller något som liknar ett personnummer. Det som skickas till myndigheten får "
                + "aldrig innehålla personuppgifter; ta bort numret och spara igen.")
    }

    /// The database was bound to another region than the sync credential's.
    static func regionMismatch(bound: String, credential: String) -> NetworkWriteError {
        NetworkWriteError(
            code: "network.region_mismatch",
            message: "Databasen hör till region \(bound) men hubbens nyckel till region \(credential). Använd "
                + "regionens egen nyckel (sync.token och sync.key) eller rätt databas.")
    }

    /// No learning example with `id` on this node.
    static func unknownExample(_ id: String) -> NetworkWriteError {
        NetworkWriteError(
            code: "learning.not_found", message: "Det finns inget eget lärande exempel med id \(id) på noden.")
    }
}
