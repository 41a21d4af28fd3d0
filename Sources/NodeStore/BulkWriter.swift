import GRDB
import PlanningDomain

/// Bulk inserts for the large feeds, with one prepared statement per table reused for every row.
enum BulkWriter {
    static func upsertActivity(
        _ counts: [WeeklyCount], series: String, _ objectIDs: [String: Int64], _ runID: Int64, _ db: Database
    ) throws -> Int {
        guard !counts.isEmpty else { return 0 }
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO weekly_activity (planning_object_id, series, week, count, import_run_id)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (planning_object_id, series, week) DO UPDATE
                    SET count = excluded.count, import_run_id = excluded.import_run_id
                WHERE count IS NOT excluded.count
                """)
        var changed = 0
        for count in counts {
            guard let objectID = objectIDs[count.planningObjectCode] else {
                throw StoreError.unknownReference("planeringsobjekt \(count.planningObjectCode)")
            }
            statement.setUncheckedArguments([objectID, series, count.week.key, count.count, runID])
            try statement.execute()
            changed += db.changesCount
        }
        return changed
    }

    /// Replaces the snapshot of the same date; returns the replaced snapshot's entry count, if there was one.
    static func replaceSnapshot(
        _ snapshot: WaitingListSnapshot, _ objectIDs: [String: Int64], _ runID: Int64, _ db: Database
    ) throws -> Int? {
        let date = snapshot.date.description
        let previous = try Int.fetchOne(
            db, sql: "SELECT entry_count FROM waiting_snapshot WHERE snapshot_date = ?", arguments: [date])
        try db.execute(sql: "DELETE FROM waiting_snapshot WHERE snapshot_date = ?", arguments: [date])
        try db.execute(
            sql: "INSERT INTO waiting_snapshot (snapshot_date, entry_count, import_run_id) VALUES (?, ?, ?)",
            arguments: [date, snapshot.entries.count, runID])
        let snapshotID = db.lastInsertedRowID
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO waiting_entry (snapshot_id, planning_object_id, waiting_since, medical_target_date, priority)
                VALUES (?, ?, ?, ?, ?)
                """)
        for entry in snapshot.entries {
            guard let objectID = objectIDs[entry.planningObjectCode] else {
                throw StoreError.unknownReference("planeringsobjekt \(entry.planningObjectCode)")
            }
            statement.setUncheckedArguments([
                snapshotID, objectID, entry.waitingSince.description, entry.medicalTargetDate?.description,
                entry.priority,
            ])
            try statement.execute()
        }
        return previous
    }

    static func upsertCapacity(_ records: [CapacityRecord], _ runID: Int64, _ db: Database) throws -> Int {
        guard !records.isEmpty else { return 0 }
        let unitIDs = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT code, id FROM org_unit").map {
                (row: Row) -> (String, Int64) in (row["code"], row["id"])
            })
        let resourceIDs = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT code, id FROM resource").map {
                (row: Row) -> (String, Int64) in (row["code"], row["id"])
            })
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO capacity (unit_id, resource_id, week, planned, absence, import_run_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_id, resource_id, week) DO UPDATE
                    SET planned = excluded.planned, absence = excluded.absence, import_run_id = excluded.import_run_id
                WHERE (planned, absence) IS NOT (excluded.planned, excluded.absence)
                """)
        var changed = 0
        for record in records {
            guard let unitID = unitIDs[record.unitCode] else {
                throw StoreError.unknownReference("enhet \(record.unitCode)")
            }
            guard let resourceID = resourceIDs[record.resourceCode] else {
                throw StoreError.unknownReference("resurs \(record.resourceCode)")
            }
            statement.setUncheckedArguments([unitID, resourceID, record.week.key, record.planned, record.absence, runID])
            try statement.execute()
            changed += db.changesCount
        }
        return changed
    }
}

/// A store-level error: something the import checks should have caught, so it is a defect if seen.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// A code that the database does not hold.
    case unknownReference(String)

    /// Swedish description.
    public var description: String {
        switch self {
        case .unknownReference(let what): "Okänd referens vid lagring: \(what). Inget har sparats."
        }
    }
}
