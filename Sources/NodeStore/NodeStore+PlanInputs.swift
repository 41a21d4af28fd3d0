import GRDB
public import PlanningDomain

/// Patients on the latest waiting-list snapshot who joined in the same week, per planning object.
public struct StoredWaitingCount: Sendable, Hashable {
    /// The planning object's code.
    public var objectCode: String
    /// The ISO week the patients joined the list.
    public var joined: ISOWeek
    /// How many.
    public var count: Int
}

extension NodeStore {
    /// Every capacity row (planned and absence per unit, resource and week), optionally only for `unitCodes`.
    public func capacityRecords(unitCodes: Set<String>? = nil) throws -> [CapacityRecord] {
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT u.code AS unit, r.code AS resource, c.week, c.planned, c.absence
                    FROM capacity c JOIN org_unit u ON u.id = c.unit_id JOIN resource r ON r.id = c.resource_id
                    ORDER BY u.code, r.code, c.week
                    """)
            var result: [CapacityRecord] = []
            while let row = try rows.next() {
                let unit: String = row["unit"]
                if let unitCodes, !unitCodes.contains(unit) { continue }
                result.append(
                    CapacityRecord(
                        unitCode: unit, resourceCode: row["resource"], week: ISOWeek(key: row["week"])!,
                        planned: row["planned"], absence: row["absence"]))
            }
            return result
        }
    }

    /// The latest waiting-list snapshot's date and its patients counted per object and week joined.
    public func latestWaitingCounts() throws -> (date: String?, counts: [StoredWaitingCount]) {
        try writer.read { db in
            guard
                let snapshot = try Row.fetchOne(
                    db, sql: "SELECT id, snapshot_date FROM waiting_snapshot ORDER BY snapshot_date DESC LIMIT 1")
            else { return (nil, []) }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code AS object, e.waiting_since, COUNT(*) AS n
                    FROM waiting_entry e JOIN planning_object o ON o.id = e.planning_object_id
                    WHERE e.snapshot_id = ?
                    GROUP BY o.code, e.waiting_since ORDER BY o.code, e.waiting_since
                    """, arguments: [snapshot["id"] as Int64])
            var counts: [String: [ISOWeek: Int]] = [:]
            for row in rows {
                guard let date = CivilDate.parse(row["waiting_since"] as String) else { continue }
                counts[row["object"], default: [:]][ISOWeek(containing: date), default: 0] += row["n"] as Int
            }
            let flat = counts.sorted { $0.key < $1.key }.flatMap { object, weeks in
                weeks.sorted { $0.key < $1.key }.map { StoredWaitingCount(objectCode: object, joined: $0, count: $1) }
            }
            return (snapshot["snapshot_date"], flat)
        }
    }
}
