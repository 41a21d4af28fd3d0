import Foundation
import GRDB
import SyncEngine
import WireProtocol

extension HubStore {
    /// Recomputes the national comparison of every indicator cell `receipt` imported or updated, and records each
    /// changed comparison in the `national-comparisons` feed. Runs inside the batch's transaction, so the feed can
    /// never lag behind committed values (a crash loses both or neither).
    static func publishComparisons(for receipt: BatchReceipt, db: Database, at now: Date) throws {
        let cells = Set(
            receipt.items.filter { $0.outcome == .imported || $0.outcome == .updated }.compactMap {
                NationalComparisonBuilder.cellParts(of: $0.key)
            })
        guard !cells.isEmpty else { return }
        let regions = try String.fetchAll(db, sql: "SELECT code FROM tenant WHERE kind = 'region' ORDER BY code")
        try ensureFeed(.nationalComparisons, db: db)
        let stream = SyncStream.nationalComparisons.rawValue
        var head = try Int64.fetchOne(db, sql: "SELECT head FROM sync_feed WHERE stream = ?", arguments: [stream]) ?? 0
        let placeholders = Array(repeating: "?", count: regions.count).joined(separator: ", ")
        let select = try db.makeStatement(
            sql: "SELECT payload FROM sync_record WHERE stream = ? AND item_key IN (\(placeholders))")
        for cell in cells.sorted(by: { $0.joined(separator: "/") < $1.joined(separator: "/") }) {
            let keys = regions.map { NaturalKey(owner: $0, kind: "indicator", parts: cell).rawValue }
            let payloads = try String.fetchAll(
                select, arguments: StatementArguments([SyncStream.indicators.rawValue] + keys))
            let values = payloads.compactMap { try? CanonicalJSON.decode(IndicatorValue.self, from: Array($0.utf8)) }
            guard let comparison = NationalComparisonBuilder.comparison(of: values) else { continue }
            let payload = try CanonicalJSON.jsonValue(comparison)
            let hash = CanonicalJSON.sha256Hex(of: payload)
            let key = comparison.naturalKey.rawValue
            let stored = try String.fetchOne(
                db, sql: "SELECT content_hash FROM sync_change WHERE stream = ? AND item_key = ?",
                arguments: [stream, key])
            if stored == hash { continue }
            head += 1
            try db.execute(
                sql: """
                    INSERT INTO sync_change (stream, item_key, sequence, content_hash, payload, changed_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (stream, item_key) DO UPDATE SET sequence = excluded.sequence,
                        content_hash = excluded.content_hash, payload = excluded.payload,
                        changed_at = excluded.changed_at
                    """,
                arguments: [
                    stream, key, head, hash, String(decoding: CanonicalJSON.bytes(of: payload), as: UTF8.self), now,
                ])
        }
        try db.execute(sql: "UPDATE sync_feed SET head = ? WHERE stream = ?", arguments: [head, stream])
    }
}
