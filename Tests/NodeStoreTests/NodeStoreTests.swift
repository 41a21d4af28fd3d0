import Foundation
import GRDB
import NodeStore
import PlanningDomain
import Testing

/// A tiny region: root, one department, one unit, one object, one resource.
func sampleMasterData() -> RegionDataBatch {
    var batch = RegionDataBatch()
    batch.units = [
        OrganisationUnit(code: "R99", name: "Testregion", level: .region, parentCode: nil),
        OrganisationUnit(code: "ORT", name: "Ortopedkliniken", level: .department, parentCode: "R99"),
        OrganisationUnit(code: "ORT-MOT", name: "Ortopedmottagningen", level: .unit, parentCode: "ORT"),
    ]
    batch.resources = [Resource(code: "LAK", name: "Läkare", kind: .staff, measure: .hours)]
    batch.planningObjects = [
        PlanningObject(
            code: "ORT-NYB", name: "Nybesök ortopedi", unitCode: "ORT-MOT", specialty: "Ortopedi",
            careService: "Nybesök", providerCategory: "Läkare", contactType: .visit, medicalPriority: "P2")
    ]
    return batch
}

func week(_ year: Int, _ number: Int) -> ISOWeek { ISOWeek(year: year, week: number)! }

func date(_ text: String) -> CivilDate { CivilDate.parse(text)! }

