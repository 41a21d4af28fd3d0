public import Credentials
public import Foundation
import GRDB
public import PlanningDomain

/// A refused user or session operation, with a Swedish sentence that says what to do.
public struct NodeUserError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code.
    public var code: String
    /// The sentence.
    public var message: String

    /// The sentence.
    public var description: String { message }
}

/// A logged-in browser session: who, and the token its forms must carry.
public struct NodeSession: Sendable, Hashable {
    /// The user.
    public var user: NodeUser
    /// The synchronizer token for CSRF protection of this session's forms.
    public var csrfToken: String
}

extension NodeStore {
    /// Creates a user, or refuses with a sentence (unknown unit, manager without a unit, taken username).
    public func addUser(_ user: NodeUser, password: String, rounds: Int = PasswordHash.defaultRounds, at now: Date)
        throws
    {
        guard password.count >= 10 else {
            throw NodeUserError(code: "user.password", message: "Lösenordet måste ha minst 10 tecken.")
        }
        guard user.role.isScoped == (user.unitCode != nil) else {
            throw NodeUserError(
                code: "user.scope",
                message: user.role.isScoped
                    ? "En \(user.role.swedishLabel.lowercased()) behöver en enhet (--enhet) som hen ansvarar för."
                    : "Rollen \(user.role.swedishLabel.lowercased()) ser hela regionen och ska inte ha någon enhet.")
        }
        let hash = try PasswordHash.make(password: password, rounds: rounds)
        try writer.write { db in
            var unitID: Int64?
            if let code = user.unitCode {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM org_unit WHERE code = ?", arguments: [code])
                else {
                    throw NodeUserError(
                        code: "user.unit", message: "Enheten \(code) finns inte. Importera organisationen först.")
                }
                unitID = id
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM node_user WHERE username = ?", arguments: [user.username])
                == true
            {
                throw NodeUserError(code: "user.exists", message: "Användarnamnet \(user.username) är redan taget.")
            }
            try db.execute(
                sql: """
                    INSERT INTO node_user (username, display_name, role, unit_id, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [user.username, user.displayName, user.role.rawValue, unitID, hash.encoded, now])
        }
    }

    /// Every user, by username.
    public func users() throws -> [NodeUser] {
        try writer.read { db in
            try Row.fetchAll(db, sql: Self.userSelect + " WHERE u.disabled_at IS NULL ORDER BY u.username")
                .map(Self.user(from:))
        }
    }

    /// Checks a password and, if it matches, opens a session that lasts `lifetime`; returns the session's secret
    /// (for the cookie) and the session. Unknown user and wrong password give the same nil.
    public func logIn(username: String, password: String, lifetime: TimeInterval = 8 * 3600, at now: Date) throws
        -> (secret: AccessToken, session: NodeSession)?
    {
        let row = try writer.read { db in
            try Row.fetchOne(
                db, sql: Self.userSelect + " WHERE u.username = ? AND u.disabled_at IS NULL", arguments: [username])
        }
        guard let row, PasswordHash(encoded: row["password_hash"]).verify(password) else { return nil }
        let secret = AccessToken.generate()
        let csrf = AccessToken.generate().hash
        try writer.write { db in
            try db.execute(sql: "DELETE FROM node_session WHERE expires_at < ?", arguments: [now])
            try db.execute(
                sql: """
                    INSERT INTO node_session (token_hash, user_id, csrf_token, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [secret.hash, row["id"] as Int64, csrf, now, now.addingTimeInterval(lifetime)])
        }
        return (secret, NodeSession(user: Self.user(from: row), csrfToken: csrf))
    }

    /// The live session behind a cookie secret, or nil when unknown or expired.
    public func session(for secret: AccessToken, at now: Date) throws -> NodeSession? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.csrf_token, u.*, o.code AS unit_code FROM node_session s
                        JOIN node_user u ON u.id = s.user_id LEFT JOIN org_unit o ON o.id = u.unit_id
                        WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL
                        """, arguments: [secret.hash, now])
            else { return nil }
            return NodeSession(user: Self.user(from: row), csrfToken: row["csrf_token"])
        }
    }

    /// Ends a session (logout).
    public func logOut(_ secret: AccessToken) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM node_session WHERE token_hash = ?", arguments: [secret.hash])
        }
    }

    /// Issues an API token for scripts acting as `username`; the secret is returned once.
    public func issueAPIToken(username: String, label: String, at now: Date) throws -> AccessToken {
        let token = AccessToken.generate()
        try writer.write { db in
            guard
                let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM node_user WHERE username = ?", arguments: [username])
            else { throw NodeUserError(code: "user.unknown", message: "Det finns ingen användare \(username).") }
            try db.execute(
                sql: "INSERT INTO api_token (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)",
                arguments: [id, label, token.hash, now])
        }
        return token
    }

    /// Revokes every token with `fingerprint` (the first 12 hex characters of its hash); returns how many.
    @discardableResult
    public func revokeAPIToken(fingerprint: String, at now: Date) throws -> Int {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE api_token SET revoked_at = ? WHERE substr(token_hash, 1, 12) = ? AND revoked_at IS NULL",
                arguments: [now, fingerprint])
            return db.changesCount
        }
    }

    /// The user behind an API token, or nil when unknown or revoked.
    public func user(forAPIToken token: AccessToken) throws -> NodeUser? {
        try writer.read { db in
            try Row.fetchOne(
                db,
                sql: Self.userSelect
                    + " JOIN api_token t ON t.user_id = u.id WHERE t.token_hash = ? AND t.revoked_at IS NULL"
                    + " AND u.disabled_at IS NULL",
                arguments: [token.hash]
            ).map(Self.user(from:))
        }
    }

    private static let userSelect =
        "SELECT u.*, o.code AS unit_code FROM node_user u LEFT JOIN org_unit o ON o.id = u.unit_id"

    private static func user(from row: Row) -> NodeUser {
        NodeUser(
            username: row["username"], displayName: row["display_name"],
            role: NodeRole(rawValue: row["role"]) ?? .operational, unitCode: row["unit_code"])
    }
}
