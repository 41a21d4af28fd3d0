import GRDB

/// The hub's schema as frozen, named migrations. Every tenant-owned row carries `tenant_id`. The SQL keeps to the
/// portable subset (no SQLite-only types in columns) so the hub can move to PostgreSQL behind ``HubStore``.
enum HubSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-25-hub-tenancy") { db in
            try db.execute(sql: tenancyV1)
        }
        migrator.registerMigration("2026-11-26-hub-indicators") { db in
            try db.execute(sql: indicatorsV1)
        }
        migrator.registerMigration("2026-11-26-hub-learning") { db in
            try db.execute(sql: learningV1)
        }
        migrator.registerMigration("2026-11-26-hub-learning-search") { db in
            try db.execute(sql: learningSearchV1)
        }
        migrator.registerMigration("2026-11-26-hub-exchange") { db in
            try db.execute(sql: exchangeV1)
        }
        migrator.registerMigration("2026-11-26-hub-self-assessment") { db in
            try db.execute(sql: selfAssessmentV1)
        }
        migrator.registerMigration("2026-11-26-hub-web-sessions") { db in
            try db.execute(sql: webSessionsV1)
        }
        migrator.registerMigration("2026-12-02-hub-sync") { db in try db.execute(sql: syncV1) }
        migrator.registerMigration("2026-12-03-hub-national-ledger") { db in try db.execute(sql: nationalLedgerV1) }
        migrator.registerMigration("2026-12-09-hub-exchange-sync") { db in try db.execute(sql: exchangeSyncV1) }
        migrator.registerMigration("2026-12-14-hub-comparison-queue") { db in try db.execute(sql: comparisonQueueV1) }
        return migrator
    }

    /// Tenants, their credentials and users, and the audit log of every write.
    static let tenancyV1 = """
        CREATE TABLE tenant (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 20),
            name TEXT NOT NULL CHECK (length(name) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('region', 'agency'))
        );

        CREATE TABLE credential (
            id INTEGER PRIMARY KEY,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('region-node', 'region-user', 'agency-curator', 'agency-admin')),
            label TEXT NOT NULL CHECK (length(label) > 0),
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            public_key TEXT,
            created_at TEXT NOT NULL,
            revoked_at TEXT,
            last_used_at TEXT
        );
        CREATE INDEX credential_tenant ON credential(tenant_id);

        CREATE TABLE hub_user (
            id INTEGER PRIMARY KEY,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 60),
            display_name TEXT NOT NULL CHECK (length(display_name) > 0),
            role TEXT NOT NULL CHECK (role IN ('region-user', 'agency-curator', 'agency-admin')),
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            disabled_at TEXT
        );
        CREATE INDEX hub_user_tenant ON hub_user(tenant_id);

        CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (length(action) > 0),
            target TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_event_tenant ON audit_event(tenant_id, at);
        """
}
