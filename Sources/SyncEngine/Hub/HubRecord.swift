public import WireProtocol

/// What the hub stores per (region, stream, key): the latest accepted write.
public struct HubRecord: Hashable, Sendable {
    /// The natural key.
    public var key: NaturalKey
    /// Content hash of `payload`.
    public var contentHash: String
    /// The writer's outbox sequence of the accepted write (later writes must have a higher one).
    public var sequence: Int64
    /// The payload.
    public let payload: JSONValue
    /// The payload's canonical JSON, as stored.
    public let canonicalPayload: String

    /// Creates a record. `canonicalPayload` is the canonical JSON of `payload` when the caller already has it
    /// (read from storage, or encoded to check the content hash); otherwise it is encoded here.
    public init(
        key: NaturalKey, contentHash: String, sequence: Int64, payload: JSONValue, canonicalPayload: String? = nil
    ) {
        self.key = key
        self.contentHash = contentHash
        self.sequence = sequence
        self.payload = payload
        self.canonicalPayload =
            canonicalPayload ?? CanonicalJSON.text(of: payload)
    }
}

/// A receipt the hub keeps so that a repeated batch id gets the original answer.
public struct StoredReceipt: Hashable, Sendable {
    /// SHA-256 of the batch body that produced the receipt (a reused id with another body is refused).
    public var bodySHA256: String
    /// The receipt as first sent.
    public var receipt: BatchReceipt

    /// Creates a stored receipt.
    public init(bodySHA256: String, receipt: BatchReceipt) {
        self.bodySHA256 = bodySHA256
        self.receipt = receipt
    }
}

/// The hub's storage as ``HubIngest`` needs it. An adapter implements it over one database transaction: the
/// caller opens the transaction, runs ``HubIngest/ingest(_:bodySHA256:region:pathStream:into:)`` and commits
/// before answering (so a receipt is only ever sent for a durable commit).
public protocol HubIngestStore {
    /// The receipt stored for `batchID` from `region`.
    func storedReceipt(region: String, batchID: String) -> StoredReceipt?
    /// The record of a key.
    func record(region: String, stream: SyncStream, key: NaturalKey) -> HubRecord?
    /// The highest sequence acknowledged for `region` and `stream` (0 when none).
    func acknowledgedThrough(region: String, stream: SyncStream) -> Int64
    /// Inserts or replaces a record.
    mutating func save(_ record: HubRecord, region: String, stream: SyncStream)
    /// Stores a receipt under its batch id.
    mutating func save(_ receipt: StoredReceipt, region: String)
    /// Stores the acknowledged sequence.
    mutating func setAcknowledgedThrough(_ sequence: Int64, region: String, stream: SyncStream)
    /// Carries out what an accepted item asks for beyond being stored (a learning-example submission enters the
    /// review workflow, an exchange message runs as a command on the capacity exchange), in the same transaction, just before the record is saved. `existing` is the record
    /// the item replaces (nil for a new key). A rejection refuses the item: nothing of it is stored and the
    /// receipt says why. Called only for items that would be imported or updated, so a repeated item (same key
    /// and content) is never carried out twice. The default does nothing.
    mutating func carryOut(_ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?)
        -> ItemRejection?
}

extension HubIngestStore {
    /// Nothing beyond storing the record.
    public mutating func carryOut(
        _ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?
    ) -> ItemRejection? { nil }
}
