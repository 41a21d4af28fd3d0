public import WireProtocol

/// One export the node must write to its outbox, in the same transaction as the data it comes from. The
/// outbox keeps one pending entry per key: a new write of a pending key replaces it and takes a new sequence.
public struct OutboxWrite: Hashable, Sendable {
    /// The stream.
    public var stream: SyncStream
    /// The natural key.
    public var key: NaturalKey
    /// The payload.
    public let payload: JSONValue
    /// Its content hash.
    public let contentHash: String
    /// The payload's canonical JSON, as the outbox stores it (encoded once, where the write is made: the export
    /// makes its writes on every core, and the outbox transaction only stores them).
    public let canonicalText: String

    /// Creates a write and hashes the payload.
    public init(stream: SyncStream, key: NaturalKey, payload: JSONValue) {
        self.stream = stream
        self.key = key
        self.payload = payload
        let bytes = CanonicalJSON.bytes(of: payload)
        contentHash = ContentDigest.sha256Hex(bytes)
        canonicalText = String(decoding: bytes, as: UTF8.self)
    }
}
