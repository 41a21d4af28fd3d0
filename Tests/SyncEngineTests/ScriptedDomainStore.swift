import SyncEngine
import WireProtocol

/// An in-memory hub whose domain step (``SyncEngine/HubIngestStore/carryOut(_:stream:region:replacing:)``) is
/// scripted: ``refusal`` decides per item; ``offered`` lists every item the ingest passed to the domain, ``applied``
/// those the domain accepted. Everything else is ``SyncEngine/InMemoryHubStore``.
struct ScriptedDomainStore: HubIngestStore {
    var base = InMemoryHubStore()
    var refusal: (UploadItem) -> ItemRejection? = { _ in nil }
    private(set) var offered: [NaturalKey] = []
    private(set) var applied: [NaturalKey] = []

    func storedReceipt(region: String, batchID: String) -> StoredReceipt? {
        base.storedReceipt(region: region, batchID: batchID)
    }

    func record(region: String, stream: SyncStream, key: NaturalKey) -> HubRecord? {
        base.record(region: region, stream: stream, key: key)
    }

    func acknowledgedThrough(region: String, stream: SyncStream) -> Int64 {
        base.acknowledgedThrough(region: region, stream: stream)
    }

    mutating func save(_ record: HubRecord, region: String, stream: SyncStream) {
        base.save(record, region: region, stream: stream)
    }

    mutating func save(_ receipt: StoredReceipt, region: String) { base.save(receipt, region: region) }

    mutating func setAcknowledgedThrough(_ sequence: Int64, region: String, stream: SyncStream) {
        base.setAcknowledgedThrough(sequence, region: region, stream: stream)
    }

    mutating func carryOut(
        _ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?
    ) -> ItemRejection? {
        offered.append(item.key)
        if let rejection = refusal(item) { return rejection }
        applied.append(item.key)
        return nil
    }
}
