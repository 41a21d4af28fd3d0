import GRDB
public import PlanningDomain

/// One forecast value as it was forecast before its week happened.
public struct ForecastedWeek: Sendable, Hashable {
    /// The planning object's code.
    public var objectCode: String
    /// The forecast week.
    public var week: ISOWeek
    /// The forecast mean.
    public var mean: Double
}

extension NodeStore {
    /// The waiting-list snapshots taken between `first` and `last` (inclusive), with every entry.
    public func waitingSnapshots(from first: CivilDate, through last: CivilDate) throws -> [WaitingListSnapshot] {
        try writer.read { db in
            let snapshots = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, snapshot_date FROM waiting_snapshot WHERE snapshot_date BETWEEN ? AND ?
                    ORDER BY snapshot_date
                    """, arguments: [first.description, last.description])
            return try snapshots.compactMap { snapshot -> WaitingListSnapshot? in
                guard let date = CivilDate.parse(snapshot["snapshot_date"] as String) else { return nil }
                let entries = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT o.code, e.waiting_since, e.medical_target_date, e.priority
                        FROM waiting_entry e JOIN planning_object o ON o.id = e.planning_object_id
                        WHERE e.snapshot_id = ?
                        """, arguments: [snapshot["id"] as Int64]
                ).compactMap { row -> WaitingEntry? in
                    guard let since = CivilDate.parse(row["waiting_since"] as String) else { return nil }
                    return WaitingEntry(
                        planningObjectCode: row["code"], waitingSince: since,
                        medicalTargetDate: (row["medical_target_date"] as String?).flatMap { CivilDate.parse($0) },
                        priority: row["priority"])
                }
                return WaitingListSnapshot(date: date, entries: entries)
            }
        }
    }

    /// For every object and week in `weeks`: the inflow forecast of the latest run made before that week (its
    /// last history week is earlier), i.e. what was forecast before the week happened. Weeks no run forecast
    /// ahead of time are absent.
    public func inflowForecastsMadeBefore(_ weeks: ClosedRange<ISOWeek>) throws -> [ForecastedWeek] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code AS object, v.week, v.mean
                    FROM forecast_value v
                    JOIN forecast f ON f.id = v.forecast_id
                    JOIN forecast_run r ON r.id = f.run_id
                    JOIN planning_object o ON o.id = f.planning_object_id
                    WHERE r.series = 'inflow' AND v.week BETWEEN ? AND ? AND r.last_history_week < v.week
                      AND r.id = (
                        SELECT MAX(r2.id) FROM forecast f2 JOIN forecast_run r2 ON r2.id = f2.run_id
                        JOIN forecast_value v2 ON v2.forecast_id = f2.id
                        WHERE r2.series = 'inflow' AND f2.planning_object_id = f.planning_object_id
                          AND v2.week = v.week AND r2.last_history_week < v2.week)
                    ORDER BY o.code, v.week
                    """, arguments: [weeks.lowerBound.key, weeks.upperBound.key]
            ).compactMap { row in
                ISOWeek(key: row["week"]).map { ForecastedWeek(objectCode: row["object"], week: $0, mean: row["mean"]) }
            }
        }
    }

    /// The latest week with any inflow or production row (the node's last imported week), or nil.
    public func lastActivityWeek() throws -> ISOWeek? {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(week) FROM weekly_activity").flatMap(ISOWeek.init(key:))
        }
    }
}
