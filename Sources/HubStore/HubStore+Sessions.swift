public import Credentials
public import Foundation
import GRDB

/// A logged-in browser session of a hub user.
public struct HubSession: Sendable, Hashable {
    /// Who.
    public var identity: HubIdentity
    /// The user's display name.
    public var displayName: String
    /// The synchronizer token every POST form of this session must carry.
    public var csrfToken: String
}

extension HubStore {
    /// Checks a password and, if it matches, opens a session lasting `lifetime`; returns the cookie's secret and the
    /// session. Unknown user and wrong password give the same nil. Expired sessions are removed on the way.
    public func login(username: String, password: String, lifetime: TimeInterval = 8 * 3600, at now: Date) throws
        -> (secret: AccessToken, session: HubSession)?
    {
        guard let identity = try authenticate(username: username, password: password) else { return nil }
        let secret = AccessToken.generate()
        let csrf = AccessToken.generate().hash
        let displayName = try writer.write { db -> String in
            try db.execute(sql: "DELETE FROM hub_session WHERE expires_at < ?", arguments: [now])
            try db.execute(
                sql: """
                    INSERT INTO hub_session (token_hash, tenant_id, username, csrf_token, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    secret.hash, identity.tenant.id, username, csrf, now, now.addingTimeInterval(lifetime),
                ])
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "session.login",
                target: "user:\(username)", at: now)
            return try String.fetchOne(
                db, sql: "SELECT display_name FROM hub_user WHERE username = ?", arguments: [username]) ?? username
        }
        return (secret, HubSession(identity: identity, displayName: displayName, csrfToken: csrf))
    }

    /// The live session behind a cookie secret, or nil when unknown, expired, or the user was disabled.
    public func session(for secret: AccessToken, at now: Date) throws -> HubSession? {
        let row = try writer.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT s.username, s.csrf_token, u.display_name FROM hub_session s
                    JOIN hub_user u ON u.username = s.username
                    WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL
                    """, arguments: [secret.hash, now])
        }
        guard let row, let identity = try identity(username: row["username"]) else { return nil }
        return HubSession(identity: identity, displayName: row["display_name"], csrfToken: row["csrf_token"])
    }

    /// Ends a session (logout).
    public func logout(secret: AccessToken, at now: Date) throws {
        try writer.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT tenant_id, username FROM hub_session WHERE token_hash = ?",
                    arguments: [secret.hash])
            else { return }
            try db.execute(sql: "DELETE FROM hub_session WHERE token_hash = ?", arguments: [secret.hash])
            try Self.audit(
                db, tenantID: row["tenant_id"], actor: "user:\(row["username"] as String)", action: "session.logout",
                target: "user:\(row["username"] as String)", at: now)
        }
    }
}
