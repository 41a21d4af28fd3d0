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
    public var payload: JSONValue

    /// Creates a record.
    public init(key: NaturalKey, contentHash: String, sequence: Int64, payload: JSONValue) {
        self.key = key
        self.contentHash = contentHash
        self.sequence = sequence
        self.payload = payload
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
    /// Applies an item that is about to be imported or updated to the hub's own domain (a learning example's
    /// review workflow, …), in the batch's transaction, before its record is saved. A refusal becomes the item's
    /// rejection in the receipt and nothing of the item is stored, so a re-sent batch gets the same answer. Items
    /// that are ignored (unchanged, superseded) are never passed here: nothing is applied twice.
    mutating func applyToDomain(_ item: UploadItem, stream: SyncStream, region: String) -> ItemRejection?
}

extension HubIngestStore {
    /// Stores that keep only the protocol's records apply nothing.
    public mutating func applyToDomain(_ item: UploadItem, stream: SyncStream, region: String) -> ItemRejection? {
        nil
    }
}
