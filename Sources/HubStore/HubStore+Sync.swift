public import Foundation
import GRDB
public import SyncEngine
public import WireProtocol

/// What the hub has receipted for one region: batches and item outcomes summed over every stored receipt.
public struct SyncReceiptTotals: Sendable, Hashable, Codable {
    /// Batches receipted (each once, however often it was replayed).
    public var batches: Int
    /// Items receipted.
    public var items: Int
    /// Items imported (new keys).
    public var imported: Int
    /// Items that replaced an older write.
    public var updated: Int
    /// Items ignored (unchanged or superseded).
    public var ignored: Int
    /// Items rejected.
    public var rejected: Int
}

extension HubStore {
    /// `POST /api/v1/sync/{stream}/batches` in ONE write transaction: verify and ingest through `handler` (a
    /// learning-example submission runs its workflow command as it is ingested), queue the national-comparison
    /// cells the batch changed (published after the commit, see ``publishQueuedComparisons(limit:at:)``), apply the self-assessment answers it changed to the units' responses, commit — and only
    /// then return the receipt. Any database failure
    /// rolls everything back and answers `sync.internal` (500), which the node retries with the same batch.
    public func syncPush(
        handler: HubSyncHandler, streamSegment: String, path: String, headers: [String: String], body: [UInt8],
        now: Date
    ) -> HubResponse {
        let batchID =
            headers.first { $0.key.lowercased() == SignedRequestHeaders.Name.batchID.lowercased() }?.value ?? ""
        do {
            return try writer.write { db in
                var transaction = SyncIngestTransaction(db: db, batchID: batchID, now: now)
                let response = handler.push(
                    streamSegment: streamSegment, path: path, headers: headers, body: body,
                    nowSeconds: Int64(now.timeIntervalSince1970.rounded(.down)), store: &transaction)
                if let failure = transaction.failure { throw failure }
                if response.mustCommit, response.status == 200 {
                    let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: response.body)
                    if receipt.stream == .indicators { try Self.queueComparisons(for: receipt, db: db, at: now) }
                    if receipt.stream == .selfAssessments { try Self.applySelfAssessments(receipt, db: db, at: now) }
                }
                return response
            }
        } catch {
            return HubSyncHandler.response(
                SyncError(
                    .internalError, "The hub could not store the batch; nothing was committed. Send it again.",
                    stream: SyncStream(rawValue: streamSegment)))
        }
    }

    /// One page of a down stream's change feed after `after` for a node holding `epoch` (see
    /// ``SyncEngine/HubChangeLog/page(after:epoch:limit:)`` for the rules), or "cursor invalid". With `region`,
    /// only the changes that region may read (audience every node, or one naming it; `exchange-state`).
    public func syncChanges(
        stream: SyncStream, after: Int64, epoch requestedEpoch: String, limit: Int, region: String? = nil
    ) throws -> Result<ChangeFeed, SyncError> {
        // Committed values whose comparisons are still queued are published first: the feed a node reads never
        // lags behind the values the hub has receipted (spec §5.6).
        if stream == .nationalComparisons { try publishAllQueuedComparisons() }
        let feed = try syncFeed(stream)
        return try writer.read { db in
            let fullRead = after == 0
            let knownEpoch = requestedEpoch == feed.epoch || (requestedEpoch.isEmpty && fullRead)
            guard knownEpoch, after >= 0, after <= feed.head else {
                return .failure(
                    SyncError(
                        .cursorInvalid,
                        "Cursor \(after) in epoch \"\(requestedEpoch)\" is not valid for \(stream.rawValue) (epoch "
                            + "\"\(feed.epoch)\", head \(feed.head)); read the stream again from 0.", stream: stream,
                        hubEpoch: feed.epoch))
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT item_key, sequence, content_hash, payload FROM sync_change
                    WHERE stream = ? AND sequence > ? AND (? IS NULL OR audience IS NULL OR instr(audience, ?) > 0)
                    ORDER BY sequence LIMIT ?
                    """, arguments: [stream.rawValue, after, region, region.map { ",\($0)," }, limit + 1])
            let changes = try rows.prefix(max(1, limit)).map { row -> Change in
                guard let key = NaturalKey(rawValue: row["item_key"]) else {
                    throw HubStoreError(code: "sync.bad_key", message: "Ogiltig nyckel i ändringsloggen.")
                }
                let payload = try (row["payload"] as String?).map { try CanonicalJSON.parse(Array($0.utf8)) }
                // The hash was taken of this payload's canonical bytes when the change was appended.
                return Change(
                    sequence: row["sequence"], key: key, contentHash: row["content_hash"], payload: payload)
            }
            return .success(
                ChangeFeed(
                    stream: stream, epoch: feed.epoch, after: after, changes: changes,
                    nextCursor: changes.last?.sequence ?? after, hasMore: rows.count > changes.count))
        }
    }

    /// The epoch and head of a down stream's change feed (created with a fresh epoch on first use).
    public func syncFeed(_ stream: SyncStream) throws -> (epoch: String, head: Int64) {
        if let row = try writer.read({ db in
            try Row.fetchOne(
                db, sql: "SELECT epoch, head FROM sync_feed WHERE stream = ?", arguments: [stream.rawValue])
        }) {
            return (row["epoch"], row["head"])
        }
        return try writer.write { db in
            try Self.ensureFeed(stream, db: db, at: Date())
            let row = try Row.fetchOne(
                db, sql: "SELECT epoch, head FROM sync_feed WHERE stream = ?", arguments: [stream.rawValue])!
            return (row["epoch"], row["head"])
        }
    }

    /// Gives a down stream's feed a new epoch (after restoring the hub from a backup): every node then reads the
    /// stream again from the start.
    public func startNewSyncEpoch(_ stream: SyncStream) throws {
        try writer.write { db in
            try Self.ensureFeed(stream, db: db, at: Date())
            try db.execute(
                sql: "UPDATE sync_feed SET epoch = ? WHERE stream = ?", arguments: [Self.newEpoch(), stream.rawValue])
        }
    }

    /// What the hub has acknowledged for `region` on an up stream (0 when nothing).
    public func syncAcknowledged(region: String, stream: SyncStream) throws -> Int64 {
        try writer.read { db in
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT c.acknowledged_through FROM sync_cursor c JOIN tenant t ON t.id = c.tenant_id
                    WHERE t.code = ? AND c.stream = ?
                    """, arguments: [region, stream.rawValue]) ?? 0
        }
    }

    /// Every record the hub holds for `region` on an up stream, by key.
    public func syncRecords(region: String, stream: SyncStream) throws -> [HubRecord] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.item_key, r.content_hash, r.sequence, r.payload FROM sync_record r
                    JOIN tenant t ON t.id = r.tenant_id WHERE t.code = ? AND r.stream = ? ORDER BY r.item_key
                    """, arguments: [region, stream.rawValue]
            ).compactMap { row in
                guard let key = NaturalKey(rawValue: row["item_key"]),
                    let payload = try? CanonicalJSON.parse(Array((row["payload"] as String).utf8))
                else { return nil }
                return HubRecord(
                    key: key, contentHash: row["content_hash"], sequence: row["sequence"], payload: payload)
            }
        }
    }

    /// Batches and item outcomes receipted for `region`.
    public func syncReceiptTotals(region: String) throws -> SyncReceiptTotals {
        try writer.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) AS batches, TOTAL(item_count) AS items, TOTAL(imported) AS imported,
                        TOTAL(updated) AS updated, TOTAL(ignored) AS ignored, TOTAL(rejected) AS rejected
                    FROM sync_receipt r JOIN tenant t ON t.id = r.tenant_id WHERE t.code = ?
                    """, arguments: [region])!
            let int = { (name: String) in Int(row[name] as Double? ?? 0) }
            return SyncReceiptTotals(
                batches: row["batches"], items: int("items"), imported: int("imported"), updated: int("updated"),
                ignored: int("ignored"), rejected: int("rejected"))
        }
    }

    /// Creates `stream`'s feed with a fresh epoch if it does not exist yet, and then fills it with what was
    /// published before the feed existed (examples, catalogue releases), so a node reading from 0 gets everything.
    static func ensureFeed(_ stream: SyncStream, db: Database, at now: Date) throws {
        try db.execute(
            sql: "INSERT INTO sync_feed (stream, epoch, head) VALUES (?, ?, 0) ON CONFLICT (stream) DO NOTHING",
            arguments: [stream.rawValue, newEpoch()])
        if db.changesCount > 0 { try backfillFeed(stream, db: db, at: now) }
    }

    /// 64 random bits in hex: epochs only need to differ from every earlier one of the same hub.
    static func newEpoch() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 16)
    }
}
