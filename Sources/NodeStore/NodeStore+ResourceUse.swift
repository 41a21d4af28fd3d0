import GRDB
public import PlanningDomain

/// One row of the resource-use override history: a figure set, or a figure cleared (`value` nil).
public struct StoredResourceUseOverride: Sendable, Hashable {
    /// Row id (increasing: the latest per key wins).
    public var id: Int64
    /// The unit.
    public var unitCode: String
    /// The resource.
    public var resourceCode: String
    /// One planning object, or nil for the whole unit.
    public var objectCode: String?
    /// The figure; nil when this row cleared the override.
    public var value: Double?
    /// Who.
    public var setBy: String
    /// When (ISO 8601).
    public var setAt: String
    /// Why.
    public var reason: String

    /// The override this row sets, or nil for a clearing row.
    public var override: ResourceUseOverride? {
        value.map {
            ResourceUseOverride(
                unitCode: unitCode, resourceCode: resourceCode, objectCode: objectCode, value: $0, setBy: setBy,
                setAt: setAt, reason: reason)
        }
    }
}

extension NodeStore {
    /// Appends a history row: a figure (`value`) or, with `value` nil, a clearing of the current one.
    @discardableResult
    public func appendResourceUseOverride(
        unitCode: String, resourceCode: String, objectCode: String?, value: Double?, setBy: String, setAt: String,
        reason: String
    ) throws -> Int64 {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO resource_use_override
                        (unit_code, resource_code, object_code, value, set_by, set_at, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [unitCode, resourceCode, objectCode ?? "", value, setBy, setAt, reason])
            return db.lastInsertedRowID
        }
    }

    /// The whole history, oldest first; optionally for one unit and resource.
    public func resourceUseOverrideHistory(unitCode: String? = nil, resourceCode: String? = nil) throws
        -> [StoredResourceUseOverride]
    {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM resource_use_override
                    WHERE (?1 IS NULL OR unit_code = ?1) AND (?2 IS NULL OR resource_code = ?2) ORDER BY id
                    """, arguments: [unitCode, resourceCode]
            ).map(Self.override)
        }
    }

    /// The overrides in force: the latest row per (unit, resource, object), unless that row cleared it.
    public func currentResourceUseOverrides() throws -> [ResourceUseOverride] {
        try writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.* FROM resource_use_override o
                    JOIN (SELECT MAX(id) AS id FROM resource_use_override
                          GROUP BY unit_code, resource_code, object_code) latest ON latest.id = o.id
                    WHERE o.value IS NOT NULL ORDER BY o.unit_code, o.resource_code, o.object_code
                    """
            ).compactMap { Self.override($0).override }
        }
    }

    private static func override(_ row: Row) -> StoredResourceUseOverride {
        let object: String = row["object_code"]
        return StoredResourceUseOverride(
            id: row["id"], unitCode: row["unit_code"], resourceCode: row["resource_code"],
            objectCode: object.isEmpty ? nil : object, value: row["value"], setBy: row["set_by"],
            setAt: row["set_at"], reason: row["reason"])
    }
}
