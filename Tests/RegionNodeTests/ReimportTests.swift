import FeedFormats
import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

@Suite("Re-importing")
struct ReimportTests {
    @Test func importingTheSameFilesAgainChangesNothingButTheSnapshotsItReplaces() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (paths, first) = try workspace.importSmallRegion()
        let summaryAfterFirst = try workspace.store.summary()
        let contentAfterFirst = try workspace.contentDigest()
        let fingerprintAfterFirst = try workspace.databaseFingerprint()
        #expect(first.receipt.replacedSnapshots.isEmpty)

        let second = try workspace.importFiles(paths)
        let entries = smallRegion.waitingSnapshots.reduce(0) { $0 + $1.entries.count }
        // Snapshots are replaced wholesale and counted as changed; everything else is already stored.
        #expect(second.receipt.changedCount == entries)
        #expect(second.receipt.recordCount == first.receipt.recordCount)
        #expect(
            second.receipt.replacedSnapshots
                == Dictionary(
                    uniqueKeysWithValues: smallRegion.waitingSnapshots.map { ($0.date, $0.entries.count) }))
        #expect(try workspace.contentDigest() == contentAfterFirst)
        // The raw fingerprint sees the new import run and the replaced snapshot rows.
        #expect(try workspace.databaseFingerprint() != fingerprintAfterFirst)

        var summary = try workspace.store.summary()
        #expect(summary.importRunCount == summaryAfterFirst.importRunCount + 1)
        summary.importRunCount = summaryAfterFirst.importRunCount
        #expect(summary == summaryAfterFirst)
    }

    @Test func reimportingOneChangedCountChangesOnlyThatRow() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData() + [fixture("inflode.csv")])
        let changed = try workspace.write(
            "inflode.csv", "planeringsobjekt;vecka;antal\nORT-NYB;2025-W10;14\nORT-NYB;2025-W11;2\n")
        let report = try workspace.importFiles([changed])
        #expect(report.receipt.changedCount == 1)
        let inflow = try workspace.store.summary().inflow
        #expect(inflow.rowCount == 4)
        #expect(inflow.total == 14 + 2 + 31 + 7)
    }

    @Test func importLogUsesTheInjectedClock() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(try tinyMasterData())
        let summary = try workspace.store.summary()
        #expect(summary.importRunCount == 1)
        #expect(summary.lastImportAt == "2025-10-09T08:53:20Z")
    }
}
