public import Foundation
import GRDB
import SyncEngine
import WireProtocol

extension NodeStore {
    /// The region this database belongs to, once a sync session has told it (nil before).
    public func boundRegion() throws -> String? {
        try writer.read { db in try Self.boundRegion(db) }
    }

    /// Records that this database belongs to `regionCode` (the sync credential's region) and, in the same
    /// transaction, writes to the outboxes whatever region-owned data is not exported yet in its current form:
    /// self-assessments and learning-example revisions saved before the region was known (their payloads name
    /// the region). Running it again changes nothing when everything is exported.
    ///
    /// - Returns: the number of outbox entries written.
    /// - Throws: ``NetworkWriteError`` when the database already belongs to another region.
    @discardableResult
    public func bindRegion(_ regionCode: String, at now: Date) throws -> Int {
        try writer.write { db in
            if let bound = try Self.boundRegion(db), bound != regionCode {
                throw NetworkWriteError.regionMismatch(bound: bound, credential: regionCode)
            }
            try db.execute(
                sql: """
                    INSERT INTO node_region (singleton, region_code, bound_at) VALUES (1, ?, ?)
                    ON CONFLICT (singleton) DO NOTHING
                    """, arguments: [regionCode, now])
            var written = 0
            let exports = try SelfAssessmentExports.read(db)
            for unit in try String.fetchAll(db, sql: "SELECT unit_code FROM self_assessment_response ORDER BY 1") {
                written += try Self.exportSelfAssessment(
                    unit: unit, region: regionCode, at: now, db: db, exports: exports)
            }
            written += try Self.exportLearningSubmissions(region: regionCode, at: now, db: db)
            return written
        }
    }

    static func boundRegion(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT region_code FROM node_region WHERE singleton = 1")
    }

    /// Refuses writes whose payload holds a person identifier (spec §4.2, §4.3), naming `what` in the message.
    static func scanForIdentifiers(_ writes: [OutboxWrite], what: String) throws {
        if writes.contains(where: { PayloadScan.personalIdentifierPath(in: $0.payload) != nil }) {
            throw NetworkWriteError.personalIdentifier(what)
        }
    }
}
