import GRDB
public import PlanningDomain

/// The master data a node holds, used to check references in new import files.
public struct RegionMasterData: Sendable {
    /// Organisation units.
    public var units: [OrganisationUnit]
    /// Planning objects.
    public var planningObjects: [PlanningObject]
    /// Capacity resources.
    public var resources: [Resource]
}

extension NodeStore {
    /// Every unit, planning object and resource the node holds (kept in ``cache`` until the database changes).
    public func masterData() throws -> RegionMasterData {
        try cache.value("master-data") { try loadMasterData() }
    }

    /// The organisation tree of ``masterData()``, or nil before any organisation has been imported (kept in
    /// ``cache`` until the database changes).
    public func organisationTree() throws -> OrganisationTree? {
        try cache.value("organisation-tree") {
            let units = try masterData().units
            return units.isEmpty ? nil : try OrganisationTree(units: units)
        }
    }

    private func loadMasterData() throws -> RegionMasterData {
        try writer.read { db in
            let units = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.code, u.name, u.level, p.code AS parent_code
                    FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY u.level, u.code
                    """
            ).map { row in
                OrganisationUnit(
                    code: row["code"], name: row["name"], level: OrganisationLevel(rawValue: row["level"])!,
                    parentCode: row["parent_code"])
            }
            let objects = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.*, u.code AS unit_code FROM planning_object o JOIN org_unit u ON u.id = o.unit_id
                    ORDER BY o.code
                    """
            ).map { row in
                PlanningObject(
                    code: row["code"], name: row["name"], unitCode: row["unit_code"], specialty: row["specialty"],
                    careService: row["care_service"], providerCategory: row["provider_category"],
                    contactType: ContactType(rawValue: row["contact_type"])!, medicalPriority: row["medical_priority"])
            }
            let resources = try Row.fetchAll(db, sql: "SELECT * FROM resource ORDER BY code").map { row in
                Resource(
                    code: row["code"], name: row["name"], kind: ResourceKind(rawValue: row["kind"])!,
                    measure: ResourceMeasure(rawValue: row["measure"])!, isLimiting: row["limiting"])
            }
            return RegionMasterData(units: units, planningObjects: objects, resources: resources)
        }
    }

    /// Upserts master data; returns the number of rows inserted or changed.
    static func upsertMasterData(_ batch: RegionDataBatch, db: Database) throws -> Int {
        var changed = 0
        // Parents first: levels increase downwards, so sorting by level orders the tree.
        let unitStatement = try db.makeStatement(
            sql: """
                INSERT INTO org_unit (code, name, level, parent_id)
                VALUES (?, ?, ?, (SELECT id FROM org_unit WHERE code = ?))
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
                    parent_id = excluded.parent_id
                WHERE (name, level, parent_id) IS NOT (excluded.name, excluded.level, excluded.parent_id)
                """)
        for unit in batch.units.sorted(by: { ($0.level, $0.code) < ($1.level, $1.code) }) {
            try unitStatement.execute(arguments: [unit.code, unit.name, unit.level.rawValue, unit.parentCode])
            changed += db.changesCount
        }
        let resourceStatement = try db.makeStatement(
            sql: """
                INSERT INTO resource (code, name, kind, measure, limiting) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, measure = excluded.measure,
                    limiting = excluded.limiting
                WHERE (name, kind, measure, limiting)
                    IS NOT (excluded.name, excluded.kind, excluded.measure, excluded.limiting)
                """)
        for resource in batch.resources {
            try resourceStatement.execute(
                arguments: [
                    resource.code, resource.name, resource.kind.rawValue, resource.measure.rawValue,
                    resource.isLimiting,
                ])
            changed += db.changesCount
        }
        let objectStatement = try db.makeStatement(
            sql: """
                INSERT INTO planning_object (code, name, unit_id, specialty, care_service, provider_category,
                    contact_type, medical_priority)
                VALUES (?, ?, (SELECT id FROM org_unit WHERE code = ?), ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, unit_id = excluded.unit_id,
                    specialty = excluded.specialty, care_service = excluded.care_service,
                    provider_category = excluded.provider_category, contact_type = excluded.contact_type,
                    medical_priority = excluded.medical_priority
                WHERE (name, unit_id, specialty, care_service, provider_category, contact_type, medical_priority)
                    IS NOT (excluded.name, excluded.unit_id, excluded.specialty, excluded.care_service,
                    excluded.provider_category, excluded.contact_type, excluded.medical_priority)
                """)
        for object in batch.planningObjects {
            try objectStatement.execute(
                arguments: [
                    object.code, object.name, object.unitCode, object.specialty, object.careService,
                    object.providerCategory, object.contactType.rawValue, object.medicalPriority,
                ])
            changed += db.changesCount
        }
        return changed
    }
}
