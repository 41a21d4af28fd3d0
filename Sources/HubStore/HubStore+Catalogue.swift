public import Foundation
import GRDB
public import PlanningDomain

/// The indicator catalogue as the hub publishes it: version, hash and definitions.
public struct PublishedCatalogue: Sendable, Hashable {
    /// The catalogue.
    public var catalogue: IndicatorCatalogue
    /// When it was published.
    public var publishedAt: Date
    /// Who published it ("operator" for the one seeded at init).
    public var publishedBy: String

    /// Creates a value.
    public init(catalogue: IndicatorCatalogue, publishedAt: Date, publishedBy: String) {
        self.catalogue = catalogue
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
    }
}

extension HubStore {
    /// Stores `catalogue` as the first version if the hub has none yet (at `hub init`/`serve`). Idempotent.
    ///
    /// - Returns: whether it was stored.
    @discardableResult
    public func seedCatalogue(_ catalogue: IndicatorCatalogue = .standard, agencyCode: String, at now: Date) throws
        -> Bool
    {
        try writer.write { db in
            guard try Self.currentCatalogue(in: db) == nil else { return false }
            guard let agency = try Self.tenant(code: agencyCode, in: db) else {
                throw HubStoreError.unknownTenant(agencyCode)
            }
            try Self.insert(catalogue, by: "operator", tenantID: agency.id, at: now, in: db)
            return true
        }
    }

    /// The current (highest) catalogue version, or nil before the hub was initialised.
    public func currentCatalogue() throws -> PublishedCatalogue? {
        try writer.read { db in try Self.currentCatalogue(in: db) }
    }

    /// Publishes `next` as the new catalogue (agency administrator only). It must be a valid successor of the
    /// current one (``IndicatorCatalogue/checkSuccessor(_:)``): a higher version, no removed ids, and a new
    /// definition version for any changed definition.
    public func publishCatalogue(_ next: IndicatorCatalogue, by actor: HubIdentity, at now: Date) throws {
        guard actor.role == .agencyAdmin else {
            throw HubStoreError.forbidden(
                "catalogue", "Bara myndighetens administratör publicerar nya versioner av indikatorkatalogen.")
        }
        try writer.write { db in
            if let current = try Self.currentCatalogue(in: db) {
                if let problem = current.catalogue.successorProblems(next).first {
                    throw HubStoreError(code: "catalogue.invalid_successor", message: problem.message)
                }
                // Nodes apply releases in order and stop at a gap (sync protocol §7), so versions are consecutive.
                if next.version != current.catalogue.version + 1 {
                    throw HubStoreError(
                        code: "catalogue.invalid_successor",
                        message: "Katalogen har version \(current.catalogue.version); nästa version måste vara "
                            + "\(current.catalogue.version + 1), inte \(next.version), eftersom noderna tillämpar "
                            + "versionerna i ordning utan luckor.")
                }
            }
            try Self.insert(next, by: actor.actor, tenantID: actor.tenant.id, at: now, in: db)
        }
    }

    /// Every definition ever published, by (id, version): values may have been computed under an older one.
    public func publishedDefinitions() throws -> [IndicatorDefinition] {
        try writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT document FROM indicator_definition ORDER BY indicator_id, definition_version"
            )
            .map { try HubDocument.decode(IndicatorDefinition.self, from: $0) }
        }
    }

    static func currentCatalogue(in db: Database) throws -> PublishedCatalogue? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM indicator_catalogue ORDER BY version DESC LIMIT 1")
        else { return nil }
        return PublishedCatalogue(
            catalogue: try HubDocument.decode(IndicatorCatalogue.self, from: row["document"]),
            publishedAt: row["published_at"], publishedBy: row["published_by"])
    }

    static func definition(id: String, version: Int, in db: Database) throws -> IndicatorDefinition? {
        try String.fetchOne(
            db, sql: "SELECT document FROM indicator_definition WHERE indicator_id = ? AND definition_version = ?",
            arguments: [id, version]
        ).map { try HubDocument.decode(IndicatorDefinition.self, from: $0) }
    }

    private static func insert(
        _ catalogue: IndicatorCatalogue, by actor: String, tenantID: Int64, at now: Date, in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO indicator_catalogue (version, content_hash, document, published_at, published_by)
                VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [catalogue.version, catalogue.contentHash, try HubDocument.encode(catalogue), now, actor])
        for definition in catalogue.definitions {
            // A (id, version) pair means the same content in every catalogue (checkSuccessor guarantees it), so
            // the first publication is kept.
            try db.execute(
                sql: """
                    INSERT INTO indicator_definition
                        (indicator_id, definition_version, content_hash, document, first_catalogue_version)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (indicator_id, definition_version) DO NOTHING
                    """,
                arguments: [
                    definition.id, definition.version, definition.contentHash, try HubDocument.encode(definition),
                    catalogue.version,
                ])
        }
        try recordRelease(of: catalogue, publishedAt: now, db: db, at: now)
        try audit(
            db, tenantID: tenantID, actor: actor, action: "catalogue.publish",
            target: "catalogue:\(catalogue.version)", detail: catalogue.contentHash, at: now)
    }
}
