import GRDB

/// The node's schema as frozen, named migrations. A shipped migration is never edited: add a new one.
enum NodeSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-25-region-data") { db in
            try db.execute(sql: regionDataV1)
        }
        migrator.registerMigration("2026-11-25-forecasts") { db in
            try db.execute(sql: forecastsV1)
        }
        migrator.registerMigration("2026-11-25-plans") { db in
            try db.execute(sql: plansV1)
        }
        migrator.registerMigration("2026-11-25-users") { db in
            try db.execute(sql: usersV1)
        }
        migrator.registerMigration("2026-11-25-follow-up") { db in
            try db.execute(sql: followUpV1)
        }
        migrator.registerMigration("2026-12-02-sync") { db in try db.execute(sql: syncV1) }
        migrator.registerMigration("2026-12-09-self-assessment") { db in try db.execute(sql: selfAssessmentV1) }
        migrator.registerMigration("2026-12-09-downloads") { db in try db.execute(sql: downloadsV1) }
        migrator.registerMigration("2026-12-10-disclosure-ledger") { db in try db.execute(sql: disclosureV1) }
        migrator.registerMigration("2026-12-11-capacity-revisions") { db in try db.execute(sql: capacityRevisionsV1) }
        migrator.registerMigration("2026-12-12-network-writes") { db in try db.execute(sql: networkWritesV1) }
        migrator.registerMigration("2026-12-12-resource-use-overrides") { db in
            try db.execute(sql: resourceUseOverridesV1)
        }
        migrator.registerMigration("2026-12-12-acute-arrivals") { db in try db.execute(sql: acuteArrivalsV1) }
        migrator.registerMigration("2026-12-12-exchange") { db in try db.execute(sql: exchangeV1) }
        migrator.registerMigration("2026-12-13-indicator-feeds") { db in try db.execute(sql: indicatorFeedsV1) }
        migrator.registerMigration("2026-12-15-outbox-without-payload") { db in
            try db.execute(sql: outboxWithoutPayloadV1)
        }
        return migrator
    }

    /// Master data, weekly activity, waiting-list snapshots, capacity, and the import log.
    static let regionDataV1 = """
        CREATE TABLE import_run (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            record_count INTEGER NOT NULL CHECK (record_count >= 0),
            changed_count INTEGER NOT NULL CHECK (changed_count >= 0)
        );
        CREATE TABLE import_file (
            id INTEGER PRIMARY KEY,
            import_run_id INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            feed TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            row_count INTEGER NOT NULL CHECK (row_count >= 0)
        );
        CREATE INDEX import_file_run ON import_file(import_run_id);

        CREATE TABLE org_unit (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
            name TEXT NOT NULL CHECK (length(name) > 0),
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
            parent_id INTEGER REFERENCES org_unit(id) ON DELETE RESTRICT,
            CHECK ((level = 0) = (parent_id IS NULL))
        );
        CREATE INDEX org_unit_parent ON org_unit(parent_id);

        CREATE TABLE resource (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
            name TEXT NOT NULL CHECK (length(name) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('staff', 'room', 'bed', 'equipment')),
            measure TEXT NOT NULL CHECK (measure IN ('hours', 'days', 'beds', 'sessions'))
        );

        CREATE TABLE planning_object (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 60),
            name TEXT NOT NULL CHECK (length(name) > 0),
            unit_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
            specialty TEXT NOT NULL CHECK (length(specialty) > 0),
            care_service TEXT NOT NULL CHECK (length(care_service) > 0),
            provider_category TEXT NOT NULL CHECK (length(provider_category) > 0),
            contact_type TEXT NOT NULL CHECK (contact_type IN ('visit', 'phone', 'video', 'operation', 'inpatient')),
            medical_priority TEXT NOT NULL CHECK (length(medical_priority) BETWEEN 1 AND 20)
        );
        CREATE INDEX planning_object_unit ON planning_object(unit_id);

        -- week is the ISO week as year * 100 + week (202507 = 2025-W07).
        CREATE TABLE weekly_activity (
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            series TEXT NOT NULL CHECK (series IN ('inflow', 'production')),
            week INTEGER NOT NULL CHECK (week % 100 BETWEEN 1 AND 53 AND week / 100 BETWEEN 1900 AND 2200),
            count INTEGER NOT NULL CHECK (count >= 0),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id),
            PRIMARY KEY (planning_object_id, series, week)
        ) WITHOUT ROWID;

        CREATE TABLE waiting_snapshot (
            id INTEGER PRIMARY KEY,
            snapshot_date TEXT NOT NULL UNIQUE CHECK (date(snapshot_date) IS snapshot_date),
            entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id)
        );
        -- One row per waiting patient, with no identity: the object, the dates and the priority only.
        CREATE TABLE waiting_entry (
            id INTEGER PRIMARY KEY,
            snapshot_id INTEGER NOT NULL REFERENCES waiting_snapshot(id) ON DELETE CASCADE,
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            waiting_since TEXT NOT NULL CHECK (date(waiting_since) IS waiting_since),
            medical_target_date TEXT CHECK (medical_target_date IS NULL OR medical_target_date >= waiting_since),
            priority TEXT CHECK (priority IS NULL OR length(priority) BETWEEN 1 AND 20)
        );
        CREATE INDEX waiting_entry_snapshot_object ON waiting_entry(snapshot_id, planning_object_id);
        CREATE INDEX waiting_entry_object ON waiting_entry(planning_object_id);

        CREATE TABLE capacity (
            unit_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
            resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
            week INTEGER NOT NULL CHECK (week % 100 BETWEEN 1 AND 53 AND week / 100 BETWEEN 1900 AND 2200),
            planned REAL NOT NULL CHECK (planned >= 0),
            absence REAL NOT NULL CHECK (absence >= 0 AND absence <= planned),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id),
            PRIMARY KEY (unit_id, resource_id, week)
        ) WITHOUT ROWID;
        CREATE INDEX capacity_resource ON capacity(resource_id);
        """

    /// Forecast runs with provenance, per-object forecasts with quantiles, backtest scores, pinned methods.
    static let forecastsV1 = """
        CREATE TABLE forecast_run (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            series TEXT NOT NULL CHECK (series IN ('inflow', 'production')),
            horizon INTEGER NOT NULL CHECK (horizon BETWEEN 1 AND 260),
            last_history_week INTEGER NOT NULL
                CHECK (last_history_week % 100 BETWEEN 1 AND 53 AND last_history_week / 100 BETWEEN 1900 AND 2200),
            scope TEXT NOT NULL,
            engine_version TEXT NOT NULL,
            object_count INTEGER NOT NULL CHECK (object_count >= 0)
        );
        CREATE TABLE forecast (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES forecast_run(id) ON DELETE CASCADE,
            planning_object_id INTEGER NOT NULL REFERENCES planning_object(id) ON DELETE CASCADE,
            method TEXT NOT NULL CHECK (length(method) > 0),
            method_version TEXT NOT NULL,
            model TEXT NOT NULL,
            parameters TEXT NOT NULL CHECK (json_valid(parameters)),
            input_fingerprint TEXT NOT NULL,
            history_weeks INTEGER NOT NULL CHECK (history_weeks >= 0),
            pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)),
            note TEXT,
            UNIQUE (run_id, planning_object_id)
        );
        CREATE INDEX forecast_object ON forecast(planning_object_id);
        CREATE TABLE forecast_value (
            forecast_id INTEGER NOT NULL REFERENCES forecast(id) ON DELETE CASCADE,
            week INTEGER NOT NULL CHECK (week % 100 BETWEEN 1 AND 53 AND week / 100 BETWEEN 1900 AND 2200),
            mean REAL NOT NULL CHECK (mean >= 0),
            p025 REAL NOT NULL,
            p10 REAL NOT NULL,
            p50 REAL NOT NULL,
            p90 REAL NOT NULL,
            p975 REAL NOT NULL,
            CHECK (0 <= p025 AND p025 <= p10 AND p10 <= p50 AND p50 <= p90 AND p90 <= p975),
            PRIMARY KEY (forecast_id, week)
        ) WITHOUT ROWID;
        CREATE TABLE backtest_score (
            forecast_id INTEGER NOT NULL REFERENCES forecast(id) ON DELETE CASCADE,
            method TEXT NOT NULL,
            mase REAL,
            smape REAL,
            bias REAL,
            coverage80 REAL CHECK (coverage80 IS NULL OR coverage80 BETWEEN 0 AND 1),
            coverage95 REAL CHECK (coverage95 IS NULL OR coverage95 BETWEEN 0 AND 1),
            origins INTEGER NOT NULL CHECK (origins >= 0),
            chosen INTEGER NOT NULL CHECK (chosen IN (0, 1)),
            PRIMARY KEY (forecast_id, method)
        ) WITHOUT ROWID;
        CREATE TABLE pinned_method (
            planning_object_id INTEGER PRIMARY KEY REFERENCES planning_object(id) ON DELETE CASCADE,
            method TEXT NOT NULL CHECK (length(method) > 0),
            pinned_at TEXT NOT NULL,
            reason TEXT
        );
        """
}
