public import Foundation
import GRDB
public import WireProtocol

extension NodeStore {
    /// A down stream's durable position (``WireProtocol/DownloadCursor/start`` before the first page).
    public func downloadCursor(_ stream: SyncStream) throws -> DownloadCursor {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT epoch, sequence FROM sync_download_cursor WHERE stream = ?",
                    arguments: [stream.rawValue])
            else { return .start }
            return DownloadCursor(epoch: row["epoch"], sequence: row["sequence"])
        }
    }

    /// Applies a checked feed page and stores the new cursor in ONE transaction (spec §5.3); with `replaceAll`
    /// (the first page of a resync) the stream's local copy is dropped first.
    public func applyFeed(_ feed: ChangeFeed, newCursor: DownloadCursor, replaceAll: Bool, at now: Date) throws {
        try writer.write { db in
            switch feed.stream {
            case .nationalComparisons:
                try Self.applyComparisons(feed, replaceAll: replaceAll, at: now, db: db)
            case .publishedExamples:
                try Self.applyPublishedExamples(feed, replaceAll: replaceAll, at: now, db: db)
            case .definitions:
                try Self.applyCatalogueReleases(feed, replaceAll: replaceAll, at: now, db: db)
            case .exchangeState:
                try Self.applyExchangeStates(feed, replaceAll: replaceAll, at: now, db: db)
            default:
                throw StoreError.unknownReference("nedladdningsflödet \(feed.stream.rawValue) (stöds inte än)")
            }
            try db.execute(
                sql: """
                    INSERT INTO sync_download_cursor (stream, epoch, sequence, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (stream) DO UPDATE SET epoch = excluded.epoch, sequence = excluded.sequence,
                        updated_at = excluded.updated_at
                    """, arguments: [feed.stream.rawValue, newCursor.epoch, newCursor.sequence, now])
        }
    }

    private static func applyComparisons(_ feed: ChangeFeed, replaceAll: Bool, at now: Date, db: Database) throws {
        if replaceAll { try db.execute(sql: "DELETE FROM national_comparison") }
        for change in feed.changes {
            guard let payload = change.payload else {
                try db.execute(
                    sql: "DELETE FROM national_comparison WHERE item_key = ?", arguments: [change.key.rawValue])
                continue
            }
            let comparison = try CanonicalJSON.decode(NationalComparison.self, from: payload)
            try db.cachedStatement(
                sql: """
                    INSERT INTO national_comparison (item_key, indicator_id, definition_version, group_name, period,
                        national, content_hash, payload, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (item_key) DO UPDATE SET indicator_id = excluded.indicator_id,
                        definition_version = excluded.definition_version, group_name = excluded.group_name,
                        period = excluded.period, national = excluded.national, content_hash = excluded.content_hash,
                        payload = excluded.payload, received_at = excluded.received_at
                    """
            ).execute(
                arguments: [
                    change.key.rawValue, comparison.indicatorID, comparison.definitionVersion, comparison.group,
                    comparison.period, comparison.national, change.contentHash,
                    CanonicalJSON.text(of: payload), now,
                ])
        }
    }

    /// How many national comparisons the node holds.
    public func nationalComparisonCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM national_comparison") ?? 0 }
    }

    /// The national comparisons downloaded from the hub, by indicator, group and period.
    public func nationalComparisons(indicatorID: String? = nil) throws -> [NationalComparison] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT payload FROM national_comparison WHERE (? IS NULL OR indicator_id = ?)
                    ORDER BY indicator_id, group_name, period
                    """, arguments: [indicatorID, indicatorID]
            ).map { try CanonicalJSON.decode(NationalComparison.self, from: Array($0.utf8)) }
        }
    }
}
