extension NodeSchema {
    /// Analysts' resource-use figures (kapacitetsåtgång) that replace the estimate: an append-only history per
    /// (unit, resource, planning object or the whole unit); the latest row per key wins and a row with no value
    /// clears the figure (back to the estimate). Codes, not row ids: master-data imports may replace rows, and a
    /// history of who decided what must outlive them. Triggers refuse changes and deletions.
    static let resourceUseOverridesV1 = """
        CREATE TABLE resource_use_override (
            id INTEGER PRIMARY KEY,
            unit_code TEXT NOT NULL CHECK (length(unit_code) BETWEEN 1 AND 40),
            resource_code TEXT NOT NULL CHECK (length(resource_code) BETWEEN 1 AND 40),
            object_code TEXT NOT NULL DEFAULT '' CHECK (length(object_code) <= 60),
            value REAL CHECK (value IS NULL OR value >= 0),
            set_by TEXT NOT NULL CHECK (length(set_by) > 0),
            set_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
        );
        CREATE INDEX resource_use_override_key ON resource_use_override(unit_code, resource_code, object_code, id);
        CREATE TRIGGER resource_use_override_append_only_update BEFORE UPDATE ON resource_use_override
        BEGIN SELECT RAISE(ABORT, 'resource_use_override is append-only'); END;
        CREATE TRIGGER resource_use_override_append_only_delete BEFORE DELETE ON resource_use_override
        BEGIN SELECT RAISE(ABORT, 'resource_use_override is append-only'); END;
        """

    /// Hourly arrivals for acute dimensioning, as last uploaded (one set; a new upload replaces it), with the
    /// upload's file name, time and user.
    static let acuteArrivalsV1 = """
        CREATE TABLE acute_arrival_upload (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            uploaded_at TEXT NOT NULL,
            uploaded_by TEXT NOT NULL
        );
        CREATE TABLE acute_arrival_hour (
            upload_id INTEGER NOT NULL REFERENCES acute_arrival_upload(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
            arrivals REAL NOT NULL CHECK (arrivals >= 0),
            PRIMARY KEY (upload_id, day, hour)
        ) WITHOUT ROWID;
        """
}
