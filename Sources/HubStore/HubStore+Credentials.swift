public import Credentials
public import Foundation
import GRDB

extension HubStore {
    /// Issues a new token for `tenantCode` with `role`; the secret is returned once and only its hash is stored.
    ///
    /// - Parameters:
    ///   - publicKey: for a node credential, the base64 raw Ed25519 public key its batches are signed with.
    ///   - by: the administrator issuing it (nil for the operator's offline command).
    public func issueCredential(
        tenantCode: String, role: HubRole, label: String, publicKey: String? = nil, by actor: HubIdentity? = nil,
        at now: Date
    ) throws -> (token: AccessToken, credential: CredentialInfo) {
        let token = AccessToken.generate()
        let info = try writer.write { db -> CredentialInfo in
            guard let tenant = try Self.tenant(code: tenantCode, in: db) else {
                throw HubStoreError.unknownTenant(tenantCode)
            }
            guard role.isAgencyRole == (tenant.kind == .agency) else {
                throw HubStoreError.roleNotForTenant(role, tenant)
            }
            try db.execute(
                sql: """
                    INSERT INTO credential (tenant_id, role, label, token_hash, public_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [tenant.id, role.rawValue, label, token.hash, publicKey, now])
            let id = db.lastInsertedRowID
            try Self.audit(
                db, tenantID: tenant.id, actor: actor?.actor ?? "operator", action: "credential.issue",
                target: "credential:\(id)", detail: "\(role.rawValue) \(label)", at: now)
            return CredentialInfo(
                id: id, tenantCode: tenant.code, role: role, label: label, fingerprint: token.fingerprint,
                createdAt: now, revokedAt: nil, hasPublicKey: publicKey != nil)
        }
        return (token, info)
    }

    /// The identity behind a presented token, or nil when it is unknown or revoked. Looked up on every request, so a
    /// revocation takes effect at once without a restart.
    public func identity(for token: AccessToken) throws -> HubIdentity? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT * FROM credential WHERE token_hash = ? AND revoked_at IS NULL",
                    arguments: [token.hash]),
                let tenant = try Self.tenant(id: row["tenant_id"], in: db),
                let role = HubRole(rawValue: row["role"])
            else { return nil }
            let id: Int64 = row["id"]
            return HubIdentity(
                tenant: tenant, role: role, actor: "token:\(token.fingerprint)", credentialID: id,
                publicKey: row["public_key"])
        }
    }

    /// Revokes a credential of the caller's own tenant (or any, for the agency's administrator).
    public func revokeCredential(id: Int64, by actor: HubIdentity, at now: Date) throws {
        try writer.write { db in
            let tenantID = try Self.ownedCredentialTenant(id: id, by: actor, in: db)
            try db.execute(
                sql: "UPDATE credential SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [now, id])
            try Self.audit(
                db, tenantID: tenantID, actor: actor.actor, action: "credential.revoke", target: "credential:\(id)",
                at: now)
        }
    }

    /// Replaces a credential by a new token with the same tenant, role, label and key; the old one stops working.
    public func rotateCredential(id: Int64, by actor: HubIdentity, at now: Date) throws -> (
        token: AccessToken, credential: CredentialInfo
    ) {
        let token = AccessToken.generate()
        let info = try writer.write { db -> CredentialInfo in
            let tenantID = try Self.ownedCredentialTenant(id: id, by: actor, in: db)
            guard let old = try Row.fetchOne(db, sql: "SELECT * FROM credential WHERE id = ?", arguments: [id]),
                (old["revoked_at"] as Date?) == nil, let tenant = try Self.tenant(id: tenantID, in: db)
            else {
                throw HubStoreError(
                    code: "credential.revoked", message: "Nyckel \(id) är redan återkallad; utfärda en ny i stället.")
            }
            try db.execute(sql: "UPDATE credential SET revoked_at = ? WHERE id = ?", arguments: [now, id])
            try db.execute(
                sql: """
                    INSERT INTO credential (tenant_id, role, label, token_hash, public_key, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    tenantID, old["role"] as String, old["label"] as String, token.hash, old["public_key"] as String?,
                    now,
                ])
            let newID = db.lastInsertedRowID
            try Self.audit(
                db, tenantID: tenantID, actor: actor.actor, action: "credential.rotate", target: "credential:\(id)",
                detail: "ersatt av credential:\(newID)", at: now)
            return CredentialInfo(
                id: newID, tenantCode: tenant.code, role: HubRole(rawValue: old["role"]) ?? .regionUser,
                label: old["label"], fingerprint: token.fingerprint, createdAt: now, revokedAt: nil,
                hasPublicKey: (old["public_key"] as String?) != nil)
        }
        return (token, info)
    }

    /// Credentials of one tenant (the caller's), or of all tenants for the agency's administrator.
    public func credentials(visibleTo actor: HubIdentity) throws -> [CredentialInfo] {
        try writer.read { db in
            let all = actor.role == .agencyAdmin
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.*, t.code FROM credential c JOIN tenant t ON t.id = c.tenant_id
                    WHERE (? OR c.tenant_id = ?) ORDER BY c.id
                    """, arguments: [all, actor.tenant.id])
            return rows.map { row in
                CredentialInfo(
                    id: row["id"], tenantCode: row["code"], role: HubRole(rawValue: row["role"]) ?? .regionUser,
                    label: row["label"], fingerprint: String((row["token_hash"] as String).prefix(12)),
                    createdAt: row["created_at"], revokedAt: row["revoked_at"],
                    hasPublicKey: (row["public_key"] as String?) != nil)
            }
        }
    }

    /// The credential's tenant, if `actor` may manage it: its own tenant's, or any for the agency's administrator.
    private static func ownedCredentialTenant(id: Int64, by actor: HubIdentity, in db: Database) throws -> Int64 {
        guard
            let tenantID = try Int64.fetchOne(
                db, sql: "SELECT tenant_id FROM credential WHERE id = ?", arguments: [id]),
            actor.role == .agencyAdmin || tenantID == actor.tenant.id
        else {
            // The same answer for "does not exist" and "not yours": a tenant cannot probe another's credentials.
            throw HubStoreError(code: "credential.unknown", message: "Det finns ingen nyckel \(id) som du får hantera.")
        }
        return tenantID
    }
}
