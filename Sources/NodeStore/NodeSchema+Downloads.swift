extension NodeSchema {
    /// What the node downloads from the agency besides national comparisons: the published learning examples
    /// (`published-examples`) and the indicator catalogue's releases (`definitions`). Both are local copies of
    /// hub-owned keys, replaced as a whole on a resync; `payload` is the canonical JSON as received, so the copy
    /// can be checked against `content_hash` at any time.
    static let downloadsV1 = """
        CREATE TABLE published_example (
            item_key TEXT PRIMARY KEY,
            example_id TEXT NOT NULL UNIQUE CHECK (length(example_id) BETWEEN 1 AND 200),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            region_code TEXT NOT NULL CHECK (length(region_code) BETWEEN 1 AND 20),
            theme TEXT NOT NULL,
            level TEXT,
            title TEXT NOT NULL CHECK (length(title) > 0),
            published_on TEXT NOT NULL,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            received_at TEXT NOT NULL
        );
        CREATE INDEX published_example_published_on ON published_example(published_on);

        CREATE TABLE catalogue_release (
            item_key TEXT PRIMARY KEY,
            version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
            hash TEXT NOT NULL CHECK (length(hash) = 64),
            published_on TEXT NOT NULL,
            indicator_count INTEGER NOT NULL CHECK (indicator_count >= 0),
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            payload TEXT NOT NULL CHECK (json_valid(payload)),
            received_at TEXT NOT NULL
        );
        """
}
