public import WireProtocol

/// A ``HubIngestStore`` in memory: the reference implementation for tests and the simulation. Being a value,
/// a copy is a transaction: work on a copy, keep it to commit, drop it to roll back.
public struct InMemoryHubStore: HubIngestStore, Hashable, Sendable {
    struct StreamKey: Hashable, Sendable {
        var region: String
        var stream: SyncStream
    }

    private var records: [StreamKey: [NaturalKey: HubRecord]] = [:]
    private var receipts: [String: [String: StoredReceipt]] = [:]
    private var acknowledged: [StreamKey: Int64] = [:]

    /// An empty store.
    public init() {}

    /// Every record of `region` and `stream`.
    public func records(region: String, stream: SyncStream) -> [NaturalKey: HubRecord] {
        records[StreamKey(region: region, stream: stream)] ?? [:]
    }

    /// The regions that have written anything.
    public var regions: Set<String> { Set(records.keys.map(\.region)) }

    /// The receipt stored for `batchID` from `region`.
    public func storedReceipt(region: String, batchID: String) -> StoredReceipt? { receipts[region]?[batchID] }

    /// The record of a key.
    public func record(region: String, stream: SyncStream, key: NaturalKey) -> HubRecord? {
        records[StreamKey(region: region, stream: stream)]?[key]
    }

    /// The acknowledged sequence.
    public func acknowledgedThrough(region: String, stream: SyncStream) -> Int64 {
        acknowledged[StreamKey(region: region, stream: stream)] ?? 0
    }

    /// Inserts or replaces a record.
    public mutating func save(_ record: HubRecord, region: String, stream: SyncStream) {
        records[StreamKey(region: region, stream: stream), default: [:]][record.key] = record
    }

    /// Stores a receipt.
    public mutating func save(_ receipt: StoredReceipt, region: String) {
        receipts[region, default: [:]][receipt.receipt.batchID] = receipt
    }

    /// Stores the acknowledged sequence.
    public mutating func setAcknowledgedThrough(_ sequence: Int64, region: String, stream: SyncStream) {
        acknowledged[StreamKey(region: region, stream: stream)] = sequence
    }
}
