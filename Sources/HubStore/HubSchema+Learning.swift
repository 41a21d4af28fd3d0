extension HubSchema {
    /// Learning examples, their revisions, review comments and attachments, and the network's meetings.
    ///
    /// `learning_example.document` is the whole ``LearningExample`` state machine as JSON — the one source of truth
    /// a command is run against; the revision and comment rows are written from it in the same transaction, for
    /// listing and search. Attachment bytes live in `learning_attachment` (one row per example and file name).
    static let learningV1 = """
        CREATE TABLE learning_example (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            status TEXT NOT NULL
                CHECK (status IN ('draft', 'submitted', 'changesRequested', 'published', 'rejected')),
            version INTEGER NOT NULL CHECK (version >= 1),
            draft_title TEXT NOT NULL,
            published_revision INTEGER,
            has_revision INTEGER NOT NULL CHECK (has_revision IN (0, 1)),
            document TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX learning_example_tenant ON learning_example(tenant_id, status);
        CREATE INDEX learning_example_status ON learning_example(status);

        CREATE TABLE learning_revision (
            example_id TEXT NOT NULL REFERENCES learning_example(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL CHECK (revision >= 1),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            title TEXT NOT NULL,
            theme TEXT NOT NULL,
            level TEXT NOT NULL,
            problem TEXT NOT NULL,
            what_was_done TEXT NOT NULL,
            results TEXT NOT NULL,
            contact_role TEXT NOT NULL,
            submitted_by TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            PRIMARY KEY (example_id, revision)
        );
        CREATE INDEX learning_revision_tenant ON learning_revision(tenant_id);

        CREATE TABLE learning_comment (
            id INTEGER PRIMARY KEY,
            example_id TEXT NOT NULL REFERENCES learning_example(id) ON DELETE CASCADE,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL CHECK (position >= 0),
            author_tenant TEXT NOT NULL,
            author TEXT NOT NULL,
            revision INTEGER,
            text TEXT NOT NULL,
            written_at TEXT NOT NULL,
            UNIQUE (example_id, position)
        );
        CREATE INDEX learning_comment_tenant ON learning_comment(tenant_id);

        CREATE TABLE learning_attachment (
            id INTEGER PRIMARY KEY,
            example_id TEXT NOT NULL REFERENCES learning_example(id) ON DELETE CASCADE,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            media_type TEXT NOT NULL,
            byte_count INTEGER NOT NULL CHECK (byte_count > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            data BLOB NOT NULL,
            uploaded_at TEXT NOT NULL,
            UNIQUE (example_id, name)
        );
        CREATE INDEX learning_attachment_tenant ON learning_attachment(tenant_id);

        CREATE TABLE network_meeting (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 80),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            meeting_date TEXT NOT NULL,
            title TEXT NOT NULL,
            themes TEXT NOT NULL,
            document TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX network_meeting_date ON network_meeting(meeting_date);
        """

    /// Full-text search over published revisions. SQLite-specific (FTS5), in its own migration: on PostgreSQL this
    /// becomes a `tsvector` column with a `simple` configuration behind the same ``HubStore`` search method.
    /// `remove_diacritics 0` keeps å, ä and ö distinct letters, as Swedish readers expect ("får" is not "far").
    static let learningSearchV1 = """
        CREATE VIRTUAL TABLE learning_search USING fts5(
            example_id UNINDEXED, title, problem, what_was_done, results,
            tokenize = "unicode61 remove_diacritics 0"
        );
        """
}
