/// The stored publication ledger could not be read (a record with a malformed timestamp).
public struct DisclosureLedgerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `node_store.disclosure_ledger`.
    public var code: String { "node_store.disclosure_ledger" }
    /// The Swedish explanation.
    public var message: String
    /// "code: message".
    public var description: String { "\(code): Publiceringsloggen kan inte läsas: \(message)" }
}