@Suite("Node store")
struct NodeStoreTests {
    @Test func migrationsAreNamedAndApplied() throws {
        let store = try NodeStore.inMemory()
        #expect(
            try store.appliedMigrations() == [
                "2026-11-25-region-data", "2026-11-25-forecasts", "2026-11-25-plans", "2026-11-25-users",
                "2026-11-25-follow-up", "2026-12-02-sync", "2026-12-09-self-assessment", "2026-12-09-downloads",
                "2026-12-10-disclosure-ledger", "2026-12-11-capacity-revisions", "2026-12-12-network-writes",
                "2026-12-12-resource-use-overrides", "2026-12-12-acute-arrivals", "2026-12-12-exchange",
                "2026-12-13-indicator-feeds", "2026-12-15-outbox-without-payload",
            ])
    }

    @Test func fileDatabaseUsesWALAndForeignKeys() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try NodeStore.open(path: directory.appendingPathComponent("region.sqlite").path)
        let (journalMode, foreignKeys) = try store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journalMode == "wal")
        #expect(foreignKeys == 1)
    }

    @Test func storingTheSameBatchTwiceChangesNothingTheSecondTime() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.inflow = [
            WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 1), count: 12),
            WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 2), count: 15),
        ]
        batch.capacity = [
            CapacityRecord(unitCode: "ORT-MOT", resourceCode: "LAK", week: week(2025, 1), planned: 80, absence: 8)
        ]
        let first = try store.storeImport(batch, files: [], importedAt: "2026-01-01T00:00:00Z")
        let second = try store.storeImport(batch, files: [], importedAt: "2026-01-02T00:00:00Z")
        #expect(first.changedCount == batch.recordCount)
        #expect(second.changedCount == 0)
        let summary = try store.summary()
        #expect(summary.inflow.rowCount == 2)
        #expect(summary.inflow.total == 27)
        #expect(summary.capacity.total == 72)
        #expect(summary.importRunCount == 2)
    }

    @Test func completedWaitsReplaceTheWeeksTheyHoldAndTheSameFileChangesNothing() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        func wait(_ since: String, _ performed: String) -> CompletedWait {
            CompletedWait(planningObjectCode: "ORT-NYB", waitingSince: date(since), performedOn: date(performed))
        }
        // Two identical waits are two patients, not a duplicate.
        batch.completedWaits = [
            wait("2024-11-01", "2025-01-08"), wait("2024-11-01", "2025-01-08"), wait("2024-12-01", "2025-01-15"),
        ]
        batch.cancellations = [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 2), count: 3)]
        batch.occupiedBedDays = [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 2), count: 40)]
        let first = try store.storeImport(batch, files: [], importedAt: "t1")
        #expect(first.changedCount == batch.recordCount)
        #expect(try store.storeImport(batch, files: [], importedAt: "t2").changedCount == 0)
        // A corrected week 2 replaces week 2 only; week 3 keeps its wait.
        var correction = RegionDataBatch()
        correction.completedWaits = [wait("2024-10-01", "2025-01-09")]
        #expect(try store.storeImport(correction, files: [], importedAt: "t3").changedCount == 1)
        let stored = try #require(try store.completedWaits(in: week(2025, 1)...week(2025, 52)))
        #expect(
            Set(stored.waits) == [wait("2024-10-01", "2025-01-09"), wait("2024-12-01", "2025-01-15")]
                && stored.waits.count == 2)
        #expect(stored.held == week(2025, 2)...week(2025, 3))
        // The day counts the indicators read are kept in step with the rows.
        let days = try #require(try store.completedWaitDays(in: week(2025, 1)...week(2025, 52)))
        #expect(days.countsByWeek == (try CompletedWaits(entries: stored.waits)).countsByWeek)
        #expect(days.held == week(2025, 2)...week(2025, 3))
        let summary = try store.summary()
        #expect(summary.cancellations.total == 3 && summary.occupiedBedDays.total == 40)
        #expect(summary.completedWaits.rowCount == 2 && summary.completedWaits.weekCount == 2)
        // Counts of the new series do not move the node's last activity week.
        #expect(try store.lastActivityWeek() == nil)
    }

    @Test func aLimitingMarkIsStoredAndUpdated() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.resources[0].isLimiting = true
        _ = try store.storeImport(batch, files: [], importedAt: "t1")
        #expect(try store.masterData().resources.first { $0.code == batch.resources[0].code }?.isLimiting == true)
        batch.resources[0].isLimiting = false
        #expect(try store.storeImport(batch, files: [], importedAt: "t2").changedCount == 1)
        #expect(try store.masterData().resources.allSatisfy { !$0.isLimiting })
    }

    @Test func laterImportUpdatesAWeeklyCount() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.production = [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 5), count: 10)]
        _ = try store.storeImport(batch, files: [], importedAt: "t1")
        batch.production[0].count = 14
        let receipt = try store.storeImport(batch, files: [], importedAt: "t2")
        #expect(receipt.changedCount == 1)
        #expect(try store.summary().production.total == 14)
    }

    @Test func waitingSnapshotOfTheSameDateIsReplacedNotAppended() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        let entry = WaitingEntry(
            planningObjectCode: "ORT-NYB", waitingSince: date("2025-01-10"), medicalTargetDate: date("2025-03-10"),
            priority: "P2")
        batch.waitingSnapshots = [WaitingListSnapshot(date: date("2025-03-31"), entries: [entry, entry, entry])]
        _ = try store.storeImport(batch, files: [], importedAt: "t1")
        batch.waitingSnapshots = [WaitingListSnapshot(date: date("2025-03-31"), entries: [entry, entry])]
        let receipt = try store.storeImport(batch, files: [], importedAt: "t2")
        #expect(receipt.replacedSnapshots[date("2025-03-31")] == 3)
        let summary = try store.summary()
        #expect(summary.waitingSnapshots.map(\.date) == [date("2025-03-31")])
        #expect(summary.waitingSnapshots.map(\.entryCount) == [2])
        let stored = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM waiting_entry") }
        #expect(stored == 2)
        // The replaced snapshot's day counts went with it: two patients of 80 days.
        #expect(
            try store.waitingDays(from: date("2025-01-01"), through: date("2025-12-31"))
                == [
                    WaitingDaysSnapshot(
                        date: date("2025-03-31"),
                        counts: [WaitedDaysCount(planningObjectCode: "ORT-NYB", days: 80, count: 2)])
                ])
    }

    @Test func aBatchWithABadReferenceStoresNothing() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.inflow = [WeeklyCount(planningObjectCode: "ORT-NYB", week: week(2025, 1), count: 3)]
        batch.capacity = [
            CapacityRecord(unitCode: "NOPE", resourceCode: "LAK", week: week(2025, 1), planned: 10, absence: 0)
        ]
        #expect(throws: StoreError.self) {
            try store.storeImport(batch, files: [], importedAt: "t1")
        }
        let summary = try store.summary()
        #expect(summary.unitCount == 0)
        #expect(summary.inflow.rowCount == 0)
        #expect(summary.importRunCount == 0)
    }

    @Test func schemaRejectsNegativeCountsAndAbsenceAbovePlanned() throws {
        let store = try NodeStore.inMemory()
        _ = try store.storeImport(sampleMasterData(), files: [], importedAt: "t1")
        try store.writer.write { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO weekly_activity (planning_object_id, series, week, count, import_run_id)
                        VALUES (1, 'inflow', 202501, -1, 1)
                        """)
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO capacity (unit_id, resource_id, week, planned, absence, import_run_id)
                        VALUES (3, 1, 202501, 10, 11, 1)
                        """)
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO weekly_activity (planning_object_id, series, week, count, import_run_id)
                        VALUES (1, 'inflow', 202554, 1, 1)
                        """)
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO weekly_activity (planning_object_id, series, week, count, import_run_id)
                        VALUES (999, 'inflow', 202501, 1, 1)
                        """)
            }
        }
    }

    @Test func masterDataRoundTripsWithParents() throws {
        let store = try NodeStore.inMemory()
        let batch = sampleMasterData()
        _ = try store.storeImport(batch, files: [], importedAt: "t1")
        let master = try store.masterData()
        #expect(Set(master.units) == Set(batch.units))
        #expect(master.planningObjects == batch.planningObjects)
        #expect(master.resources == batch.resources)
    }

    @Test func movingAUnitToAnotherParentUpdatesIt() throws {
        let store = try NodeStore.inMemory()
        var batch = sampleMasterData()
        batch.units.append(OrganisationUnit(code: "KIR", name: "Kirurgkliniken", level: .department, parentCode: "R99"))
        _ = try store.storeImport(batch, files: [], importedAt: "t1")
        var move = RegionDataBatch()
        move.units = [OrganisationUnit(code: "ORT-MOT", name: "Ortopedmottagningen", level: .unit, parentCode: "KIR")]
        let receipt = try store.storeImport(move, files: [], importedAt: "t2")
        #expect(receipt.changedCount == 1)
        #expect(try store.masterData().units.first { $0.code == "ORT-MOT" }?.parentCode == "KIR")
    }
}
