public import Foundation
import GRDB
public import SyncEngine
public import WireProtocol

extension NodeStore {
    /// Writes an export to the outbox in ONE write transaction: `makeWrites` gets the content hash last exported
    /// per key (so it can leave unchanged cells out) and returns the writes; each replaces any pending entry of its
    /// key with a fresh sequence and becomes the key's current export. A throw from `makeWrites` writes nothing.
    ///
    /// - Returns: the number of entries enqueued.
    @discardableResult
    public func writeExport(
        _ stream: SyncStream, at now: Date, _ makeWrites: ([NaturalKey: String]) throws -> [OutboxWrite]
    ) throws -> Int {
        try writer.write { db in
            let writes = try makeWrites(try Self.lastExported(stream, db: db))
            try Self.enqueue(writes, stream: stream, at: now, db: db)
            return writes.count
        }
    }

    /// The content hash last exported per key of `stream`.
    static func lastExported(_ stream: SyncStream, db: Database) throws -> [NaturalKey: String] {
        var lastExported: [NaturalKey: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT item_key, content_hash FROM sync_export WHERE stream = ?", arguments: [stream.rawValue]
        ) {
            if let key = NaturalKey(rawValue: row["item_key"]) { lastExported[key] = row["content_hash"] }
        }
        return lastExported
    }

    /// Enqueues `writes` inside the caller's transaction (the one that wrote the data they come from).
    static func enqueue(_ writes: [OutboxWrite], stream: SyncStream, at now: Date, db: Database) throws {
        guard !writes.isEmpty else { return }
        var sequence =
            try Int64.fetchOne(
                db, sql: "SELECT last_sequence FROM sync_sequence WHERE stream = ?", arguments: [stream.rawValue]) ?? 0
        let outbox = try db.makeStatement(
            sql: """
                INSERT INTO sync_outbox (stream, item_key, sequence, content_hash, enqueued_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (stream, item_key) DO UPDATE SET sequence = excluded.sequence,
                    content_hash = excluded.content_hash, enqueued_at = excluded.enqueued_at
                """)
        let export = try db.makeStatement(
            sql: """
                INSERT INTO sync_export (stream, item_key, content_hash, payload, exported_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (stream, item_key) DO UPDATE SET content_hash = excluded.content_hash,
                    payload = excluded.payload, exported_at = excluded.exported_at
                """)
        let stamp = now.databaseValue
        for write in writes where write.stream == stream {
            sequence += 1
            let payload = write.canonicalText
            // The outbox entry and the export it sends, together (the upload reads the payload from the export).
            try outbox.execute(arguments: [stream.rawValue, write.key.rawValue, sequence, write.contentHash, stamp])
            try export.execute(arguments: [stream.rawValue, write.key.rawValue, write.contentHash, payload, stamp])
        }
        try db.execute(
            sql: """
                INSERT INTO sync_sequence (stream, last_sequence) VALUES (?, ?)
                ON CONFLICT (stream) DO UPDATE SET last_sequence = excluded.last_sequence
                """, arguments: [stream.rawValue, sequence])
    }

    /// How many entries wait in the outbox and when the oldest was written.
    public func outboxSummary(_ stream: SyncStream) throws -> OutboxSummary {
        try writer.read { db in try Self.outboxSummary(stream, db: db) }
    }

    static func outboxSummary(_ stream: SyncStream, db: Database) throws -> OutboxSummary {
        let row = try Row.fetchOne(
            db, sql: "SELECT COUNT(*) AS n, MIN(enqueued_at) AS oldest FROM sync_outbox WHERE stream = ?",
            arguments: [stream.rawValue])!
        return OutboxSummary(pendingCount: row["n"], oldestEnqueuedAt: (row["oldest"] as Date?).map(SyncInstant.init))
    }

