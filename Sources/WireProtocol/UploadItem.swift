/// One item of an upload batch: an outbox entry of the node. Idempotent on (`key`, `contentHash`); ordered per
/// key by `sequence`, the node's durable outbox sequence, so a late copy of an older write can never overwrite a
/// newer one.
public struct UploadItem: Codable, Hashable, Sendable {
    /// The node's outbox sequence for this stream (strictly increasing, never reused).
    public var sequence: Int64
    /// The natural key; its owner must be the sending region.
    public var key: NaturalKey
    /// SHA-256 (hex) of the canonical JSON of `payload`.
    public var contentHash: String
    /// The typed payload of the stream as JSON (``IndicatorValue`` for `indicators`, …).
    public var payload: JSONValue

    /// Creates an item and computes its content hash.
    public init(sequence: Int64, key: NaturalKey, payload: JSONValue) {
        self.sequence = sequence
        self.key = key
        self.payload = payload
        self.contentHash = CanonicalJSON.sha256Hex(of: payload)
    }

    /// Creates an item from a typed payload.
    public init(sequence: Int64, key: NaturalKey, typedPayload: some Encodable) throws {
        self.init(sequence: sequence, key: key, payload: try CanonicalJSON.jsonValue(typedPayload))
    }

    /// Creates an item with a given hash (for decoding tests and for checking a claimed hash).
    public init(sequence: Int64, key: NaturalKey, contentHash: String, payload: JSONValue) {
        self.sequence = sequence
        self.key = key
        self.contentHash = contentHash
        self.payload = payload
    }

    /// Whether `contentHash` is the hash of `payload`.
    public var hasValidContentHash: Bool { CanonicalJSON.sha256Hex(of: payload) == contentHash }

    /// The payload as a typed value.
    public func decodePayload<T: Decodable>(as type: T.Type) throws -> T {
        try CanonicalJSON.decode(type, from: payload)
    }

    /// Size of the item's canonical JSON in bytes (what it adds to a batch body, give or take a comma).
    public var encodedSize: Int {
        CanonicalJSON.bytes(of: payload).count + key.rawValue.utf8.count + contentHash.utf8.count + 64
    }
}
