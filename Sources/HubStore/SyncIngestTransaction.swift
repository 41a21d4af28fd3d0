import Foundation
import GRDB
import SyncEngine
import WireProtocol

/// ``SyncEngine/HubIngestStore`` over one open GRDB write transaction. The protocol's methods cannot throw, so
/// the first database error (of a read or a write) is kept in ``failure`` and every later call is a no-op; the
/// caller throws it after the ingest, which rolls the whole transaction back (a receipt is then never sent).
struct SyncIngestTransaction: HubIngestStore {
    /// The transaction's mutable bookkeeping; a class so the protocol's non-mutating reads can record a failure.
    private final class State {
        var failure: (any Error)?
        var tenantIDs: [String: Int64] = [:]
    }

    let db: Database
    let batchID: String
    let now: Date
    /// `now` as stored (converted once: a batch writes it on every record).
    private let stamp: DatabaseValue
    private let state = State()

    init(db: Database, batchID: String, now: Date) {
        self.db = db
        self.batchID = batchID
        self.now = now
        stamp = now.databaseValue
    }

    /// The first database error met, if any.
    var failure: (any Error)? { state.failure }

    func storedReceipt(region: String, batchID: String) -> StoredReceipt? {
        return attempt {
            guard let tenant = try tenantID(region),
                let row = try Row.fetchOne(
                    db, sql: "SELECT body_sha256, receipt FROM sync_receipt WHERE tenant_id = ? AND batch_id = ?",
                    arguments: [tenant, batchID])
            else { return nil }
            let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: Array((row["receipt"] as String).utf8))
            return StoredReceipt(bodySHA256: row["body_sha256"], receipt: receipt)
        } ?? nil
    }

    func record(region: String, stream: SyncStream, key: NaturalKey) -> HubRecord? {
        return attempt {
            guard let tenant = try tenantID(region),
                // Cached: asked once per item of every batch.
                let row = try Row.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT content_hash, sequence, payload FROM sync_record
                            WHERE tenant_id = ? AND stream = ? AND item_key = ?
                            """), arguments: [tenant, stream.rawValue, key.rawValue])
            else { return nil }
            let text: String = row["payload"]
            return HubRecord(
                key: key, contentHash: row["content_hash"], sequence: row["sequence"],
                payload: try CanonicalJSON.parse(Array(text.utf8)), canonicalPayload: text)
        } ?? nil
    }

    func acknowledgedThrough(region: String, stream: SyncStream) -> Int64 {
        return attempt {
            guard let tenant = try tenantID(region) else { return 0 }
            return try Int64.fetchOne(
                db, sql: "SELECT acknowledged_through FROM sync_cursor WHERE tenant_id = ? AND stream = ?",
                arguments: [tenant, stream.rawValue]) ?? 0
        } ?? 0
    }

    mutating func save(_ record: HubRecord, region: String, stream: SyncStream) {
        run {
            try db.cachedStatement(
                sql: """
                    INSERT INTO sync_record (tenant_id, stream, item_key, content_hash, sequence, payload, batch_id,
                        updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, stream, item_key) DO UPDATE SET content_hash = excluded.content_hash,
                        sequence = excluded.sequence, payload = excluded.payload, batch_id = excluded.batch_id,
                        updated_at = excluded.updated_at
                    """
            ).execute(
                arguments: [
                    try requireTenant(region), stream.rawValue, record.key.rawValue, record.contentHash,
                    record.sequence, record.canonicalPayload,
                    batchID, stamp,
                ])
        }
    }

    mutating func save(_ receipt: StoredReceipt, region: String) {
        run {
            let items = receipt.receipt.items
            let count = { (outcome: WireProtocol.ItemOutcome) in items.filter { $0.outcome == outcome }.count }
            try db.execute(
                sql: """
                    INSERT INTO sync_receipt (tenant_id, batch_id, stream, body_sha256, receipt, item_count, imported,
                        updated, ignored, rejected, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    try requireTenant(region), receipt.receipt.batchID, receipt.receipt.stream.rawValue,
                    receipt.bodySHA256, String(decoding: try CanonicalJSON.encode(receipt.receipt), as: UTF8.self),
                    items.count, count(.imported), count(.updated), count(.ignored), count(.rejected), now,
                ])
        }
    }

    mutating func setAcknowledgedThrough(_ sequence: Int64, region: String, stream: SyncStream) {
        run {
            // MAX keeps the cursor monotonic; the table's trigger refuses a decrease as a second line.
            try db.execute(
                sql: """
                    INSERT INTO sync_cursor (tenant_id, stream, acknowledged_through) VALUES (?, ?, ?)
                    ON CONFLICT (tenant_id, stream) DO UPDATE
                        SET acknowledged_through = MAX(acknowledged_through, excluded.acknowledged_through)
                    """, arguments: [try requireTenant(region), stream.rawValue, sequence])
        }
    }

    /// What an item asks for beyond being stored, by stream: a learning-example submission is one review-workflow
    /// command (`HubStore.applyLearningSubmission`); exchange messages and delivery follow-ups run as commands on the
    /// capacity exchange (`HubStore.carryOutExchangeItem`). Self-assessments are applied per unit after the batch
    /// (`HubStore.applySelfAssessments`), when every answer of the batch is stored. A refusal rejects the item; a
    /// database error fails the batch.
    mutating func carryOut(
        _ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?
    ) -> ItemRejection? {
        return attempt {
            switch stream {
            case .learningExamples:
                return try HubStore.applyLearningSubmission(item, region: region, db: db, at: now)
            case .exchangeMessages, .deliveryFollowUps:
                return try HubStore.carryOutExchangeItem(
                    item, stream: stream, region: region, replacing: existing, db: db, at: now)
            default:
                return nil
            }
        } ?? nil
    }

    private func attempt<T>(_ body: () throws -> T) -> T? {
        guard state.failure == nil else { return nil }
        do { return try body() } catch {
            state.failure = error
            return nil
        }
    }

    private func run(_ body: () throws -> Void) {
        guard state.failure == nil else { return }
        do { try body() } catch { state.failure = error }
    }

    private func tenantID(_ region: String) throws -> Int64? {
        if let cached = state.tenantIDs[region] { return cached }
        let id = try HubStore.tenant(code: region, in: db)?.id
        if let id { state.tenantIDs[region] = id }
        return id
    }

    private func requireTenant(_ region: String) throws -> Int64 {
        guard let id = try tenantID(region) else { throw HubStoreError.unknownTenant(region) }
        return id
    }
}
