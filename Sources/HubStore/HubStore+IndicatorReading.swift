import GRDB
public import PlanningDomain

/// Stored indicator figures of every region for one indicator, definition version and group: the computed values
/// and the keys that were suppressed (stored without numbers).
public struct IndicatorCells: Sendable, Hashable {
    /// The published figures.
    public var values: [IndicatorValue]
    /// The suppressed cells.
    public var suppressed: Set<IndicatorValueKey>

    /// Creates a value.
    public init(values: [IndicatorValue] = [], suppressed: Set<IndicatorValueKey> = []) {
        self.values = values
        self.suppressed = suppressed
    }
}

/// One indicator, definition version and group with the latest period a region reported.
public struct LatestCell: Sendable, Hashable {
    /// The indicator id.
    public var indicatorID: String
    /// The definition version.
    public var definitionVersion: Int
    /// The group.
    public var group: String
    /// The latest period.
    public var period: IndicatorPeriod
}

extension HubStore {
    /// Every region's cells for `indicatorID` at `definitionVersion` in `group`, for periods of `periodType` up to
    /// and including `upTo` (all when nil).
    public func indicatorCells(
        indicatorID: String, definitionVersion: Int, group: String, periodType: IndicatorPeriodType,
        upTo: IndicatorPeriod? = nil
    ) throws -> IndicatorCells {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.code, v.period, v.suppressed, v.numerator, v.denominator
                    FROM indicator_value v JOIN tenant t ON t.id = v.tenant_id
                    WHERE v.indicator_id = ? AND v.definition_version = ? AND v.group_name = ? AND v.period_type = ?
                      AND (? IS NULL OR v.period <= ?)
                    """,
                arguments: [
                    indicatorID, definitionVersion, group, periodType.rawValue, upTo?.description,
                    upTo?.description,
                ])
            return Self.cells(rows, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group)
        }
    }

    /// Every region's cells for one period.
    public func indicatorCells(
        indicatorID: String, definitionVersion: Int, group: String, period: IndicatorPeriod
    ) throws -> IndicatorCells {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT t.code, v.period, v.suppressed, v.numerator, v.denominator
                        FROM indicator_value v JOIN tenant t ON t.id = v.tenant_id
                        WHERE v.indicator_id = ? AND v.definition_version = ? AND v.group_name = ? AND v.period = ?
                        """),
                arguments: [indicatorID, definitionVersion, group, period.description])
            return Self.cells(rows, indicatorID: indicatorID, definitionVersion: definitionVersion, group: group)
        }
    }

    /// For the tenant with `tenantID`: each indicator, definition version, group and period type it reported, with
    /// its latest period (weeks preferred to months when both exist).
    public func latestCells(tenantID: Int64) throws -> [LatestCell] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT indicator_id, definition_version, group_name, period_type, MAX(period) AS period
                    FROM indicator_value WHERE tenant_id = ?
                    GROUP BY indicator_id, definition_version, group_name, period_type
                    ORDER BY indicator_id, group_name, period_type DESC
                    """, arguments: [tenantID])
            var latest: [String: LatestCell] = [:]
            for row in rows {
                guard let period = IndicatorPeriod.parse(row["period"] as String) else { continue }
                let cell = LatestCell(
                    indicatorID: row["indicator_id"], definitionVersion: row["definition_version"],
                    group: row["group_name"], period: period)
                let id = "\(cell.indicatorID)@\(cell.definitionVersion)/\(cell.group)"
                // Weeks are the finer grain planners follow; a month is shown only where there are no weeks.
                if let existing = latest[id], existing.period.type == .week { continue }
                latest[id] = cell
            }
            return latest.values.sorted {
                ($0.indicatorID, $0.group, $0.definitionVersion) < ($1.indicatorID, $1.group, $1.definitionVersion)
            }
        }
    }

    /// The groups reported for an indicator and definition version, sorted.
    public func indicatorGroups(indicatorID: String, definitionVersion: Int) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT group_name FROM indicator_value
                    WHERE indicator_id = ? AND definition_version = ? ORDER BY group_name
                    """, arguments: [indicatorID, definitionVersion])
        }
    }

    /// The periods reported for an indicator, definition version and group, newest first.
    public func indicatorPeriods(indicatorID: String, definitionVersion: Int, group: String) throws
        -> [IndicatorPeriod]
    {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT period FROM indicator_value
                    WHERE indicator_id = ? AND definition_version = ? AND group_name = ?
                    ORDER BY period_type, period DESC
                    """, arguments: [indicatorID, definitionVersion, group]
            ).compactMap(IndicatorPeriod.parse)
        }
    }

    /// How many regions have reported any indicator value.
    public func reportingRegionCount() throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT tenant_id) FROM indicator_value") ?? 0
        }
    }

    static func cells(_ rows: [Row], indicatorID: String, definitionVersion: Int, group: String)
        -> IndicatorCells
    {
        var cells = IndicatorCells()
        for row in rows {
            guard let period = IndicatorPeriod.parse(row["period"] as String) else { continue }
            let key = IndicatorValueKey(
                regionCode: row["code"], indicatorID: indicatorID, definitionVersion: definitionVersion, group: group,
                period: period)
            if row["suppressed"] as Bool {
                cells.suppressed.insert(key)
                continue
            }
            let numerator: Double = row["numerator"]
            if let denominator = row["denominator"] as Double? {
                if let value = IndicatorValue(key: key, numerator: numerator, denominator: denominator) {
                    cells.values.append(value)
                }
            } else {
                cells.values.append(IndicatorValue(key: key, count: numerator))
            }
        }
        return cells
    }
}
