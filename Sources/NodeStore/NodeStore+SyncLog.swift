public import Foundation
import GRDB
public import SyncEngine
public import WireProtocol

/// One batch in the node's sent log: what was sent, when, how often, and what the hub answered.
public struct SentBatch: Sendable, Hashable, Codable {
    /// One item as sent.
    public struct Item: Sendable, Hashable, Codable {
        /// The outbox sequence.
        public var sequence: Int64
        /// The natural key.
        public var key: String
        /// The content hash sent.
        public var contentHash: String
    }

    /// The batch id.
    public var batchID: String
    /// The stream.
    public var stream: String
    /// The acknowledged cursor the batch was built on.
    public var after: Int64
    /// Whether it was part of a resync.
    public var resync: Bool
    /// The items, in sequence order.
    public var items: [Item]
    /// First and latest attempt.
    public var firstSentAt: Date
    /// The latest attempt.
    public var lastSentAt: Date
    /// How many times it was sent.
    public var attempts: Int
    /// When the receipt was committed; nil while unacknowledged.
    public var acknowledgedAt: Date?
    /// Item outcomes from the receipt (imported, updated, ignored, rejected).
    public var outcomes: [String: Int]?
}

/// An item the hub (or the node itself) refused; it is never sent again.
public struct RejectedItem: Sendable, Hashable, Codable {
    /// The stream.
    public var stream: String
    /// The outbox sequence.
    public var sequence: Int64
    /// The natural key.
    public var key: String
    /// The reason code (`small-cell`, `too-large`, …).
    public var reason: String
    /// The hub's sentence, if any.
    public var message: String?
    /// The batch it was refused in; nil when the node refused it itself.
    public var batchID: String?
    /// When it was recorded.
    public var recordedAt: Date
}

extension NodeStore {
    /// Logs that `batch` is being sent now (a first attempt adds the batch with its items, a retry counts up).
    public func logBatchSent(_ batch: UploadBatch, at now: Date) throws {
        // The JSON of `[SentBatch.Item]`, built directly (the log is written for every batch sent).
        let items = JSONValue.array(
            batch.items.map {
                .object([
                    "sequence": .number(Double($0.sequence)), "key": .string($0.key.rawValue),
                    "contentHash": .string($0.contentHash),
                ])
            })
        let itemsJSON = CanonicalJSON.text(of: items)
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_batch_log (batch_id, stream, after_sequence, resync, item_count, items,
                        first_sent_at, last_sent_at, attempts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (batch_id) DO UPDATE SET last_sent_at = excluded.last_sent_at, attempts = attempts + 1
                    """,
                arguments: [
                    batch.batchID, batch.stream.rawValue, batch.after, batch.resync, batch.items.count, itemsJSON, now,
                    now,
                ])
        }
    }

    static func logReceipt(_ receipt: BatchReceipt, at now: Date, db: Database) throws {
        let count = { (outcome: ItemOutcome) in receipt.items.filter { $0.outcome == outcome }.count }
        try db.execute(
            sql: """
                UPDATE sync_batch_log SET acknowledged_at = ?, acknowledged_through = ?, imported = ?, updated = ?,
                    ignored = ?, rejected = ?, receipt = ?
                WHERE batch_id = ?
                """,
            arguments: [
                now, receipt.acknowledgedThrough, count(.imported), count(.updated), count(.ignored), count(.rejected),
                String(decoding: try CanonicalJSON.encode(receipt), as: UTF8.self), receipt.batchID,
            ])
    }

    /// The sent log, newest first.
    public func sentBatches(_ stream: SyncStream? = nil, limit: Int = 100) throws -> [SentBatch] {
        try writer.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM sync_batch_log WHERE (? IS NULL OR stream = ?)
                    ORDER BY first_sent_at DESC, rowid DESC LIMIT ?
                    """, arguments: [stream?.rawValue, stream?.rawValue, limit]
            ).map { row in
                let acknowledged: Date? = row["acknowledged_at"]
                return SentBatch(
                    batchID: row["batch_id"], stream: row["stream"], after: row["after_sequence"],
                    resync: row["resync"],
                    items: try decoder.decode([SentBatch.Item].self, from: Data((row["items"] as String).utf8)),
                    firstSentAt: row["first_sent_at"], lastSentAt: row["last_sent_at"], attempts: row["attempts"],
                    acknowledgedAt: acknowledged,
                    outcomes: acknowledged == nil
                        ? nil
                        : [
                            "imported": row["imported"], "updated": row["updated"], "ignored": row["ignored"],
                            "rejected": row["rejected"],
                        ])
            }
        }
    }

    /// Rejected items, newest first.
    public func rejectedItems(limit: Int = 100) throws -> [RejectedItem] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sync_rejection ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                RejectedItem(
                    stream: $0["stream"], sequence: $0["sequence"], key: $0["item_key"], reason: $0["reason"],
                    message: $0["message"], batchID: $0["batch_id"], recordedAt: $0["recorded_at"])
            }
        }
    }

    /// Stores a stream's status (phase, last success, last error, …) so every process sees it.
    public func saveStreamStatus(_ status: StreamStatus, at now: Date) throws {
        let json = String(decoding: try JSONEncoder().encode(status), as: UTF8.self)
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_stream_status (stream, status, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (stream) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
                    """, arguments: [status.stream.rawValue, json, now])
        }
    }

    /// The last stored status of every stream that has one.
    public func streamStatuses() throws -> [StreamStatus] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT status FROM sync_stream_status").compactMap {
                try? JSONDecoder().decode(StreamStatus.self, from: Data($0.utf8))
            }.sorted { $0.stream < $1.stream }
        }
    }
}
