import GRDB
public import PlanningDomain

/// Waiting patients of one planning object who started waiting on the same day.
public struct WaitingGroup: Sendable, Hashable {
    /// The planning object's code.
    public var objectCode: String
    /// The day they started waiting.
    public var waitingSince: CivilDate
    /// How many.
    public var count: Int

    /// Creates a group.
    public init(objectCode: String, waitingSince: CivilDate, count: Int) {
        self.objectCode = objectCode
        self.waitingSince = waitingSince
        self.count = count
    }
}

/// A capacity row as forecast before its week began and as reported afterwards.
public struct CapacityRevisionPair: Sendable, Hashable {
    /// The value that stood before the week's Monday (the latest one imported before it).
    public var forecast: CapacityRecord
    /// The value stored now, imported on or after the week's Monday.
    public var actual: CapacityRecord
}

extension NodeStore {
    /// Capacity rows that have both a forecast and an actual value: the row as it stood before the week began (the
    /// latest value imported before the week's Monday, from the revisions an import replaced) and the row stored
    /// now, provided it was imported on or after that Monday. Rows never revised are left out in SQL.
    public func capacityRevisionPairs() throws -> [CapacityRevisionPair] {
        try writer.read { db in
            let current = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.unit_id, c.resource_id, c.week, c.planned, c.absence, r.imported_at,
                           u.code AS unit, s.code AS resource
                    FROM capacity c JOIN import_run r ON r.id = c.import_run_id
                    JOIN org_unit u ON u.id = c.unit_id JOIN resource s ON s.id = c.resource_id
                    WHERE EXISTS (
                        SELECT 1 FROM capacity_revision v
                        WHERE v.unit_id = c.unit_id AND v.resource_id = c.resource_id AND v.week = c.week)
                    ORDER BY u.code, s.code, c.week
                    """)
            let revisionStatement = try db.makeStatement(
                sql: """
                    SELECT v.planned, v.absence, r.imported_at
                    FROM capacity_revision v JOIN import_run r ON r.id = v.import_run_id
                    WHERE v.unit_id = ? AND v.resource_id = ? AND v.week = ? ORDER BY v.id
                    """)
            var pairs: [CapacityRevisionPair] = []
            for row in current {
                guard let week = ISOWeek(key: row["week"]) else { continue }
                // Dates as text: an ISO timestamp sorts before the Monday's date exactly when it is earlier.
                let monday = week.monday.description
                let importedAt: String = row["imported_at"]
                guard importedAt >= monday else { continue }
                let unitID: Int64 = row["unit_id"]
                let resourceID: Int64 = row["resource_id"]
                let revisions = try Row.fetchAll(revisionStatement, arguments: [unitID, resourceID, week.key])
                guard let before = revisions.last(where: { ($0["imported_at"] as String) < monday }) else { continue }
                let unit: String = row["unit"]
                let resource: String = row["resource"]
                pairs.append(
                    CapacityRevisionPair(
                        forecast: CapacityRecord(
                            unitCode: unit, resourceCode: resource, week: week, planned: before["planned"],
                            absence: before["absence"]),
                        actual: CapacityRecord(
                            unitCode: unit, resourceCode: resource, week: week, planned: row["planned"],
                            absence: row["absence"])))
            }
            return pairs
        }
    }

    /// The inflow forecast that stood before `week`: per object, the values from `week` on of its latest
    /// forecast run whose last history week is earlier than `week`.
    public func inflowForecastStanding(before week: ISOWeek) throws -> [ForecastedWeek] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code AS object, v.week, v.mean
                    FROM forecast f
                    JOIN planning_object o ON o.id = f.planning_object_id
                    JOIN forecast_value v ON v.forecast_id = f.id
                    WHERE v.week >= ? AND f.id = (
                        SELECT f2.id FROM forecast f2 JOIN forecast_run r2 ON r2.id = f2.run_id
                        WHERE f2.planning_object_id = f.planning_object_id AND r2.series = 'inflow'
                          AND r2.last_history_week < ?
                        ORDER BY r2.id DESC LIMIT 1)
                    ORDER BY o.code, v.week
                    """, arguments: [week.key, week.key]
            ).compactMap { row in
                ISOWeek(key: row["week"]).map { ForecastedWeek(objectCode: row["object"], week: $0, mean: row["mean"]) }
            }
        }
    }

    /// The dates of every waiting-list snapshot, oldest first.
    public func waitingSnapshotDates() throws -> [CivilDate] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT snapshot_date FROM waiting_snapshot ORDER BY snapshot_date")
                .compactMap { CivilDate.parse($0) }
        }
    }

    /// Patients per object on each snapshot taken between `first` and `last` (counted in SQL); an object
    /// with nobody waiting is absent.
    public func waitingCountsPerSnapshot(from first: CivilDate, through last: CivilDate) throws
        -> [CivilDate: [String: Int]]
    {
        try writer.read { db in
            var result: [CivilDate: [String: Int]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.snapshot_date, o.code, COUNT(*) AS n
                    FROM waiting_snapshot s JOIN waiting_entry e ON e.snapshot_id = s.id
                    JOIN planning_object o ON o.id = e.planning_object_id
                    WHERE s.snapshot_date BETWEEN ? AND ?
                    GROUP BY s.id, o.code
                    """, arguments: [first.description, last.description])
            while let row = try rows.next() {
                guard let date = CivilDate.parse(row["snapshot_date"] as String) else { continue }
                result[date, default: [:]][row["code"]] = row["n"]
            }
            return result
        }
    }

    /// The patients on the snapshot of `date`, grouped by object and waiting-start day.
    public func waitingGroups(on date: CivilDate) throws -> [WaitingGroup] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code, e.waiting_since, COUNT(*) AS n
                    FROM waiting_snapshot s JOIN waiting_entry e ON e.snapshot_id = s.id
                    JOIN planning_object o ON o.id = e.planning_object_id
                    WHERE s.snapshot_date = ?
                    GROUP BY o.code, e.waiting_since ORDER BY o.code, e.waiting_since
                    """, arguments: [date.description]
            ).compactMap(Self.waitingGroup)
        }
    }

    /// The patients on the snapshot of `earlier` who are not on the snapshot of `later`, grouped by object and
    /// waiting-start day. Entries carry no identity, so a patient is matched by object and waiting-start day:
    /// per group, how many fewer the later snapshot has.
    public func leftWaitingList(between earlier: CivilDate, and later: CivilDate) throws -> [WaitingGroup] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    WITH a AS (
                        SELECT e.planning_object_id AS object_id, e.waiting_since, COUNT(*) AS n
                        FROM waiting_entry e JOIN waiting_snapshot s ON s.id = e.snapshot_id
                        WHERE s.snapshot_date = ? GROUP BY 1, 2),
                    b AS (
                        SELECT e.planning_object_id AS object_id, e.waiting_since, COUNT(*) AS n
                        FROM waiting_entry e JOIN waiting_snapshot s ON s.id = e.snapshot_id
                        WHERE s.snapshot_date = ? GROUP BY 1, 2)
                    SELECT o.code, a.waiting_since, a.n - COALESCE(b.n, 0) AS n
                    FROM a LEFT JOIN b ON b.object_id = a.object_id AND b.waiting_since = a.waiting_since
                    JOIN planning_object o ON o.id = a.object_id
                    WHERE a.n > COALESCE(b.n, 0)
                    ORDER BY o.code, a.waiting_since
                    """, arguments: [earlier.description, later.description]
            ).compactMap(Self.waitingGroup)
        }
    }

    private static func waitingGroup(_ row: Row) -> WaitingGroup? {
        guard let since = CivilDate.parse(row["waiting_since"] as String) else { return nil }
        return WaitingGroup(objectCode: row["code"], waitingSince: since, count: row["n"])
    }
}
