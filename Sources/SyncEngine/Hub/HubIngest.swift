public import WireProtocol

/// The hub's handling of one upload batch, pure over a ``HubIngestStore``. Per item: owner check (the key's
/// owner must be the authenticated region — the region comes from the credential, never from the payload), hash
/// check, stream-specific validation, then an idempotent upsert on the natural key: new → imported; same hash →
/// ignored (unchanged); older sequence than stored → ignored (superseded); otherwise → updated. An imported or
/// updated item is first carried out by the store (``HubIngestStore/carryOut(_:stream:region:replacing:)``, e.g. an
/// exchange command); a refusal there rejects the item with the store's reason.
public struct HubIngest: Sendable {
    /// Validates a payload for its stream; nil when acceptable. Gets the authenticated region.
    public typealias Validator = @Sendable (SyncStream, UploadItem, String) -> ItemRejection?

    /// Most items the hub accepts per batch.
    public var maxItemsPerBatch: Int
    /// Catalogue releases the hub accepts batches under (for batches that name one).
    public var acceptedCatalogueVersions: Set<Int>
    /// Payload validation.
    public var validator: Validator

    /// Creates the ingest logic.
    public init(
        maxItemsPerBatch: Int = 1_000, acceptedCatalogueVersions: Set<Int>,
        validator: @escaping Validator = { _, _, _ in nil }
    ) {
        self.maxItemsPerBatch = maxItemsPerBatch
        self.acceptedCatalogueVersions = acceptedCatalogueVersions
        self.validator = validator
    }

    /// The answer: a receipt (`replayed` when it is the stored one for a repeated batch id) or an error.
    public enum Outcome: Hashable, Sendable {
        /// 200 with this receipt.
        case receipt(BatchReceipt, replayed: Bool)
        /// The error status and body; nothing was written.
        case failure(SyncError)
    }

    /// Applies `batch` from `region` (authenticated) to `store`. On `.failure` the store is untouched.
    public func ingest(
        _ batch: UploadBatch, bodySHA256: String, region: String, pathStream: SyncStream,
        into store: inout some HubIngestStore
    ) -> Outcome {
        if let error = envelopeError(batch, pathStream: pathStream) { return .failure(error) }
        if let stored = store.storedReceipt(region: region, batchID: batch.batchID) {
            guard stored.bodySHA256 == bodySHA256 else {
                return .failure(
                    SyncError(
                        .batchIDReused,
                        "Batch id \(batch.batchID) was already used by region \(region) for a different body; "
                            + "build a new batch with a new id.", stream: batch.stream))
            }
            return .receipt(stored.receipt, replayed: true)
        }
        let acknowledged = store.acknowledgedThrough(region: region, stream: batch.stream)
        // The node says it has more acknowledged than we remember: we lost committed data (restored backup).
        if batch.after > acknowledged, !batch.resync {
            return .failure(
                SyncError(
                    .cursorInvalid,
                    "Region \(region) has \(batch.stream.rawValue) acknowledged through \(batch.after), but the hub "
                        + "holds only \(acknowledged); re-send everything current (resync).", stream: batch.stream,
                    hubCursor: acknowledged))
        }
        if let catalogue = batch.catalogue, !acceptedCatalogueVersions.contains(catalogue.version) {
            let accepted = acceptedCatalogueVersions.sorted()
            return .failure(
                SyncError(
                    .catalogueVersionMismatch,
                    "The batch was computed under catalogue release \(catalogue.version); the hub accepts "
                        + "\(accepted.map(String.init).joined(separator: ", ")). Apply the current definitions and "
                        + "recompute.", stream: batch.stream, acceptedCatalogueVersions: accepted))
        }
        let items = batch.items.map { apply($0, stream: batch.stream, region: region, store: &store) }
        let through = max(acknowledged, batch.lastSequence ?? acknowledged)
        store.setAcknowledgedThrough(through, region: region, stream: batch.stream)
        let receipt = BatchReceipt(
            batchID: batch.batchID, stream: batch.stream, committed: true, acknowledgedThrough: through, items: items)
        store.save(StoredReceipt(bodySHA256: bodySHA256, receipt: receipt), region: region)
        return .receipt(receipt, replayed: false)
    }

    private func envelopeError(_ batch: UploadBatch, pathStream: SyncStream) -> SyncError? {
        guard WireProtocolVersion.supported.contains(batch.protocolVersion) else {
            return SyncError(
                .unsupportedProtocolVersion,
                "The batch uses protocol version \(batch.protocolVersion); the hub reads "
                    + "\(WireProtocolVersion.supported).", stream: batch.stream)
        }
        guard pathStream.direction == .up else {
            return SyncError(
                .unknownStream, "\(pathStream.rawValue) is a down stream; nodes pull it, they cannot push to it.",
                stream: pathStream)
        }
        guard batch.stream == pathStream else {
            return SyncError(
                .malformedRequest,
                "The batch says stream \(batch.stream.rawValue) but was posted to \(pathStream.rawValue).",
                stream: pathStream)
        }
        guard batch.items.count <= maxItemsPerBatch else {
            return SyncError(
                .batchTooLarge,
                "The batch has \(batch.items.count) items; the hub accepts at most \(maxItemsPerBatch) per batch.",
                stream: batch.stream, maxItems: maxItemsPerBatch)
        }
        let sequences = batch.items.map(\.sequence)
        guard zip(sequences, sequences.dropFirst()).allSatisfy({ $0 < $1 }), (sequences.first ?? 1) > 0 else {
            return SyncError(
                .malformedRequest, "The batch's item sequences must be positive and strictly increasing.",
                stream: batch.stream)
        }
        return nil
    }

    private func apply(
        _ item: UploadItem, stream: SyncStream, region: String, store: inout some HubIngestStore
    ) -> ItemReceipt {
        func answer(_ outcome: ItemOutcome, _ reason: ItemReason? = nil, _ message: String? = nil) -> ItemReceipt {
            ItemReceipt(sequence: item.sequence, key: item.key, outcome: outcome, reason: reason, message: message)
        }
        guard item.key.owner == region else {
            return answer(
                .rejected, .notOwner,
                "Key \(item.key) belongs to \(item.key.owner); region \(region) may only write its own keys.")
        }
        // Encoded once: for the hash check and for storing.
        let canonical = CanonicalJSON.bytes(of: item.payload)
        guard ContentDigest.sha256Hex(canonical) == item.contentHash else {
            return answer(.rejected, .hashMismatch, "The content hash of \(item.key) does not match its payload.")
        }
        if let rejection = validator(stream, item, region) {
            return answer(.rejected, rejection.reason, rejection.message)
        }
        let record = HubRecord(
            key: item.key, contentHash: item.contentHash, sequence: item.sequence, payload: item.payload,
            canonicalPayload: String(decoding: canonical, as: UTF8.self))
        let existing = store.record(region: region, stream: stream, key: item.key)
        if let existing {
            // Sequence first: a delayed copy of an older write must never overwrite a newer one.
            if item.sequence < existing.sequence { return answer(.ignored, .superseded) }
            if item.contentHash == existing.contentHash {
                if item.sequence > existing.sequence { store.save(record, region: region, stream: stream) }
                return answer(.ignored, .unchanged)
            }
        }
        if let refusal = store.carryOut(item, stream: stream, region: region, replacing: existing) {
            return answer(.rejected, refusal.reason, refusal.message)
        }
        store.save(record, region: region, stream: stream)
        return answer(existing == nil ? .imported : .updated)
    }
}
