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
    ///
    /// A year of a large region's snapshots holds millions of entries, and this read was most of a sync round's
    /// time: columns are read by position (a name lookup lowercases the name for every row), object codes come
    /// from one id → code map instead of a join, and each distinct date text is parsed once.
    public func waitingSnapshots(from first: CivilDate, through last: CivilDate) throws -> [WaitingListSnapshot] {
        try writer.read { db in
            var snapshots: [(id: Int64, date: CivilDate)] = []
            let snapshotRows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, snapshot_date FROM waiting_snapshot WHERE snapshot_date BETWEEN ? AND ?
                    ORDER BY snapshot_date
                    """, arguments: [first.description, last.description])
            while let row = try snapshotRows.next() {
                if let date = CivilDate.parse(row[1] as String) { snapshots.append((row[0], date)) }
            }
            guard !snapshots.isEmpty else { return [] }
            let codes = try Self.objectCodesByID(db)
            var dates = DateTextCache()
            let entriesOf = try db.cachedStatement(
                sql: """
                    SELECT planning_object_id, waiting_since, medical_target_date, priority
                    FROM waiting_entry WHERE snapshot_id = ?
                    """)
            return try snapshots.map { snapshot in
                var entries: [WaitingEntry] = []
                let rows = try Row.fetchCursor(entriesOf, arguments: [snapshot.id])
                while let row = try rows.next() {
                    guard let code = codes[row[0]], let since = dates.date(row[1]) else { continue }
                    entries.append(
                        WaitingEntry(
                            planningObjectCode: code, waitingSince: since,
                            medicalTargetDate: (row[2] as String?).flatMap { dates.date($0) }, priority: row[3]))
                }
                return WaitingListSnapshot(date: snapshot.date, entries: entries)
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
            try Int.fetchOne(
                db, sql: "SELECT MAX(week) FROM weekly_activity WHERE series IN ('inflow', 'production')"
            ).flatMap(ISOWeek.init(key:))
        }
    }

    /// The completed waits performed in `weeks`, and the last week the node holds any completed wait for (weeks
    /// up to it without a row had nobody treated after a wait); nil when none are imported at all.
    public func completedWaits(in weeks: ClosedRange<ISOWeek>) throws -> (waits: [CompletedWait], lastWeek: ISOWeek)? {
        try writer.read { db in
            guard
                let last = try Int.fetchOne(db, sql: "SELECT MAX(performed_week) FROM completed_wait")
                    .flatMap(ISOWeek.init(key:))
            else { return nil }
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
            return (waits, last)
        }
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
