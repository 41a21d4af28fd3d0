public import Foundation
public import GRDB
public import PlanningDomain

extension HubStore {
    /// Creates the tenants that do not exist yet: every given region and the agency. Idempotent.
    public func ensureTenants(regions: [SwedishRegion], agencyCode: String, agencyName: String) throws {
        try writer.write { db in
            for region in regions {
                try db.execute(
                    sql: "INSERT INTO tenant (code, name, kind) VALUES (?, ?, 'region') ON CONFLICT(code) DO NOTHING",
                    arguments: [region.code, region.name])
            }
            try db.execute(
                sql: "INSERT INTO tenant (code, name, kind) VALUES (?, ?, 'agency') ON CONFLICT(code) DO NOTHING",
                arguments: [agencyCode, agencyName])
        }
    }

    /// Every tenant, regions first by code, then the agency.
    public func tenants() throws -> [Tenant] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM tenant ORDER BY kind DESC, code").map(Self.tenant(from:))
        }
    }

    /// The tenant with `code`, or nil.
    public func tenant(code: String) throws -> Tenant? {
        try writer.read { db in try Self.tenant(code: code, in: db) }
    }

    static func tenant(code: String, in db: Database) throws -> Tenant? {
        try Row.fetchOne(db, sql: "SELECT * FROM tenant WHERE code = ?", arguments: [code]).map(tenant(from:))
    }

    static func tenant(id: Int64, in db: Database) throws -> Tenant? {
        try Row.fetchOne(db, sql: "SELECT * FROM tenant WHERE id = ?", arguments: [id]).map(tenant(from:))
    }

    static func tenant(from row: Row) -> Tenant {
        Tenant(id: row["id"], code: row["code"], name: row["name"], kind: TenantKind(rawValue: row["kind"]) ?? .region)
    }

    /// Appends to the audit log inside the caller's transaction.
    static func audit(
        _ db: Database, tenantID: Int64, actor: String, action: String, target: String, detail: String = "",
        at: Date
    ) throws {
        try db.execute(
            sql: "INSERT INTO audit_event (at, tenant_id, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [at, tenantID, actor, action, target, detail])
    }

    /// The latest audit events, newest first; only the given tenant's unless `tenantID` is nil (the agency's view).
    public func auditEvents(tenantID: Int64?, limit: Int = 100) throws -> [AuditEvent] {
        try writer.read { db in
            let rows: [Row]
            if let tenantID {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.*, t.code FROM audit_event a JOIN tenant t ON t.id = a.tenant_id
                        WHERE a.tenant_id = ? ORDER BY a.id DESC LIMIT ?
                        """, arguments: [tenantID, limit])
            } else {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.*, t.code FROM audit_event a JOIN tenant t ON t.id = a.tenant_id
                        ORDER BY a.id DESC LIMIT ?
                        """, arguments: [limit])
            }
            return rows.map {
                AuditEvent(
                    at: $0["at"], tenantCode: $0["code"],
                    actor: $0["actor"], action: $0["action"], target: $0["target"], detail: $0["detail"])
            }
        }
    }
}

/// One line of the audit log.
public struct AuditEvent: Sendable, Hashable, Codable {
    /// When.
    public var at: Date
    /// Whose tenant.
    public var tenantCode: String
    /// Who ("token:…", "user:…").
    public var actor: String
    /// What, e.g. "credential.issue".
    public var action: String
    /// On what, e.g. "credential:7".
    public var target: String
    /// Extra detail.
    public var detail: String
}
