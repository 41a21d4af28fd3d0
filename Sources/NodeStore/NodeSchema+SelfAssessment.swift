extension NodeSchema {
    /// The self-assessment beyond the statement answers of `followUpV1`: one row per answered unit (the version
    /// answered, the date, who saved last), the checklist answers and the per-area reflections.
    static let selfAssessmentV1 = """
        CREATE TABLE self_assessment_response (
            unit_code TEXT PRIMARY KEY REFERENCES org_unit(code) ON DELETE CASCADE,
            version TEXT NOT NULL CHECK (length(version) > 0),
            answered_on TEXT NOT NULL CHECK (date(answered_on) IS answered_on),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE self_assessment_checklist_answer (
            unit_code TEXT NOT NULL REFERENCES org_unit(code) ON DELETE CASCADE,
            question_number INTEGER NOT NULL CHECK (question_number BETWEEN 1 AND 999),
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'majority', 'minority', 'no', 'unknown')),
            PRIMARY KEY (unit_code, question_number)
        ) WITHOUT ROWID;

        CREATE TABLE self_assessment_reflection (
            unit_code TEXT NOT NULL REFERENCES org_unit(code) ON DELETE CASCADE,
            area INTEGER NOT NULL CHECK (area BETWEEN 1 AND 99),
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
            PRIMARY KEY (unit_code, area)
        ) WITHOUT ROWID;
        """
}
