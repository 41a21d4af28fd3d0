extension NodeSchema {
    /// Sync with the hub (`docs/sync-protocol.md`): the outbox (one pending entry per stream and key, sequences per
    /// stream that only grow and are never reused), the current export per key (what a resync sends again and
    /// what the next export is compared with), the acknowledged cursor of each up stream, the download cursor of
    /// each down stream, a readable log of every batch sent and its receipt, rejected items, the last status of
    /// each stream, and the national comparisons downloaded from the hub.
    ///
    /// Cursors never move backwards: the triggers refuse it even if a caller bypasses the store's own MAX.
    static let syncV1 = """
        CREATE TABLE sync_sequence (
            stream TEXT PRIMARY KEY,
            last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
        );
        CREATE TRIGGER sync_sequence_never_decreases
        BEFORE UPDATE OF last_sequence ON sync_sequence
        WHEN NEW.last_sequence < OLD.last_sequence
        BEGIN
            SELECT RAISE(ABORT, 'sync_sequence: outbox sequences are never reused');
        END;

        CREATE TABLE sync_outbox (
            stream TEXT NOT NULL,
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            enqueued_at TEXT NOT NULL,
            PRIMARY KEY (stream, item_key),
            UNIQUE (stream, sequence)
        );

        CREATE TABLE sync_export (
            stream TEXT NOT NULL,
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            exported_at TEXT NOT NULL,
            PRIMARY KEY (stream, item_key)
        );

        CREATE TABLE sync_upload_cursor (
            stream TEXT PRIMARY KEY,
            acknowledged_through INTEGER NOT NULL CHECK (acknowledged_through >= 0),
            updated_at TEXT NOT NULL
        );
        CREATE TRIGGER sync_upload_cursor_never_decreases
        BEFORE UPDATE OF acknowledged_through ON sync_upload_cursor
        WHEN NEW.acknowledged_through < OLD.acknowledged_through
        BEGIN
            SELECT RAISE(ABORT, 'sync_upload_cursor: an acknowledged cursor never moves backwards');
        END;

        CREATE TABLE sync_download_cursor (
            stream TEXT PRIMARY KEY,
            epoch TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            updated_at TEXT NOT NULL
        );
        CREATE TRIGGER sync_download_cursor_never_decreases
        BEFORE UPDATE ON sync_download_cursor
        WHEN NEW.epoch = OLD.epoch AND NEW.sequence < OLD.sequence
        BEGIN
            SELECT RAISE(ABORT, 'sync_download_cursor: within an epoch the cursor never moves backwards');
        END;

        CREATE TABLE sync_batch_log (
            batch_id TEXT PRIMARY KEY,
            stream TEXT NOT NULL,
            after_sequence INTEGER NOT NULL CHECK (after_sequence >= 0),
            resync INTEGER NOT NULL CHECK (resync IN (0, 1)),
            item_count INTEGER NOT NULL CHECK (item_count > 0),
            items TEXT NOT NULL CHECK (json_valid(items)),
            first_sent_at TEXT NOT NULL,
            last_sent_at TEXT NOT NULL,
            attempts INTEGER NOT NULL CHECK (attempts >= 1),
            acknowledged_at TEXT,
            acknowledged_through INTEGER,
            imported INTEGER,
            updated INTEGER,
            ignored INTEGER,
            rejected INTEGER,
            receipt TEXT CHECK (receipt IS NULL OR json_valid(receipt))
        );
        CREATE INDEX sync_batch_log_stream ON sync_batch_log(stream, first_sent_at);

        CREATE TABLE sync_rejection (
            id INTEGER PRIMARY KEY,
            stream TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            item_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            message TEXT,
            batch_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX sync_rejection_stream ON sync_rejection(stream, id);

        CREATE TABLE sync_stream_status (
            stream TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (json_valid(status)),
            updated_at TEXT NOT NULL
        );

        CREATE TABLE national_comparison (
            item_key TEXT PRIMARY KEY,
            indicator_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL CHECK (definition_version >= 1),
            group_name TEXT NOT NULL,
            period TEXT NOT NULL,
            national REAL,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            received_at TEXT NOT NULL
        );
        CREATE INDEX national_comparison_indicator ON national_comparison(indicator_id, period);
        """

    /// The outbox no longer keeps its own copy of each payload: a pending entry's payload is always the current
    /// export of its key (both are written in the same transaction, `NodeStore.enqueue`), so the outbox names the
    /// key, sequence and hash and the upload reads the payload from `sync_export`. Half the bytes per export, and
    /// the outbox's rows are small enough to live in their primary key's b-tree.
    static let outboxWithoutPayloadV1 = """
        CREATE TABLE sync_outbox_new (
            stream TEXT NOT NULL,
            item_key TEXT NOT NULL CHECK (length(item_key) > 0),
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            enqueued_at TEXT NOT NULL,
            PRIMARY KEY (stream, item_key),
            UNIQUE (stream, sequence)
        ) WITHOUT ROWID;
        INSERT INTO sync_outbox_new (stream, item_key, sequence, content_hash, enqueued_at)
            SELECT stream, item_key, sequence, content_hash, enqueued_at FROM sync_outbox;
        DROP TABLE sync_outbox;
        ALTER TABLE sync_outbox_new RENAME TO sync_outbox;
        """
}
