public import Credentials
public import Foundation
import GRDB

extension HubStore {
    /// Creates a person's login for the hub's web UI. Idempotent on username: an existing user keeps its password.
    @discardableResult
    public func ensureUser(
        tenantCode: String, username: String, displayName: String, role: HubRole, password: String,
        rounds: Int = PasswordHash.defaultRounds, at now: Date
    ) throws -> Bool {
        let hash = try PasswordHash.make(password: password, rounds: rounds)
        return try writer.write { db in
            guard let tenant = try Self.tenant(code: tenantCode, in: db) else {
                throw HubStoreError.unknownTenant(tenantCode)
            }
            guard role != .regionNode, role.isAgencyRole == (tenant.kind == .agency) else {
                throw HubStoreError.roleNotForTenant(role, tenant)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM hub_user WHERE username = ?", arguments: [username]) == true {
                return false
            }
            try db.execute(
                sql: """
                    INSERT INTO hub_user (tenant_id, username, display_name, role, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [tenant.id, username, displayName, role.rawValue, hash.encoded, now])
            try Self.audit(
                db, tenantID: tenant.id, actor: "operator", action: "user.create", target: "user:\(username)", at: now)
            return true
        }
    }

    /// The identity of a user whose password matches, or nil (unknown user, wrong password, disabled).
    public func authenticate(username: String, password: String) throws -> HubIdentity? {
        let row = try writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM hub_user WHERE username = ? AND disabled_at IS NULL", arguments: [username])
        }
        guard let row, PasswordHash(encoded: row["password_hash"]).verify(password),
            let role = HubRole(rawValue: row["role"])
        else { return nil }
        return try writer.read { db in
            guard let tenant = try Self.tenant(id: row["tenant_id"], in: db) else { return nil }
            return HubIdentity(tenant: tenant, role: role, actor: "user:\(username)")
        }
    }

    /// The identity of an existing, enabled user (for a session that stores only the username).
    public func identity(username: String) throws -> HubIdentity? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM hub_user WHERE username = ? AND disabled_at IS NULL", arguments: [username]),
                let tenant = try Self.tenant(id: row["tenant_id"], in: db), let role = HubRole(rawValue: row["role"])
            else { return nil }
            return HubIdentity(tenant: tenant, role: role, actor: "user:\(username)")
        }
    }
}
