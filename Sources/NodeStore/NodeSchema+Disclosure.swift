extension NodeSchema {
    /// The publication ledger of disclosure control (`architecture.md` §5): every distinct count the node has
    /// exported for a cell of its indicator tables, with the rule version and the time it was first written to the
    /// outbox. Records are never updated or deleted: a value once sent stays visible to readers.
    static let disclosureV1 = """
        CREATE TABLE disclosure_ledger (
            cell_key TEXT NOT NULL CHECK (length(cell_key) > 0),
            count INTEGER NOT NULL CHECK (count >= 0),
            rule_version TEXT NOT NULL CHECK (length(rule_version) > 0),
            published_at TEXT NOT NULL,
            PRIMARY KEY (cell_key, count)
        ) WITHOUT ROWID;
        CREATE TRIGGER disclosure_ledger_append_only_update
        BEFORE UPDATE ON disclosure_ledger
        BEGIN
            SELECT RAISE(ABORT, 'disclosure_ledger: published values are never changed');
        END;
        CREATE TRIGGER disclosure_ledger_append_only_delete
        BEFORE DELETE ON disclosure_ledger
        BEGIN
            SELECT RAISE(ABORT, 'disclosure_ledger: published values are never removed');
        END;
        """
}
