import GRDB
public import PlanningDomain

/// One plan in a list: its header and each version's number and status, without the volumes.
public struct PlanSummary: Sendable, Hashable {
    /// The plan's id.
    public var id: Int64
    /// The planner's name for the plan.
    public var name: String
    /// The unit the plan covers.
    public var scope: String
    /// The first plan week.
    public var startWeek: ISOWeek
    /// Plan weeks.
    public var weekCount: Int
    /// When it was created (ISO 8601).
    public var createdAt: String
    /// Who created it.
    public var createdBy: String
    /// Version numbers and statuses, oldest first.
    public var versions: [Version]

    /// A version's number and status.
    public struct Version: Sendable, Hashable {
        /// The number.
        public var number: Int
        /// Where it is in the workflow.
        public var status: PlanVersionStatus
    }

    /// The agreed version, or else the newest.
    public var currentVersion: Version? {
        versions.last { $0.status == .agreed } ?? versions.last
    }
}

/// One import run in the log, with its files.
public struct ImportRunSummary: Sendable, Hashable {
    /// The run's id.
    public var runID: Int64
    /// When it ran.
    public var importedAt: String
    /// Records received.
    public var recordCount: Int
    /// Records inserted or changed.
    public var changedCount: Int
    /// The files.
    public var files: [ImportedFile]
}

/// The newest forecast run for a series.
public struct ForecastRunSummary: Sendable, Hashable {
    /// The run's id.
    public var id: Int64
    /// When it finished (ISO 8601).
    public var finishedAt: String
    /// Objects forecast.
    public var objectCount: Int
    /// Weeks ahead.
    public var horizon: Int
    /// The last week of history the run used.
    public var lastHistoryWeek: ISOWeek
}

/// An object's latest forecast in a list: who made it and how, without the values.
public struct ForecastMethodSummary: Sendable, Hashable {
    /// The run.
    public var runID: Int64
    /// The method that won the backtest (or was pinned).
    public var method: String
    /// The fitted model's description.
    public var model: String
    /// Whether a planner pinned the method.
    public var pinned: Bool
    /// The run's note on this object, e.g. why it fell back to a simpler method.
    public var note: String?
}

extension NodeStore {
    /// The newest forecast run of `series`, or nil when none has run.
    public func latestForecastRun(_ series: ActivitySeries = .inflow) throws -> ForecastRunSummary? {
        try writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM forecast_run WHERE series = ? ORDER BY id DESC LIMIT 1",
                arguments: [series.rawValue]
            ).flatMap { row in
                ISOWeek(key: row["last_history_week"]).map { week in
                    ForecastRunSummary(
                        id: row["id"], finishedAt: row["finished_at"], objectCount: row["object_count"],
                        horizon: row["horizon"], lastHistoryWeek: week)
                }
            }
        }
    }

    /// Every object's latest forecast method for `series`, by object code, in one query.
    public func latestForecastMethods(_ series: ActivitySeries = .inflow) throws -> [String: ForecastMethodSummary] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code, f.run_id, f.method, f.model, f.pinned, f.note
                    FROM forecast f JOIN forecast_run r ON r.id = f.run_id
                    JOIN planning_object o ON o.id = f.planning_object_id
                    WHERE r.series = ? AND r.id = (
                        SELECT MAX(r2.id) FROM forecast f2 JOIN forecast_run r2 ON r2.id = f2.run_id
                        WHERE f2.planning_object_id = f.planning_object_id AND r2.series = r.series)
                    """, arguments: [series.rawValue])
            var result: [String: ForecastMethodSummary] = [:]
            for row in rows {
                result[row["code"]] = ForecastMethodSummary(
                    runID: row["run_id"], method: row["method"], model: row["model"], pinned: row["pinned"],
                    note: row["note"])
            }
            return result
        }
    }

    /// Planning objects with no weekly row at all in `series`, by code: a data-quality problem for forecasts.
    public func objectsWithoutActivity(_ series: ActivitySeries) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT code FROM planning_object o WHERE NOT EXISTS (
                        SELECT 1 FROM weekly_activity a WHERE a.planning_object_id = o.id AND a.series = ?)
                    ORDER BY code
                    """, arguments: [series.rawValue])
        }
    }

    /// Every plan, newest first, with its versions' statuses.
    public func planSummaries() throws -> [PlanSummary] {
        try writer.read { db in
            let statuses = try Row.fetchAll(
                db, sql: "SELECT plan_id, number, status FROM plan_version ORDER BY plan_id, number")
            var versions: [Int64: [PlanSummary.Version]] = [:]
            for row in statuses {
                guard let status = PlanVersionStatus(rawValue: row["status"]) else { continue }
                versions[row["plan_id"], default: []].append(.init(number: row["number"], status: status))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM plan ORDER BY id DESC").compactMap { row in
                let id: Int64 = row["id"]
                guard let start = ISOWeek(key: row["start_week"]) else { return nil }
                return PlanSummary(
                    id: id, name: row["name"], scope: row["scope_unit"], startWeek: start, weekCount: row["week_count"],
                    createdAt: row["created_at"], createdBy: row["created_by"], versions: versions[id] ?? [])
            }
        }
    }

    /// The newest `limit` import runs, newest first, with their files.
    public func importHistory(limit: Int = 50) throws -> [ImportRunSummary] {
        try writer.read { db in
            let runs = try Row.fetchAll(
                db, sql: "SELECT * FROM import_run ORDER BY id DESC LIMIT ?", arguments: [max(0, limit)])
            guard let oldest = runs.last.map({ $0["id"] as Int64 }) else { return [] }
            var files: [Int64: [ImportedFile]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM import_file WHERE import_run_id >= ? ORDER BY id", arguments: [oldest])
            {
                files[row["import_run_id"], default: []].append(
                    ImportedFile(
                        fileName: row["file_name"], feed: row["feed"], fingerprint: row["fingerprint"],
                        rowCount: row["row_count"]))
            }
            return runs.map { row in
                let id: Int64 = row["id"]
                return ImportRunSummary(
                    runID: id, importedAt: row["imported_at"], recordCount: row["record_count"],
                    changedCount: row["changed_count"], files: files[id] ?? [])
            }
        }
    }
}
