import GRDB
public import PlanningDomain

/// A file that took part in an import run, for the import log.
public struct ImportedFile: Sendable, Hashable {
    /// The file's name as given.
    public var fileName: String
    /// The feed it was read as (its raw name, e.g. "inflow").
    public var feed: String
    /// A fingerprint of the file's bytes, so the log shows when the same file came twice.
    public var fingerprint: String
    /// Data rows read.
    public var rowCount: Int

    /// Creates an entry.
    public init(fileName: String, feed: String, fingerprint: String, rowCount: Int) {
        self.fileName = fileName
        self.feed = feed
        self.fingerprint = fingerprint
        self.rowCount = rowCount
    }
}

/// What one import run did.
public struct ImportReceipt: Sendable, Hashable {
    /// The import run's id in the log.
    public var runID: Int64
    /// Records received.
    public var recordCount: Int
    /// Records inserted or changed; the rest were already stored with the same values.
    public var changedCount: Int
    /// Waiting-list snapshots replaced, with their previous entry counts.
    public var replacedSnapshots: [CivilDate: Int]
}

extension NodeStore {
    /// Stores a validated batch in one transaction: all of it or, on any error, none of it.
    ///
    /// Master data is upserted by code, weekly counts and capacity by their natural keys, a waiting-list
    /// snapshot replaces a stored snapshot of the same date, and completed waits replace the ISO weeks they hold. Importing the same files again changes nothing.
    public func storeImport(
        _ batch: RegionDataBatch, files: [ImportedFile], importedAt: String
    ) throws -> ImportReceipt {
        try writer.write { db in
            try db.execute(
                sql: "INSERT INTO import_run (imported_at, record_count, changed_count) VALUES (?, ?, 0)",
                arguments: [importedAt, batch.recordCount])
            let runID = db.lastInsertedRowID
            let fileStatement = try db.makeStatement(
                sql:
                    "INSERT INTO import_file (import_run_id, file_name, feed, fingerprint, row_count) VALUES (?,?,?,?,?)"
            )
            for file in files {
                try fileStatement.execute(arguments: [runID, file.fileName, file.feed, file.fingerprint, file.rowCount])
            }
            var changed = try NodeStore.upsertMasterData(batch, db: db)
            let objectIDs = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT code, id FROM planning_object").map {
                    (row: Row) -> (String, Int64) in (row["code"], row["id"])
                })
            for series in ActivitySeries.allCases {
                changed += try BulkWriter.upsertActivity(batch.counts(of: series), series: series, objectIDs, runID, db)
            }
            var replaced: [CivilDate: Int] = [:]
            for snapshot in batch.waitingSnapshots {
                if let previous = try BulkWriter.replaceSnapshot(snapshot, objectIDs, runID, db) {
                    replaced[snapshot.date] = previous
                }
                changed += snapshot.entries.count
            }
            changed += try BulkWriter.replaceCompletedWaits(batch.completedWaits, objectIDs, runID, db)
            changed += try BulkWriter.upsertCapacity(batch.capacity, runID, db)
            try db.execute(sql: "UPDATE import_run SET changed_count = ? WHERE id = ?", arguments: [changed, runID])
            return ImportReceipt(
                runID: runID, recordCount: batch.recordCount, changedCount: changed, replacedSnapshots: replaced)
        }
    }
}
