import Foundation
import GRDB
import PlanningDomain
import WireProtocol

/// Appends changes to one down stream's change log (`sync_change`, see `HubSchema.syncV1`) inside the caller's
/// write transaction, so a change is committed together with the data it announces — or not at all.
///
/// Use ``HubStore/appendChanges(to:db:at:_:)``: it creates the feed if needed, hands out an appender and stores
/// the new head once at the end.
struct HubFeedAppender {
    /// The stream.
    let stream: SyncStream
    /// The sequence of the last change written.
    private(set) var head: Int64
    /// Changes written so far.
    private(set) var appended = 0
    private let changedAt: DatabaseValue
    private let select: Statement
    private let upsert: Statement

    init(_ stream: SyncStream, head: Int64, db: Database, at now: Date) throws {
        self.stream = stream
        self.head = head
        changedAt = now.databaseValue
        select = try db.cachedStatement(
            sql: "SELECT content_hash, payload IS NULL AS deleted FROM sync_change WHERE stream = ? AND item_key = ?")
        upsert = try db.cachedStatement(
            sql: """
                INSERT INTO sync_change (stream, item_key, sequence, content_hash, payload, changed_at, audience)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (stream, item_key) DO UPDATE SET sequence = excluded.sequence,
                    content_hash = excluded.content_hash, payload = excluded.payload, changed_at = excluded.changed_at,
                    audience = excluded.audience
                """)
    }

    /// Records `payload` as the latest state of `key` (nil: the key is deleted) with the next sequence, unless the
    /// log already says exactly that (same content hash). Deleting a key the log never held writes nothing.
    /// `audience` limits who reads the change to those region codes (nil: every node; see `HubStore.syncChanges`).
    ///
    /// - Returns: whether a change was written.
    @discardableResult
    mutating func append(_ key: NaturalKey, payload: JSONValue?, audience: [String]? = nil) throws -> Bool {
        let bytes = payload.map(CanonicalJSON.bytes(of:))
        let hash = ContentDigest.sha256Hex(bytes ?? CanonicalJSON.bytes(of: .null))
        let stored = try Row.fetchOne(select, arguments: [stream.rawValue, key.rawValue])
        if let stored, stored["content_hash"] as String == hash { return false }
        if stored == nil, payload == nil { return false }
        head += 1
        appended += 1
        let text = bytes.map { String(decoding: $0, as: UTF8.self) }
        let readers = audience.map { "," + $0.sorted().joined(separator: ",") + "," }
        try upsert.execute(arguments: [stream.rawValue, key.rawValue, head, hash, text, changedAt, readers])
        return true
    }
}

extension HubStore {
    /// Runs `body` with an appender for `stream`'s change log and stores the new head afterwards, all inside the
    /// caller's transaction. Creates the feed (with its backfill) on first use.
    static func appendChanges(
        to stream: SyncStream, db: Database, at now: Date, _ body: (inout HubFeedAppender) throws -> Void
    ) throws {
        try ensureFeed(stream, db: db, at: now)
        let head =
            try Int64.fetchOne(db, sql: "SELECT head FROM sync_feed WHERE stream = ?", arguments: [stream.rawValue])
            ?? 0
        var appender = try HubFeedAppender(stream, head: head, db: db, at: now)
        try body(&appender)
        guard appender.appended > 0 else { return }
        try db.execute(
            sql: "UPDATE sync_feed SET head = ? WHERE stream = ?", arguments: [appender.head, stream.rawValue])
    }
}
