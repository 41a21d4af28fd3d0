import GRDB
public import PlanningDomain

/// What a node's database holds, for `balans status`.
public struct RegionSummary: Sendable, Hashable {
    /// Number of organisation units per level.
    public var unitsByLevel: [OrganisationLevel: Int]
    /// Planning objects.
    public var planningObjectCount: Int
    /// Capacity resources.
    public var resourceCount: Int
    /// Inflow series coverage.
    public var inflow: SeriesCoverage
    /// Production series coverage.
    public var production: SeriesCoverage
    /// Cancellations (strykningar) coverage.
    public var cancellations: SeriesCoverage
    /// Occupied bed-days coverage.
    public var occupiedBedDays: SeriesCoverage
    /// Completed waits (genomförda): rows, the weeks they were performed in, and the rows as the total.
    public var completedWaits: SeriesCoverage
    /// Waiting-list snapshots, oldest first.
    public var waitingSnapshots: [SnapshotSummary]
    /// Capacity rows and the weeks they cover.
    public var capacity: SeriesCoverage
    /// Import runs logged, and the last one's timestamp.
    public var importRunCount: Int
    /// When the last import ran.
    public var lastImportAt: String?

    /// Total units.
    public var unitCount: Int { unitsByLevel.values.reduce(0, +) }
}

/// Rows and weeks of one weekly series.
public struct SeriesCoverage: Sendable, Hashable {
    /// Stored rows.
    public var rowCount: Int
    /// Distinct weeks.
    public var weekCount: Int
    /// First week.
    public var firstWeek: ISOWeek?
    /// Last week.
    public var lastWeek: ISOWeek?
    /// Sum of the counts (or of available capacity).
    public var total: Double
}

/// One stored waiting-list snapshot.
public struct SnapshotSummary: Sendable, Hashable {
    /// Extraction date.
    public var date: CivilDate
    /// Waiting entries.
    public var entryCount: Int
}

extension NodeStore {
    /// Counts and coverage of everything stored.
    public func summary() throws -> RegionSummary {
        // Counts over every weekly row: kept until the next commit (the start page shows it on every request).
        try cache.value("summary") { try loadSummary() }
    }

    private func loadSummary() throws -> RegionSummary {
        try writer.read { db in
            var byLevel: [OrganisationLevel: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT level, COUNT(*) AS n FROM org_unit GROUP BY level") {
                byLevel[OrganisationLevel(rawValue: row["level"])!] = row["n"]
            }
            func coverage(_ sql: String, _ arguments: StatementArguments = []) throws -> SeriesCoverage {
                let row = try Row.fetchOne(db, sql: sql, arguments: arguments)!
                return SeriesCoverage(
                    rowCount: row["n"], weekCount: row["weeks"],
                    firstWeek: (row["first"] as Int?).flatMap(ISOWeek.init(key:)),
                    lastWeek: (row["last"] as Int?).flatMap(ISOWeek.init(key:)),
                    total: row["total"] ?? 0)
            }
            let activitySQL = """
                SELECT COUNT(*) AS n, COUNT(DISTINCT week) AS weeks, MIN(week) AS first, MAX(week) AS last,
                    TOTAL(count) AS total
                FROM weekly_activity WHERE series = ?
                """
            let snapshots = try Row.fetchAll(
                db, sql: "SELECT snapshot_date, entry_count FROM waiting_snapshot ORDER BY snapshot_date"
            ).map { row in
                SnapshotSummary(date: CivilDate.parse(row["snapshot_date"] as String)!, entryCount: row["entry_count"])
            }
            return RegionSummary(
                unitsByLevel: byLevel,
                planningObjectCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM planning_object")!,
                resourceCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM resource")!,
                inflow: try coverage(activitySQL, ["inflow"]),
                production: try coverage(activitySQL, ["production"]),
                cancellations: try coverage(activitySQL, [ActivitySeries.cancellations.rawValue]),
                occupiedBedDays: try coverage(activitySQL, [ActivitySeries.occupiedBedDays.rawValue]),
                completedWaits: try coverage(
                    """
                    SELECT COUNT(*) AS n, COUNT(DISTINCT performed_week) AS weeks, MIN(performed_week) AS first,
                        MAX(performed_week) AS last, COUNT(*) AS total
                    FROM completed_wait
                    """),
                waitingSnapshots: snapshots,
                capacity: try coverage(
                    """
                    SELECT COUNT(*) AS n, COUNT(DISTINCT week) AS weeks, MIN(week) AS first, MAX(week) AS last,
                        TOTAL(planned - absence) AS total
                    FROM capacity
                    """),
                importRunCount: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_run")!,
                lastImportAt: try String.fetchOne(db, sql: "SELECT MAX(imported_at) FROM import_run"))
        }
    }
}
