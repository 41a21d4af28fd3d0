import GRDB
import PlanningDomain

/// Bulk inserts for the large feeds, with one prepared statement per table reused for every row.
enum BulkWriter {
    static func upsertActivity(
        _ counts: [WeeklyCount], series: ActivitySeries, _ objectIDs: [String: Int64], _ runID: Int64,
        _ db: Database
    ) throws -> Int {
        guard !counts.isEmpty else { return 0 }
        var insert = ChunkedInsert(
            db, head: "INSERT INTO weekly_activity (planning_object_id, series, week, count, import_run_id) VALUES",
            row: "(?, '\(series.rawValue)', ?, ?, \(runID))",
            tail: """
                ON CONFLICT (planning_object_id, series, week) DO UPDATE
                    SET count = excluded.count, import_run_id = excluded.import_run_id
                WHERE count IS NOT excluded.count
                """)
        var lookup = CodeLookup(objectIDs, what: "planeringsobjekt")
        for count in counts {
            try insert.add(
                .integer(try lookup.id(for: count.planningObjectCode)), .integer(Int64(count.week.key)),
                .integer(Int64(count.count)))
        }
        return try insert.finish()
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
        var insert = ChunkedInsert(
            db,
            head: """
                INSERT INTO waiting_entry (snapshot_id, planning_object_id, waiting_since, medical_target_date, priority)
                VALUES
                """,
            row: "(\(snapshotID), ?, ?, ?, ?)", tail: "")
        var lookup = CodeLookup(objectIDs, what: "planeringsobjekt")
        var keyed: [(objectID: Int64, entry: WaitingEntry)] = []
        keyed.reserveCapacity(snapshot.entries.count)
        for entry in snapshot.entries { keyed.append((try lookup.id(for: entry.planningObjectCode), entry)) }
        // Inserting in object order turns both indexes' random inserts into appends: several times faster for
        // a large list, and the stored order (longest waiter first within an object) reads naturally.
        keyed.sort { ($0.objectID, $0.entry.waitingSince) < ($1.objectID, $1.entry.waitingSince) }
        var waited = DayCounts()
        for (objectID, entry) in keyed {
            try insert.add(
                .integer(objectID), .text(entry.waitingSince.description),
                .text(entry.medicalTargetDate?.description), .text(entry.priority))
            waited.add(objectID, entry.daysWaited(at: snapshot.date))
        }
        _ = try insert.finish()
        try waited.insert(into: "waiting_day_count", keyColumn: "snapshot_id", key: snapshotID, db)
        return previous
    }

    /// Replaces every ISO week the waits were performed in; returns the number of waits stored.
    static func replaceCompletedWaits(
        _ waits: [CompletedWait], _ objectIDs: [String: Int64], _ runID: Int64, _ db: Database
    ) throws -> Int {
        guard !waits.isEmpty else { return 0 }
        let weeks = Set(waits.map { ISOWeek(containing: $0.performedOn).key })
        var lookup = CodeLookup(objectIDs, what: "planeringsobjekt")
        var incoming: [String] = []
        incoming.reserveCapacity(waits.count)
        for wait in waits {
            incoming.append("\(try lookup.id(for: wait.planningObjectCode)) \(wait.waitingSince) \(wait.performedOn)")
        }
        var stored: [String] = []
        let select = try db.makeStatement(
            sql: "SELECT planning_object_id, waiting_since, performed_on FROM completed_wait WHERE performed_week = ?")
        for week in weeks {
            let rows = try Row.fetchCursor(select, arguments: [week])
            while let row = try rows.next() {
                stored.append("\(row[0] as Int64) \(row[1] as String) \(row[2] as String)")
            }
        }
        // The same weeks with the same waits (as a multiset): nothing to change.
        if stored.count == incoming.count, stored.sorted() == incoming.sorted() { return 0 }
        let delete = try db.makeStatement(sql: "DELETE FROM completed_wait WHERE performed_week = ?")
        let deleteCounts = try db.makeStatement(sql: "DELETE FROM completed_wait_day_count WHERE performed_week = ?")
        for week in weeks.sorted() {
            try delete.execute(arguments: [week])
            try deleteCounts.execute(arguments: [week])
        }
        var insert = ChunkedInsert(
            db,
            head: """
                INSERT INTO completed_wait (planning_object_id, waiting_since, performed_on, performed_week,
                    import_run_id) VALUES
                """,
            row: "(?, ?, ?, ?, \(runID))", tail: "")
        var waited: [Int: DayCounts] = [:]
        for wait in waits {
            let objectID = try lookup.id(for: wait.planningObjectCode)
            let week = wait.performedWeek.key
            try insert.add(
                .integer(objectID), .text(wait.waitingSince.description), .text(wait.performedOn.description),
                .integer(Int64(week)))
            waited[week, default: DayCounts()].add(objectID, wait.daysWaited)
        }
        _ = try insert.finish()
        for (week, counts) in waited.sorted(by: { $0.key < $1.key }) {
            try counts.insert(into: "completed_wait_day_count", keyColumn: "performed_week", key: Int64(week), db)
        }
        return waits.count
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
        var insert = ChunkedInsert(
            db, head: "INSERT INTO capacity (unit_id, resource_id, week, planned, absence, import_run_id) VALUES",
            row: "(?, ?, ?, ?, ?, \(runID))",
            tail: """
                ON CONFLICT (unit_id, resource_id, week) DO UPDATE
                    SET planned = excluded.planned, absence = excluded.absence, import_run_id = excluded.import_run_id
                WHERE (planned, absence) IS NOT (excluded.planned, excluded.absence)
                """)
        for record in records {
            guard let unitID = unitIDs[record.unitCode] else {
                throw StoreError.unknownReference("enhet \(record.unitCode)")
            }
            guard let resourceID = resourceIDs[record.resourceCode] else {
                throw StoreError.unknownReference("resurs \(record.resourceCode)")
            }
            try insert.add(
                .integer(unitID), .integer(resourceID), .integer(Int64(record.week.key)), .real(record.planned),
                .real(record.absence))
        }
        return try insert.finish()
    }
}

/// Maps codes to row ids, trying the previous row's code first (feeds are usually grouped by code).
struct CodeLookup {
    private let ids: [String: Int64]
    private let what: String
    private var lastCode = ""
    private var lastID: Int64 = -1

    init(_ ids: [String: Int64], what: String) {
        self.ids = ids
        self.what = what
    }

    mutating func id(for code: String) throws -> Int64 {
        if lastID >= 0 && code == lastCode { return lastID }
        guard let id = ids[code] else { throw StoreError.unknownReference("\(what) \(code)") }
        lastCode = code
        lastID = id
        return id
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

/// Patients per (planning object, days waited), as the indicators read them (`waiting_day_count`,
/// `completed_wait_day_count`).
struct DayCounts {
    private var counts: [Int64: [Int: Int]] = [:]

    mutating func add(_ objectID: Int64, _ days: Int) { counts[objectID, default: [:]][days, default: 0] += 1 }

    /// Inserts every count under `key` in the table's leading `keyColumn`.
    func insert(into table: String, keyColumn: String, key: Int64, _ db: Database) throws {
        var insert = ChunkedInsert(
            db, head: "INSERT INTO \(table) (\(keyColumn), planning_object_id, days, count) VALUES",
            row: "(\(key), ?, ?, ?)", tail: "")
        for objectID in counts.keys.sorted() {
            for (days, count) in counts[objectID]!.sorted(by: { $0.key < $1.key }) {
                try insert.add(.integer(objectID), .integer(Int64(days)), .integer(Int64(count)))
            }
        }
        _ = try insert.finish()
    }
}
