extension HubSchema {
    /// The capacity exchange: requests, offers, proposals, agreements and their weekly deliveries.
    ///
    /// Each row carries the domain value as JSON (`document`, the state a command runs against) and the columns
    /// queries and constraints need (owner, status, version, period). `version` is the optimistic-concurrency
    /// counter the domain increments; a command is loaded, run and stored in one write transaction.
    static let exchangeV1 = """
        CREATE TABLE exchange_request (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            status TEXT NOT NULL
                CHECK (status IN ('open', 'partiallyMatched', 'matched', 'closed', 'withdrawn', 'expired')),
            version INTEGER NOT NULL CHECK (version >= 1),
            specialty TEXT NOT NULL,
            unit TEXT NOT NULL,
            volume INTEGER NOT NULL CHECK (volume > 0),
            agreed INTEGER NOT NULL CHECK (agreed >= 0),
            first_week TEXT NOT NULL,
            last_week TEXT NOT NULL,
            radius TEXT NOT NULL,
            position INTEGER NOT NULL,
            document TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX exchange_request_tenant ON exchange_request(tenant_id, status);

        CREATE TABLE exchange_offer (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            status TEXT NOT NULL
                CHECK (status IN ('open', 'partiallyMatched', 'matched', 'closed', 'withdrawn', 'expired')),
            version INTEGER NOT NULL CHECK (version >= 1),
            specialty TEXT NOT NULL,
            unit TEXT NOT NULL,
            volume INTEGER NOT NULL CHECK (volume > 0),
            agreed INTEGER NOT NULL CHECK (agreed >= 0),
            first_week TEXT NOT NULL,
            last_week TEXT NOT NULL,
            radius TEXT NOT NULL,
            position INTEGER NOT NULL,
            document TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX exchange_offer_tenant ON exchange_offer(tenant_id, status);

        CREATE TABLE exchange_proposal (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('request', 'offer')),
            target_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn', 'lapsed')),
            version INTEGER NOT NULL CHECK (version >= 1),
            position INTEGER NOT NULL,
            document TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX exchange_proposal_tenant ON exchange_proposal(tenant_id);
        CREATE INDEX exchange_proposal_target ON exchange_proposal(target_kind, target_id);

        -- tenant_id is the recipient (whose patients are treated); provider_tenant_id the region that delivers.
        CREATE TABLE exchange_agreement (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            provider_tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            status TEXT NOT NULL CHECK (status IN ('agreed', 'delivering', 'completed', 'cancelled')),
            version INTEGER NOT NULL CHECK (version >= 1),
            unit TEXT NOT NULL,
            volume INTEGER NOT NULL CHECK (volume > 0),
            delivered INTEGER NOT NULL CHECK (delivered >= 0 AND delivered <= volume),
            first_week TEXT NOT NULL,
            last_week TEXT NOT NULL,
            position INTEGER NOT NULL,
            document TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (tenant_id <> provider_tenant_id)
        );
        CREATE INDEX exchange_agreement_tenant ON exchange_agreement(tenant_id);
        CREATE INDEX exchange_agreement_provider ON exchange_agreement(provider_tenant_id);

        CREATE TABLE exchange_delivery (
            agreement_id TEXT NOT NULL REFERENCES exchange_agreement(id) ON DELETE CASCADE,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            week TEXT NOT NULL,
            delivered INTEGER NOT NULL CHECK (delivered > 0),
            PRIMARY KEY (agreement_id, week)
        );
        CREATE INDEX exchange_delivery_tenant ON exchange_delivery(tenant_id);
        """

    /// Who may read a change of a down stream: NULL for every node, or `,05,06,` (the region codes, sorted,
    /// comma-framed) — the exchange state of a request within a radius, a proposal or an agreement goes only to the
    /// regions that may see it (`HubStore+ExchangeFeed`).
    static let exchangeSyncV1 = """
        ALTER TABLE sync_change ADD COLUMN audience TEXT
            CHECK (audience IS NULL OR (audience LIKE ',%,' AND length(audience) >= 3));
        """
}
