import Forecasting
import Foundation
import GRDB
public import PlanningDomain

extension NodeStore {
    /// Every planning object's weekly series (optionally only `objectCodes`), dense up to the series' last week.
    ///
    /// - Returns: the last week with data for the series in the whole node (every object's history ends
    ///   there, so all forecasts start the same week), and one series per object that has any data.
    public func weeklySeries(
        _ series: ActivitySeries, objectCodes: Set<String>? = nil
    ) throws -> (lastWeek: ISOWeek?, series: [StoredSeries]) {
        // The region's last week scans every row of the series (the key starts with the object): kept until the
        // next commit, so one object's page does not pay for it.
        let lastKey = try cache.value("last-week \(series.rawValue)") {
            try writer.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT MAX(week) FROM weekly_activity WHERE series = ?", arguments: [series.rawValue])
            }
        }
        guard let lastKey, let lastWeek = ISOWeek(key: lastKey) else { return (nil, []) }
        return try writer.read { db in
            // Sets beyond SQLite's parameter limit are filtered below.
            let (filter, codes) = Self.objectFilter(objectCodes)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT o.code AS object, u.code AS unit, a.week, a.count
                    FROM weekly_activity a
                    JOIN planning_object o ON o.id = a.planning_object_id
                    JOIN org_unit u ON u.id = o.unit_id
                    WHERE a.series = ?\(filter)
                    ORDER BY o.code, a.week
                    """, arguments: StatementArguments([series.rawValue] + (codes ?? [])))
            var result: [StoredSeries] = []
            var current: (object: String, unit: String, weeks: [(ISOWeek, Int)])?
            func flush() {
                guard let current, let first = current.weeks.first?.0, first <= lastWeek else { return }
                if let objectCodes, codes == nil, !objectCodes.contains(current.object) { return }
                var values = [Double](repeating: 0, count: ISOWeek.weeks(from: first, to: lastWeek) + 1)
                // Weeks committed after `lastWeek` was read (an import in between) wait for the next read.
                for (week, count) in current.weeks where week <= lastWeek {
                    values[ISOWeek.weeks(from: first, to: week)] = Double(count)
                }
                result.append(
                    StoredSeries(objectCode: current.object, unitCode: current.unit, firstWeek: first, values: values))
            }
            while let row = try rows.next() {
                let object: String = row["object"]
                if current?.object != object {
                    flush()
                    current = (object, row["unit"], [])
                }
                current!.weeks.append((ISOWeek(key: row["week"])!, row["count"]))
            }
            flush()
            return (lastWeek, result)
        }
    }

    /// Stores a forecast run, all of it in one transaction; returns the run's id.
    @discardableResult
    public func saveForecastRun(_ run: NewForecastRun) throws -> Int64 {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO forecast_run (started_at, finished_at, series, horizon, last_history_week, scope,
                        engine_version, object_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    run.startedAt, run.finishedAt, run.series.rawValue, run.horizon, run.lastHistoryWeek.key,
                    run.scope, run.engineVersion, run.forecasts.count,
                ])
            let runID = db.lastInsertedRowID
            let objectIDs = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT code, id FROM planning_object").map {
                    (row: Row) -> (String, Int64) in (row["code"], row["id"])
                })
            let forecastStatement = try db.makeStatement(
                sql: """
                    INSERT INTO forecast (run_id, planning_object_id, method, method_version, model, parameters,
                        input_fingerprint, history_weeks, pinned, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var values = ChunkedInsert(
                db, head: "INSERT INTO forecast_value (forecast_id, week, mean, p025, p10, p50, p90, p975) VALUES",
                row: "(?, ?, ?, ?, ?, ?, ?, ?)", tail: "")
            var scores = ChunkedInsert(
                db,
                head: """
                    INSERT INTO backtest_score (forecast_id, method, mase, smape, bias, coverage80, coverage95,
                        origins, chosen) VALUES
                    """,
                row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", tail: "")
            for entry in run.forecasts {
                guard let objectID = objectIDs[entry.objectCode] else {
                    throw StoreError.unknownReference("planeringsobjekt \(entry.objectCode)")
                }
                let parameters = String(
                    decoding: try JSONEncoder.sorted.encode(entry.forecast.parameters), as: UTF8.self)
                try forecastStatement.execute(arguments: [
                    runID, objectID, entry.method, entry.methodVersion, entry.forecast.model, parameters,
                    entry.inputFingerprint, entry.historyWeeks, entry.pinned, entry.note,
                ])
                let forecastID = db.lastInsertedRowID
                let paths = StandardQuantiles.levels.map { entry.forecast.quantile($0) }
                for step in 0..<entry.forecast.horizon {
                    let week = run.lastHistoryWeek.adding(weeks: step + 1)
                    let quantile = { (index: Int) -> ChunkedInsert.Value in
                        .real(paths[index].map { $0[step] } ?? entry.forecast.mean[step])
                    }
                    try values.add(
                        .integer(forecastID), .integer(Int64(week.key)), .real(entry.forecast.mean[step]),
                        quantile(0), quantile(1), quantile(2), quantile(3), quantile(4))
                }
                for score in entry.scores {
                    try scores.add(
                        .integer(forecastID), .text(score.method), .optionalReal(score.mase),
                        .optionalReal(score.smape), .optionalReal(score.bias), .optionalReal(score.coverage80),
                        .optionalReal(score.coverage95), .integer(Int64(score.origins)),
                        .integer(score.chosen ? 1 : 0))
                }
            }
            _ = try values.finish()
            _ = try scores.finish()
            return runID
        }
    }

    /// The latest forecast of every object for `series` (optionally only `objectCodes`), with values and scores.
    public func latestForecasts(
        _ series: ActivitySeries = .inflow, objectCodes: Set<String>? = nil
    ) throws -> [StoredForecast] {
        try writer.read { db in
            let (filter, codes) = Self.objectFilter(objectCodes)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.*, r.finished_at, r.last_history_week, o.code AS object, u.code AS unit
                    FROM forecast f
                    JOIN forecast_run r ON r.id = f.run_id
                    JOIN planning_object o ON o.id = f.planning_object_id
                    JOIN org_unit u ON u.id = o.unit_id
                    WHERE r.series = ?\(filter) AND f.id = (
                        SELECT f2.id FROM forecast f2 JOIN forecast_run r2 ON r2.id = f2.run_id
                        WHERE f2.planning_object_id = f.planning_object_id AND r2.series = r.series
                        ORDER BY r2.id DESC LIMIT 1)
                    ORDER BY o.code
                    """, arguments: StatementArguments([series.rawValue] + (codes ?? [])))
            return try rows.compactMap { row -> StoredForecast? in
                let object: String = row["object"]
                if let objectCodes, !objectCodes.contains(object) { return nil }
                return try NodeStore.loadForecast(row, db: db)
            }
        }
    }

    /// `AND o.code IN (…)` and its arguments for a chosen set of objects (`o` = planning_object), so one object's
    /// page reads its own rows, not the region's; empty (and nil codes) for all objects or for a set beyond
    /// SQLite's parameter limit, which the caller then filters itself.
    static func objectFilter(_ objectCodes: Set<String>?) -> (sql: String, codes: [String]?) {
        guard let objectCodes, objectCodes.count <= 10_000 else { return ("", nil) }
        return (" AND o.code IN (\(databaseQuestionMarks(count: objectCodes.count)))", objectCodes.sorted())
    }

    static func loadForecast(_ row: Row, db: Database) throws -> StoredForecast {
        let forecastID: Int64 = row["id"]
        let valueRows = try Row.fetchAll(
            db, sql: "SELECT * FROM forecast_value WHERE forecast_id = ? ORDER BY week", arguments: [forecastID])
        let columns = ["p025", "p10", "p50", "p90", "p975"]
        let paths = zip(StandardQuantiles.levels, columns).map { level, column in
            QuantilePath(level: level, values: valueRows.map { $0[column] })
        }
        let scores = try Row.fetchAll(
            db,
            sql: "SELECT * FROM backtest_score WHERE forecast_id = ? ORDER BY chosen DESC, mase IS NULL, mase, method",
            arguments: [forecastID]
        ).map { score in
            StoredBacktestScore(
                method: score["method"], mase: score["mase"], smape: score["smape"], bias: score["bias"],
                coverage80: score["coverage80"], coverage95: score["coverage95"], origins: score["origins"],
                chosen: score["chosen"])
        }
        let parametersJSON: String = row["parameters"]
        let parameters = (try? JSONDecoder().decode([String: Double].self, from: Data(parametersJSON.utf8))) ?? [:]
        return StoredForecast(
            runID: row["run_id"], runFinishedAt: row["finished_at"], objectCode: row["object"],
            unitCode: row["unit"], method: row["method"], methodVersion: row["method_version"], model: row["model"],
            parameters: parameters, inputFingerprint: row["input_fingerprint"], historyWeeks: row["history_weeks"],
            pinned: row["pinned"], note: row["note"], weeks: valueRows.map { ISOWeek(key: $0["week"])! },
            forecast: ModelForecast(
                mean: valueRows.map { $0["mean"] }, quantiles: paths, model: row["model"], parameters: parameters),
            scores: scores)
    }

    /// Methods planners have pinned, by planning object code.
    public func pinnedMethods() throws -> [String: String] {
        try writer.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql:
                        "SELECT o.code, p.method FROM pinned_method p JOIN planning_object o ON o.id = p.planning_object_id"
                ).map { (row: Row) -> (String, String) in (row["code"], row["method"]) })
        }
    }

    /// Pins `method` for an object (replacing an earlier pin). Returns false when the object does not exist.
    @discardableResult
    public func pinMethod(objectCode: String, method: String, at timestamp: String, reason: String?) throws -> Bool {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO pinned_method (planning_object_id, method, pinned_at, reason)
                    SELECT id, ?, ?, ? FROM planning_object WHERE code = ?
                    ON CONFLICT (planning_object_id) DO UPDATE
                        SET method = excluded.method, pinned_at = excluded.pinned_at, reason = excluded.reason
                    """, arguments: [method, timestamp, reason, objectCode])
            return db.changesCount > 0
        }
    }

    /// Removes a pin; returns false when there was none.
    @discardableResult
    public func unpinMethod(objectCode: String) throws -> Bool {
        try writer.write { db in
            try db.execute(
                sql: """
                    DELETE FROM pinned_method
                    WHERE planning_object_id = (SELECT id FROM planning_object WHERE code = ?)
                    """, arguments: [objectCode])
            return db.changesCount > 0
        }
    }

    /// Number of forecast runs stored.
    public func forecastRunCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM forecast_run") ?? 0 }
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so stored JSON is stable.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
