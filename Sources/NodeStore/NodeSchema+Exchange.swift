extension NodeSchema {
    /// The capacity exchange on the node: the hub's state as downloaded from `exchange-state` (only what this region
    /// may see; the hub decides), the region's own actions (each also written to the outbox in the same
    /// transaction). The region's county code is the one sync binds (``NodeStore/bindRegion(_:at:)``).
    static let exchangeV1 = """
        CREATE TABLE exchange_state (
            item_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('request', 'offer', 'proposal', 'agreement')),
            entity_id TEXT NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 200),
            version INTEGER NOT NULL CHECK (version >= 1),
            status TEXT NOT NULL,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            received_at TEXT NOT NULL,
            UNIQUE (kind, entity_id)
        );

        -- One row per outbox key: a delivery correction of the same week replaces its row.
        -- The action is confirmed when exchange_state holds (confirm_kind, confirm_id) at a version above
        -- confirm_after_version (0: when it exists), and refused when sync_rejection names its key afterwards.
        CREATE TABLE exchange_action (
            item_key TEXT PRIMARY KEY,
            stream TEXT NOT NULL CHECK (stream IN ('exchange-messages', 'delivery-follow-ups')),
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            confirm_kind TEXT NOT NULL CHECK (confirm_kind IN ('request', 'offer', 'proposal', 'agreement')),
            confirm_id TEXT NOT NULL,
            confirm_after_version INTEGER NOT NULL CHECK (confirm_after_version >= 0),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX exchange_action_created ON exchange_action(created_at);
        """
}
