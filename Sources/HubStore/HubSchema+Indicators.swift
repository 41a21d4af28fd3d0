extension HubSchema {
    /// The agency's indicator catalogue (every published version, and every definition version ever published, so
    /// values computed under an older definition stay interpretable) and the regions' indicator values.
    ///
    /// A value row is keyed by its natural key (tenant, indicator, definition version, group, period); a suppressed
    /// cell is stored without numbers, so the hub never holds a small count.
    static let indicatorsV1 = """
        CREATE TABLE indicator_catalogue (
            id INTEGER PRIMARY KEY,
            version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            document TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT NOT NULL
        );

        CREATE TABLE indicator_definition (
            id INTEGER PRIMARY KEY,
            indicator_id TEXT NOT NULL CHECK (length(indicator_id) BETWEEN 1 AND 64),
            definition_version INTEGER NOT NULL CHECK (definition_version >= 1),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            document TEXT NOT NULL,
            first_catalogue_version INTEGER NOT NULL REFERENCES indicator_catalogue(version),
            UNIQUE (indicator_id, definition_version)
        );

        CREATE TABLE indicator_value (
            id INTEGER PRIMARY KEY,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            indicator_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL,
            group_name TEXT NOT NULL CHECK (length(group_name) BETWEEN 1 AND 200),
            period TEXT NOT NULL CHECK (length(period) BETWEEN 7 AND 8),
            period_type TEXT NOT NULL CHECK (period_type IN ('week', 'month')),
            suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
            numerator DOUBLE PRECISION,
            denominator DOUBLE PRECISION,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            received_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            UNIQUE (tenant_id, indicator_id, definition_version, group_name, period),
            FOREIGN KEY (indicator_id, definition_version)
                REFERENCES indicator_definition(indicator_id, definition_version),
            CHECK (suppressed = 1 OR numerator IS NOT NULL),
            CHECK (suppressed = 0 OR (numerator IS NULL AND denominator IS NULL)),
            CHECK (numerator IS NULL OR numerator >= 0),
            CHECK (denominator IS NULL OR denominator > 0)
        );
        CREATE INDEX indicator_value_cell ON indicator_value(indicator_id, definition_version, group_name, period);
        CREATE INDEX indicator_value_tenant ON indicator_value(tenant_id, indicator_id, period);
        """
}
