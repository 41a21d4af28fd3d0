public import Foundation
import GRDB
public import PlanningDomain
public import SyncEngine
public import WireProtocol

extension NodeStore {
    /// Everything the node has published so far, as disclosure control reads it (oldest first).
    public func publicationLedger() throws -> PublicationLedger {
        try writer.read { db in try Self.publicationLedger(db) }
    }

    /// Writes an indicator export to the outbox and records what it publishes in the ledger, in ONE write
    /// transaction: `makeWrites` gets the content hash last exported per key and the ledger as it stands, and
    /// returns the writes and the ledger records. So the ledger a gate checks against is exactly what was
    /// committed before, and a record exists exactly when its export was committed. A throw writes nothing.
    ///
    /// - Returns: the number of entries enqueued.
    @discardableResult
    public func writeIndicatorExport(
        at now: Date,
        _ makeWrites: ([NaturalKey: String], PublicationLedger) throws -> (
            writes: [OutboxWrite], published: [PublicationRecord]
        )
    ) throws -> Int {
        try writer.write { db in
            let (writes, published) = try makeWrites(
                try Self.lastExported(.indicators, db: db), try Self.publicationLedger(db))
            try Self.enqueue(writes, stream: .indicators, at: now, db: db)
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO disclosure_ledger (cell_key, count, rule_version, published_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (cell_key, count) DO NOTHING
                    """)
            // Ratio records are not stored: a ratio is only published with its counts, which are.
            for record in published {
                guard let count = record.value.count else { continue }
                try insert.execute(arguments: [record.key.rawValue, count, record.ruleVersion, record.publishedAt])
            }
            return writes.count
        }
    }

    static func publicationLedger(_ db: Database) throws -> PublicationLedger {
        let records = try Row.fetchAll(
            db,
            sql:
                "SELECT cell_key, count, rule_version, published_at FROM disclosure_ledger ORDER BY published_at, cell_key, count"
        ).map { row in
            PublicationRecord(
                key: DisclosureCellKey(row["cell_key"] as String), value: .count(row["count"]),
                ruleVersion: row["rule_version"], publishedAt: row["published_at"])
        }
        do {
            return try PublicationLedger(records: records)
        } catch {
            throw DisclosureLedgerError(message: error.message)
        }
    }
}
