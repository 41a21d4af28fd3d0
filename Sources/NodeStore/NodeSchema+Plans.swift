extension NodeSchema {
    /// Production plans: one row per plan, its versions with the agreement workflow, and its production goals.
    ///
    /// A version's volumes and balancing actions are frozen once it is agreed: the trigger refuses the change
    /// even if a caller bypasses the domain's own check (constraints are the truth).
    static let plansV1 = """
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) > 0),
            scope_unit TEXT NOT NULL CHECK (length(scope_unit) > 0),
            start_week INTEGER NOT NULL
                CHECK (start_week % 100 BETWEEN 1 AND 53 AND start_week / 100 BETWEEN 1900 AND 2200),
            week_count INTEGER NOT NULL CHECK (week_count BETWEEN 1 AND 260),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL CHECK (length(created_by) > 0)
        );
        CREATE TABLE plan_version (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            parent_number INTEGER CHECK (parent_number IS NULL OR parent_number < number),
            status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'agreed', 'superseded')),
            volumes TEXT NOT NULL CHECK (json_valid(volumes)),
            actions TEXT NOT NULL CHECK (json_valid(actions)),
            history TEXT NOT NULL CHECK (json_valid(history)),
            UNIQUE (plan_id, number)
        );
        CREATE TRIGGER plan_version_agreed_is_immutable
        BEFORE UPDATE OF volumes, actions ON plan_version
        WHEN OLD.status IN ('agreed', 'superseded')
        BEGIN
            SELECT RAISE(ABORT, 'plan_version: an agreed or superseded version cannot change volumes or actions');
        END;
        CREATE TABLE plan_goal (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(name) > 0),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
            quarter INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
            specialty TEXT CHECK (specialty IS NULL OR length(specialty) > 0),
            volume REAL NOT NULL CHECK (volume >= 0)
        );
        CREATE INDEX plan_goal_plan ON plan_goal(plan_id);
        """
}
