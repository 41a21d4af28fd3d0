extension HubSchema {
    /// Regions' self-assessment responses: one row per tenant, organisation, answer date and questionnaire
    /// version (a resubmission of the same replaces it). Only the owning tenant reads a row; the national view
    /// is computed from them anonymously.
    static let selfAssessmentV1 = """
        CREATE TABLE self_assessment_response (
            id INTEGER PRIMARY KEY,
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            organisation_code TEXT NOT NULL CHECK (length(organisation_code) BETWEEN 1 AND 80),
            answered_on TEXT NOT NULL CHECK (length(answered_on) = 10),
            questionnaire_version TEXT NOT NULL,
            document TEXT NOT NULL,
            submitted_at TEXT NOT NULL,
            UNIQUE (tenant_id, organisation_code, answered_on, questionnaire_version)
        );
        CREATE INDEX self_assessment_response_tenant ON self_assessment_response(tenant_id, answered_on);
        """

    /// Browser sessions of hub users: the cookie's secret only as a hash, the CSRF token every POST form carries.
    static let webSessionsV1 = """
        CREATE TABLE hub_session (
            id INTEGER PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            tenant_id INTEGER NOT NULL REFERENCES tenant(id) ON DELETE RESTRICT,
            username TEXT NOT NULL REFERENCES hub_user(username) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX hub_session_tenant ON hub_session(tenant_id);
        CREATE INDEX hub_session_expiry ON hub_session(expires_at);
        """
}
