extension NodeSchema {
    /// Local users with roles (managers scoped to a unit), browser sessions with their CSRF token, and API tokens
    /// for scripts. Secrets are stored only as SHA-256 hashes; passwords as PBKDF2 hashes.
    static let usersV1 = """
        CREATE TABLE node_user (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 60),
            display_name TEXT NOT NULL CHECK (length(display_name) > 0),
            role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'strategic', 'tactical', 'operational')),
            unit_id INTEGER REFERENCES org_unit(id) ON DELETE RESTRICT,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            disabled_at TEXT,
            CHECK ((role IN ('strategic', 'tactical', 'operational')) = (unit_id IS NOT NULL))
        );
        CREATE INDEX node_user_unit ON node_user(unit_id);

        CREATE TABLE node_session (
            id INTEGER PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            user_id INTEGER NOT NULL REFERENCES node_user(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX node_session_user ON node_session(user_id);

        CREATE TABLE api_token (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES node_user(id) ON DELETE CASCADE,
            label TEXT NOT NULL CHECK (length(label) > 0),
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX api_token_user ON api_token(user_id);
        """
}
