extension NodeSchema {
    /// Follow-up: the deviation register as an append-only event log (the register is rebuilt by replaying it, so
    /// every comment, escalation and resolution keeps who and when), and self-assessment answers per unit.
    static let followUpV1 = """
        CREATE TABLE deviation_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            payload TEXT NOT NULL CHECK (json_valid(payload))
        );

        CREATE TABLE self_assessment_answer (
            unit_code TEXT NOT NULL REFERENCES org_unit(code) ON DELETE CASCADE,
            statement_id TEXT NOT NULL CHECK (length(statement_id) > 0),
            answer TEXT NOT NULL CHECK (length(answer) > 0),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (unit_code, statement_id)
        );
        """
}