    /// Up to `limit` outbox entries with `sequence > after`, in sequence order.
    public func outboxItems(_ stream: SyncStream, after: Int64, limit: Int) throws -> [UploadItem] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.item_key, o.sequence, o.content_hash, e.payload FROM sync_outbox o
                    LEFT JOIN sync_export e
                        ON e.stream = o.stream AND e.item_key = o.item_key AND e.content_hash = o.content_hash
                    WHERE o.stream = ? AND o.sequence > ? ORDER BY o.sequence LIMIT ?
                    """, arguments: [stream.rawValue, after, limit]
            ).map { row in
                guard let key = NaturalKey(rawValue: row["item_key"]) else {
                    throw StoreError.unknownReference("nyckel \(row["item_key"] as String) i utkorgen")
                }
                // Written together, so never apart; should it happen, loading fails with this error (the stream's
                // last error) rather than send anything else.
                guard row["payload"] as String? != nil else {
                    throw StoreError.unknownReference("exporten av \(key) i utkorgen")
                }
                return UploadItem(
                    sequence: row["sequence"], key: key, contentHash: row["content_hash"],
                    payload: try CanonicalJSON.parse(Array((row["payload"] as String).utf8)))
            }
        }
    }

    /// The highest sequence the hub has durably acknowledged (0 when nothing).
    public func acknowledgedCursor(_ stream: SyncStream) throws -> Int64 {
        try writer.read { db in
            try Int64.fetchOne(
                db, sql: "SELECT acknowledged_through FROM sync_upload_cursor WHERE stream = ?",
                arguments: [stream.rawValue]) ?? 0
        }
    }

    /// The last outbox sequence handed out (0 when none).
    public func lastOutboxSequence(_ stream: SyncStream) throws -> Int64 {
        try writer.read { db in
            try Int64.fetchOne(
                db, sql: "SELECT last_sequence FROM sync_sequence WHERE stream = ?", arguments: [stream.rawValue]) ?? 0
        }
    }

    /// A node restored from a backup continues its sequences above what the hub acknowledged (spec §6), so a
    /// new write can never reuse a sequence the hub already holds.
    public func continueSequences(_ stream: SyncStream, above hubAcknowledged: Int64) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO sync_sequence (stream, last_sequence) VALUES (?, ?)
                    ON CONFLICT (stream) DO UPDATE SET last_sequence = MAX(last_sequence, excluded.last_sequence)
                    """, arguments: [stream.rawValue, hubAcknowledged])
        }
    }

    /// The receipt transaction (spec §4.8), all in one write: remove the batch's entries from the outbox unless a
    /// newer write replaced them, record rejected items, log the receipt, and move the acknowledged cursor (never
    /// backwards). Returns the outbox afterwards.
    public func commitReceipt(
        _ batch: UploadBatch, _ receipt: BatchReceipt, newCursor: Int64, at now: Date
    ) throws -> OutboxSummary {
        try writer.write { db in
            let stream = batch.stream.rawValue
            let remove = try db.makeStatement(
                sql: "DELETE FROM sync_outbox WHERE stream = ? AND item_key = ? AND sequence = ?")
            for item in batch.items { try remove.execute(arguments: [stream, item.key.rawValue, item.sequence]) }
            try Self.insertRejections(
                receipt.items.filter { $0.outcome == .rejected }, stream: batch.stream, batchID: batch.batchID,
                at: now, db: db)
            try db.execute(
                sql: """
                    INSERT INTO sync_upload_cursor (stream, acknowledged_through, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (stream) DO UPDATE
                        SET acknowledged_through = MAX(acknowledged_through, excluded.acknowledged_through),
                            updated_at = excluded.updated_at
                    """, arguments: [stream, newCursor, now])
            try Self.logReceipt(receipt, at: now, db: db)
            return try Self.outboxSummary(batch.stream, db: db)
        }
    }

    /// Moves refused items (rejected by the node itself, e.g. too large) from the outbox to the rejection log.
    public func recordRejections(
        _ stream: SyncStream, _ receipts: [ItemReceipt], at now: Date
    ) throws -> OutboxSummary {
        try writer.write { db in
            let remove = try db.makeStatement(
                sql: "DELETE FROM sync_outbox WHERE stream = ? AND item_key = ? AND sequence = ?")
            for receipt in receipts {
                try remove.execute(arguments: [stream.rawValue, receipt.key.rawValue, receipt.sequence])
            }
            try Self.insertRejections(receipts, stream: stream, batchID: nil, at: now, db: db)
            return try Self.outboxSummary(stream, db: db)
        }
    }

    /// Resync of an up stream (spec §6): every current export goes back into the outbox with a fresh sequence.
    /// The acknowledged cursor does not move.
    public func reenqueueAllExports(_ stream: SyncStream, at now: Date) throws -> OutboxSummary {
        try writer.write { db in
            let writes = try Row.fetchAll(
                db, sql: "SELECT item_key, payload FROM sync_export WHERE stream = ? ORDER BY item_key",
                arguments: [stream.rawValue]
            ).compactMap { row -> OutboxWrite? in
                guard let key = NaturalKey(rawValue: row["item_key"]),
                    let payload = try? CanonicalJSON.parse(Array((row["payload"] as String).utf8))
                else { return nil }
                return OutboxWrite(stream: stream, key: key, payload: payload)
            }
            try Self.enqueue(writes, stream: stream, at: now, db: db)
            return try Self.outboxSummary(stream, db: db)
        }
    }

    /// The current export of every key of `stream` (content hash by key).
    public func exportedHashes(_ stream: SyncStream) throws -> [NaturalKey: String] {
        try writer.read { db in
            var hashes: [NaturalKey: String] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT item_key, content_hash FROM sync_export WHERE stream = ?", arguments: [stream.rawValue]
            ) {
                if let key = NaturalKey(rawValue: row["item_key"]) { hashes[key] = row["content_hash"] }
            }
            return hashes
        }
    }

    private static func insertRejections(
        _ receipts: [ItemReceipt], stream: SyncStream, batchID: String?, at now: Date, db: Database
    ) throws {
        for receipt in receipts {
            try db.execute(
                sql: """
                    INSERT INTO sync_rejection (stream, sequence, item_key, reason, message, batch_id, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    stream.rawValue, receipt.sequence, receipt.key.rawValue, receipt.reason?.rawValue ?? "rejected",
                    receipt.message, batchID, now,
                ])
        }
    }
}

extension SyncInstant {
    /// The instant of a date, to the millisecond.
    public init(_ date: Date) {
        self.init(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// The instant as a date.
    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
