extension NodeSchema {
    /// Capacity revisions: the values a capacity row had before an import replaced them, with the import run that
    /// had written them. The capacity feed carries one kind of figure (planned and absence per unit, resource and
    /// week) and an import overwrites it; keeping the superseded values is what lets follow-up compare the
    /// capacity forecast that stood before a week began with the capacity reported for it afterwards.
    ///
    /// A trigger writes the revisions, so no import path can forget them.
    static let capacityRevisionsV1 = """
        CREATE TABLE capacity_revision (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
            resource_id INTEGER NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
            week INTEGER NOT NULL CHECK (week % 100 BETWEEN 1 AND 53 AND week / 100 BETWEEN 1900 AND 2200),
            planned REAL NOT NULL CHECK (planned >= 0),
            absence REAL NOT NULL CHECK (absence >= 0 AND absence <= planned),
            import_run_id INTEGER NOT NULL REFERENCES import_run(id)
        );
        CREATE INDEX capacity_revision_key ON capacity_revision(unit_id, resource_id, week);
        CREATE INDEX capacity_revision_run ON capacity_revision(import_run_id);
        CREATE TRIGGER capacity_keeps_revisions
        AFTER UPDATE OF planned, absence ON capacity
        WHEN (OLD.planned, OLD.absence) IS NOT (NEW.planned, NEW.absence)
        BEGIN
            INSERT INTO capacity_revision (unit_id, resource_id, week, planned, absence, import_run_id)
            VALUES (OLD.unit_id, OLD.resource_id, OLD.week, OLD.planned, OLD.absence, OLD.import_run_id);
        END;
        """
}
