/// One entry of a hub change feed: the latest state of a key as of `sequence`.
public struct Change: Codable, Hashable, Sendable {
    /// The hub's change sequence (strictly increasing within the feed's epoch).
    public var sequence: Int64
    /// The natural key (hub-owned: `hub/…`).
    public var key: NaturalKey
    /// SHA-256 (hex) of the canonical JSON of `payload` (of `null` when deleted).
    public var contentHash: String
    /// The new state; nil when the key was deleted.
    public var payload: JSONValue?

    /// Creates a change and computes its hash.
    public init(sequence: Int64, key: NaturalKey, payload: JSONValue?) {
        self.sequence = sequence
        self.key = key
        self.payload = payload
        self.contentHash = CanonicalJSON.sha256Hex(of: payload ?? .null)
    }

    /// A change as read or stored, with its content hash as given (check it with ``hasValidContentHash``).
    public init(sequence: Int64, key: NaturalKey, contentHash: String, payload: JSONValue?) {
        self.sequence = sequence
        self.key = key
        self.contentHash = contentHash
        self.payload = payload
    }

    /// Whether the change deletes its key.
    public var isDeletion: Bool { payload == nil }

    /// Whether `contentHash` matches `payload`.
    public var hasValidContentHash: Bool { CanonicalJSON.sha256Hex(of: payload ?? .null) == contentHash }

    /// The payload as a typed value (throws for a deletion).
    public func decodePayload<T: Decodable>(as type: T.Type) throws -> T {
        try CanonicalJSON.decode(type, from: payload ?? .null)
    }
}
