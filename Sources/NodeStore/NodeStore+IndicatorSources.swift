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
    /// The waiting-list snapshots taken between `first` and `last` (inclusive), as patients per planning object
    /// and days waited (`waiting_day_count`, written with each snapshot): a year of a large region's snapshots is
    /// a million entries but some tens of thousands of counts.
    public func waitingDays(from first: CivilDate, through last: CivilDate) throws -> [WaitingDaysSnapshot] {
        try writer.read { db in
            let codes = try Self.objectCodesByID(db)
            var snapshots: [WaitingDaysSnapshot] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.snapshot_date, c.planning_object_id, c.days, c.count
                    FROM waiting_snapshot s JOIN waiting_day_count c ON c.snapshot_id = s.id
                    WHERE s.snapshot_date BETWEEN ? AND ?
                    ORDER BY s.snapshot_date, c.planning_object_id, c.days
                    """, arguments: [first.description, last.description])
            var currentText = ""
            while let row = try rows.next() {
                let dateText: String = row[0]
                if dateText != currentText || snapshots.isEmpty {
                    guard let date = CivilDate.parse(dateText) else { continue }
                    currentText = dateText
                    snapshots.append(WaitingDaysSnapshot(date: date, counts: []))
                }
                guard let code = codes[row[1]] else { continue }
                snapshots[snapshots.count - 1].counts.append(
                    WaitedDaysCount(planningObjectCode: code, days: row[2], count: row[3]))
            }
            return snapshots
        }
    }

    /// The completed waits performed in `weeks` as patients per week, planning object and days waited
    /// (`completed_wait_day_count`), and the first and last week the node holds any completed wait for; nil when
    /// none are imported at all.
    public func completedWaitDays(in weeks: ClosedRange<ISOWeek>) throws -> (
        countsByWeek: [ISOWeek: [WaitedDaysCount]], held: ClosedRange<ISOWeek>
    )? {
        try writer.read { db -> (countsByWeek: [ISOWeek: [WaitedDaysCount]], held: ClosedRange<ISOWeek>)? in
            guard let held = try Self.completedWaitWeeks(db) else { return nil }
            let codes = try Self.objectCodesByID(db)
            var byWeek: [ISOWeek: [WaitedDaysCount]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT performed_week, planning_object_id, days, count FROM completed_wait_day_count
                    WHERE performed_week BETWEEN ? AND ?
                    ORDER BY performed_week, planning_object_id, days
                    """, arguments: [weeks.lowerBound.key, weeks.upperBound.key])
            while let row = try rows.next() {
                guard let week = ISOWeek(key: row[0]), let code = codes[row[1]] else { continue }
                byWeek[week, default: []].append(WaitedDaysCount(planningObjectCode: code, days: row[2], count: row[3]))
            }
            return (byWeek, held)
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
            try Int.fetchOne(
                db, sql: "SELECT MAX(week) FROM weekly_activity WHERE series IN ('inflow', 'production')"
            ).flatMap(ISOWeek.init(key:))
        }
    }

    /// The completed waits performed in `weeks`, and the first and last week the node holds any completed wait
    /// for (weeks between them without a row had nobody treated after a wait); nil when none are imported at all.
    public func completedWaits(in weeks: ClosedRange<ISOWeek>) throws -> (
        waits: [CompletedWait], held: ClosedRange<ISOWeek>
    )? {
        try writer.read { db -> (waits: [CompletedWait], held: ClosedRange<ISOWeek>)? in
            guard let held = try Self.completedWaitWeeks(db) else { return nil }
            let codes = try Self.objectCodesByID(db)
            var dates = DateTextCache()
            var waits: [CompletedWait] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT planning_object_id, waiting_since, performed_on FROM completed_wait
                    WHERE performed_week BETWEEN ? AND ?
                    """, arguments: [weeks.lowerBound.key, weeks.upperBound.key])
            while let row = try rows.next() {
                guard let code = codes[row[0]], let since = dates.date(row[1]), let performed = dates.date(row[2])
                else {
                    continue
                }
                waits.append(CompletedWait(planningObjectCode: code, waitingSince: since, performedOn: performed))
            }
            return (waits, held)
        }
    }

    /// The first and last week the node holds any completed wait for; nil when none are imported.
    static func completedWaitWeeks(_ db: Database) throws -> ClosedRange<ISOWeek>? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT MIN(performed_week), MAX(performed_week) FROM completed_wait_day_count"),
            let first = (row[0] as Int?).flatMap(ISOWeek.init(key:)),
            let last = (row[1] as Int?).flatMap(ISOWeek.init(key:))
        else { return nil }
        return first...last
    }

    /// Every planning object's code by its row id, for reading large tables without a join.
    static func objectCodesByID(_ db: Database) throws -> [Int64: String] {
        var codes: [Int64: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, code FROM planning_object")
        while let row = try rows.next() { codes[row[0]] = row[1] }
        return codes
    }
}

/// Parses each distinct date text once (a year of waiting-list entries repeats a few hundred dates a million
/// times).
struct DateTextCache {
    private var parsed: [String: CivilDate?] = [:]

    mutating func date(_ text: String) -> CivilDate? {
        if let known = parsed[text] { return known }
        let value = CivilDate.parse(text)
        parsed[text] = value
        return value
    }
}
