extension NodeSchema {
    /// The feeds the network's indicators need beyond inflow, production and waiting lists:
    ///
    /// - weekly cancellations (strykningar) and occupied bed-days (belagda vårddagar) join inflow and production
    ///   in `weekly_activity` (SQLite cannot widen a CHECK in place, so the table is rebuilt and its rows copied);
    /// - completed waits (genomförda): one row per patient treated after a wait, dates only, never an identity.
    ///   An import replaces every ISO week its file holds (`performed_week`), so re-importing a corrected week
    ///   replaces it and importing the same file twice changes nothing;
    /// - a resource can be marked limiting (begränsande kapacitet), for the capacity-utilisation indicator;
    /// - days waited per planning object, counted per waiting-list snapshot and per week of completed waits: all
    ///   the indicators need, kept beside the person-level rows by the import that writes them (a year of a large
    ///   region is two million rows, and an export read them all), filled here for the rows already stored.
    static let indicatorFeedsV1 = """
        CREATE TABLE weekly_activity_new (
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            series TEXT NOT NULL
                CHECK (series IN ('inflow', 'production', 'cancellations', 'occupied-bed-days')),
            week INTEGER NOT NULL CHECK (week % 100 BETWEEN 1 AND 53 AND week / 100 BETWEEN 1900 AND 2200),
            count INTEGER NOT NULL CHECK (count >= 0),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id),
            PRIMARY KEY (planning_object_id, series, week)
        ) WITHOUT ROWID;
        INSERT INTO weekly_activity_new SELECT planning_object_id, series, week, count, import_run_id
            FROM weekly_activity;
        DROP TABLE weekly_activity;
        ALTER TABLE weekly_activity_new RENAME TO weekly_activity;

        CREATE TABLE completed_wait (
            id INTEGER PRIMARY KEY,
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            waiting_since TEXT NOT NULL CHECK (date(waiting_since) IS waiting_since),
            performed_on TEXT NOT NULL CHECK (date(performed_on) IS performed_on AND performed_on >= waiting_since),
            performed_week INTEGER NOT NULL
                CHECK (performed_week % 100 BETWEEN 1 AND 53 AND performed_week / 100 BETWEEN 1900 AND 2200),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id)
        );
        CREATE INDEX completed_wait_week ON completed_wait(performed_week, planning_object_id);

        ALTER TABLE resource ADD COLUMN limiting INTEGER NOT NULL DEFAULT 0 CHECK (limiting IN (0, 1));

        CREATE TABLE waiting_day_count (
            snapshot_id INTEGER NOT NULL REFERENCES waiting_snapshot(id) ON DELETE CASCADE,
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            days INTEGER NOT NULL CHECK (days >= 0),
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (snapshot_id, planning_object_id, days)
        ) WITHOUT ROWID;
        INSERT INTO waiting_day_count (snapshot_id, planning_object_id, days, count)
            SELECT e.snapshot_id, e.planning_object_id,
                CAST(julianday(s.snapshot_date) - julianday(e.waiting_since) AS INTEGER) AS days, COUNT(*)
            FROM waiting_entry e JOIN waiting_snapshot s ON s.id = e.snapshot_id
            GROUP BY e.snapshot_id, e.planning_object_id, days;

        CREATE TABLE completed_wait_day_count (
            performed_week INTEGER NOT NULL
                CHECK (performed_week % 100 BETWEEN 1 AND 53 AND performed_week / 100 BETWEEN 1900 AND 2200),
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            days INTEGER NOT NULL CHECK (days >= 0),
            count INTEGER NOT NULL CHECK (count > 0),
            PRIMARY KEY (performed_week, planning_object_id, days)
        ) WITHOUT ROWID;
        """
}
