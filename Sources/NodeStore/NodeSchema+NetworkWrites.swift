extension NodeSchema {
    /// What the node writes for the network beyond indicators: the region the node's database belongs to (learnt
    /// from the hub's credential at the first sync session, so up-stream payloads can name it), and the region's own
    /// learning examples — the working draft and every revision sent to the agency.
    static let networkWritesV1 = """
        CREATE TABLE node_region (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            region_code TEXT NOT NULL CHECK (length(region_code) = 2),
            bound_at TEXT NOT NULL
        );

        CREATE TABLE learning_draft (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 60),
            content TEXT NOT NULL CHECK (json_valid(content)),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE learning_submission (
            example_id TEXT NOT NULL REFERENCES learning_draft(id) ON DELETE RESTRICT,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            content TEXT NOT NULL CHECK (json_valid(content)),
            submitted_at TEXT NOT NULL,
            submitted_by TEXT NOT NULL,
            PRIMARY KEY (example_id, revision)
        ) WITHOUT ROWID;
        CREATE TRIGGER learning_submission_is_frozen
        BEFORE UPDATE ON learning_submission
        BEGIN
            SELECT RAISE(ABORT, 'learning_submission: a sent revision is never changed; submit a new one');
        END;
        """
}
