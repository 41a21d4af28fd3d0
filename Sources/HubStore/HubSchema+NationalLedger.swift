extension HubSchema {
    /// The hub's publication ledger for national tables (architecture §5: "a publication ledger records what was
    /// shown, when, under which rule version; a revision is itself a disclosure risk and is checked"), and the
    /// national tables as last published.
    ///
    /// `national_disclosure_ledger` holds every distinct count the hub has shown for a cell of a national table:
    /// a region's figure (its numerator, or its denominator) or the national total (`region_code` 'SE'), per
    /// indicator, definition version, group and period. Rows are never updated or deleted: a value once shown stays
    /// visible to readers, so later publications are checked against it.
    ///
    /// `national_publication` is the decision for one period of a table: which regions (and whether the national
    /// total) the hub withheld, and a fingerprint of the regional figures it was made from. Readers use it while
    /// the figures are unchanged; a changed fingerprint means the table must be published again (and checked
    /// against the ledger) before it is shown.
    static let nationalLedgerV1 = """
        CREATE TABLE national_disclosure_ledger (
            indicator_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL,
            group_name TEXT NOT NULL,
            period TEXT NOT NULL,
            region_code TEXT NOT NULL CHECK (length(region_code) BETWEEN 2 AND 20),
            part TEXT NOT NULL CHECK (part IN ('numerator', 'denominator')),
            count INTEGER NOT NULL CHECK (count >= 0),
            rule_version TEXT NOT NULL CHECK (length(rule_version) > 0),
            published_at TEXT NOT NULL,
            PRIMARY KEY (indicator_id, definition_version, group_name, period, region_code, part, count)
        ) WITHOUT ROWID;
        CREATE TRIGGER national_disclosure_ledger_append_only_update
        BEFORE UPDATE ON national_disclosure_ledger
        BEGIN
            SELECT RAISE(ABORT, 'national_disclosure_ledger: published values are never changed');
        END;
        CREATE TRIGGER national_disclosure_ledger_append_only_delete
        BEFORE DELETE ON national_disclosure_ledger
        BEGIN
            SELECT RAISE(ABORT, 'national_disclosure_ledger: published values are never removed');
        END;

        CREATE TABLE national_publication (
            indicator_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL,
            group_name TEXT NOT NULL,
            period TEXT NOT NULL,
            fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
            withheld TEXT NOT NULL,
            rule_version TEXT NOT NULL CHECK (length(rule_version) > 0),
            published_at TEXT NOT NULL,
            PRIMARY KEY (indicator_id, definition_version, group_name, period)
        ) WITHOUT ROWID;
        """
}
