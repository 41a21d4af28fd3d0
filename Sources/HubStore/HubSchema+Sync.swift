extension HubSchema {
    /// Sync (`docs/sync-protocol.md`): the latest accepted write per region, stream and natural key (with content
    /// hash and the writer's outbox sequence), the receipt of every batch (for replays), what the hub has
    /// acknowledged per region and stream, and the change feeds of the down streams.
    ///
    /// A change feed keeps one row per key holding the key's latest state and the sequence of its last change
    /// (deletions stay as rows with a NULL payload): reading `sequence > after` then yields every key changed
    /// since `after`, so the log is always compacted and no cursor below the head ever becomes invalid. A new
    /// epoch (a restored or rebuilt hub) sends every node through a resync.
    static let syncV1 = """
        CREATE TABLE sync_record (
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            stream TEXT NOT NULL CHECK (length(stream) > 0),
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            payload TEXT NOT NULL,
            batch_id TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (tenant_id, stream, item_key)
        );
        CREATE INDEX sync_record_stream ON sync_record(stream, item_key);

        CREATE TABLE sync_receipt (
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            batch_id TEXT NOT NULL CHECK (length(batch_id) > 0),
            stream TEXT NOT NULL,
            body_sha256 TEXT NOT NULL CHECK (length(body_sha256) = 64),
            receipt TEXT NOT NULL,
            item_count INTEGER NOT NULL CHECK (item_count >= 0),
            imported INTEGER NOT NULL CHECK (imported >= 0),
            updated INTEGER NOT NULL CHECK (updated >= 0),
            ignored INTEGER NOT NULL CHECK (ignored >= 0),
            rejected INTEGER NOT NULL CHECK (rejected >= 0),
            received_at TEXT NOT NULL,
            CHECK (imported + updated + ignored + rejected = item_count),
            PRIMARY KEY (tenant_id, batch_id)
        );

        CREATE TABLE sync_cursor (
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            stream TEXT NOT NULL,
            acknowledged_through INTEGER NOT NULL CHECK (acknowledged_through >= 0),
            PRIMARY KEY (tenant_id, stream)
        );
        CREATE TRIGGER sync_cursor_never_decreases
        BEFORE UPDATE OF acknowledged_through ON sync_cursor
        WHEN NEW.acknowledged_through < OLD.acknowledged_through
        BEGIN
            SELECT RAISE(ABORT, 'sync_cursor: an acknowledged cursor never moves backwards');
        END;

        CREATE TABLE sync_feed (
            stream TEXT PRIMARY KEY,
            epoch TEXT NOT NULL CHECK (length(epoch) > 0),
            head INTEGER NOT NULL CHECK (head >= 0)
        );
        CREATE TABLE sync_change (
            stream TEXT NOT NULL REFERENCES sync_feed(stream) ON DELETE CASCADE,
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT,
            changed_at TEXT NOT NULL,
            PRIMARY KEY (stream, item_key),
            UNIQUE (stream, sequence)
        );
        """

    /// The national-comparison cells whose regional values changed and whose comparison is not yet published
    /// (spec §5.6): an indicator batch adds its cells in its own transaction, and the publisher
    /// (``HubStore/publishQueuedComparisons(limit:at:)``) removes them in the transaction that appends their
    /// comparisons to the feed. `cell` is the cell's parts (indicator, definition version, group, period) as the
    /// tail of a natural key, so its escaping is the keys' own.
    static let comparisonQueueV1 = """
        CREATE TABLE comparison_queue (
            cell TEXT PRIMARY KEY NOT NULL CHECK (length(cell) > 0),
            queued_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """
}
