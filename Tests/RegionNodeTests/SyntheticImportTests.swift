import FeedFormats
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

@Suite("Importing a generated region")
struct SyntheticImportTests {
    @Test func generatedFilesImportWithTheGeneratorsCounts() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (paths, report) = try workspace.importSmallRegion()
        let region = smallRegion

        #expect(paths.map { ($0 as NSString).lastPathComponent } == SyntheticRegionWriter.fileNames)
        #expect(
            report.files.map(\.feed) == [
                .units, .resources, .planningObjects, .inflow, .production, .cancellations, .occupiedBedDays,
                .waitingList, .completedWaits, .capacity,
            ])
        let entryCount = region.waitingSnapshots.reduce(0) { $0 + $1.entries.count }
        let expectedRecords =
            region.units.count + region.resources.count + region.planningObjects.count + region.inflow.count
            + region.production.count + region.cancellations.count + region.occupiedBedDays.count + entryCount
            + region.completedWaits.count + region.capacity.count
        #expect(report.receipt.recordCount == expectedRecords)
        #expect(report.receipt.changedCount == expectedRecords)

        let summary = try workspace.store.summary()
        #expect(summary.unitCount == region.units.count)
        #expect(summary.unitsByLevel == Dictionary(grouping: region.units, by: \.level).mapValues(\.count))
        #expect(summary.planningObjectCount == region.planningObjects.count)
        #expect(summary.resourceCount == region.resources.count)
        #expect(summary.inflow.rowCount == region.inflow.count)
        #expect(summary.inflow.total == Double(region.inflow.reduce(0) { $0 + $1.count }))
        #expect(summary.production.rowCount == region.production.count)
        #expect(summary.production.total == Double(region.production.reduce(0) { $0 + $1.count }))
        #expect(summary.cancellations.total == Double(region.cancellations.reduce(0) { $0 + $1.count }))
        #expect(summary.occupiedBedDays.total == Double(region.occupiedBedDays.reduce(0) { $0 + $1.count }))
        #expect(summary.completedWaits.rowCount == region.completedWaits.count)
        #expect(summary.inflow.firstWeek == region.configuration.firstWeek)
        #expect(summary.inflow.lastWeek == region.configuration.lastWeek)
        #expect(summary.waitingSnapshots.map(\.date) == region.waitingSnapshots.map(\.date).sorted())
        for snapshot in region.waitingSnapshots {
            #expect(summary.waitingSnapshots.first { $0.date == snapshot.date }?.entryCount == snapshot.entries.count)
        }
        #expect(summary.capacity.rowCount == region.capacity.count)
        let available = region.capacity.reduce(0) { $0 + $1.available }
        #expect(abs(summary.capacity.total - available) < 1e-6 * max(1, available))
        #expect(summary.importRunCount == 1)
    }

    @Test func generatedMasterDataReadsBackUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let master = try workspace.store.masterData()
        #expect(Set(master.units) == Set(smallRegion.units))
        #expect(Set(master.planningObjects) == Set(smallRegion.planningObjects))
        #expect(Set(master.resources) == Set(smallRegion.resources))
    }
}
