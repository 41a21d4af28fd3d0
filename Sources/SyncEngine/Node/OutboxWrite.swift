public import WireProtocol

/// One export the node must write to its outbox, in the same transaction as the data it comes from. The
/// outbox keeps one pending entry per key: a new write of a pending key replaces it and takes a new sequence.
public struct OutboxWrite: Hashable, Sendable {
    /// The stream.
    public var stream: SyncStream
    /// The natural key.
    public var key: NaturalKey
    /// The payload.
    public var payload: JSONValue
    /// Its content hash.
    public var contentHash: String

    /// Creates a write and hashes the payload.
    public init(stream: SyncStream, key: NaturalKey, payload: JSONValue) {
        self.stream = stream
        self.key = key
        self.payload = payload
        contentHash = CanonicalJSON.sha256Hex(of: payload)
    }
}
