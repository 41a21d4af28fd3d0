import Foundation
import GRDB
import NodeStore
import SyncEngine
import Testing
import WireProtocol

/// The node's sync tables: the outbox rule, cursors that never move backwards, and the receipt transaction.
@Suite("Node sync store")
struct SyncOutboxStoreTests {
    let store: NodeStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        store = try NodeStore.inMemory()
    }

    func write(_ cell: String, _ value: Double) -> OutboxWrite {
        let indicator = IndicatorValue(
            regionCode: "09", indicatorID: "waiting", definitionVersion: 1, group: "Ortopedi", period: cell,
            numerator: value, value: value)
        return OutboxWrite(
            stream: .indicators, key: indicator.naturalKey, payload: try! CanonicalJSON.jsonValue(indicator))
    }

    func batch(_ items: [UploadItem], after: Int64 = 0) -> UploadBatch {
        UploadBatch(batchID: "indicators-\(UUID().uuidString)", stream: .indicators, after: after, items: items)
    }

    func receipt(for batch: UploadBatch, rejecting rejected: Set<Int64> = []) -> BatchReceipt {
        BatchReceipt(
            batchID: batch.batchID, stream: .indicators, committed: true,
            acknowledgedThrough: batch.lastSequence ?? 0,
            items: batch.items.map {
                rejected.contains($0.sequence)
                    ? ItemReceipt(sequence: $0.sequence, key: $0.key, outcome: .rejected, reason: .smallCell)
                    : ItemReceipt(sequence: $0.sequence, key: $0.key, outcome: .imported)
            })
    }

    @Test func theOutboxHoldsOnePendingEntryPerKeyAndANewWriteTakesAFreshSequence() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 10), write("2025-W02", 11)] }
        try store.writeExport(.indicators, at: now) { last in
            #expect(last.count == 2)
            return [write("2025-W01", 12)]
        }
        let items = try store.outboxItems(.indicators, after: 0, limit: 10)
        #expect(items.count == 2)
        #expect(items.map(\.sequence) == [2, 3])
        #expect(items.last?.key == write("2025-W01", 12).key)
        #expect(items.last?.contentHash == write("2025-W01", 12).contentHash)
        #expect(try store.outboxSummary(.indicators).pendingCount == 2)
    }

    @Test func sequencesAreNeverReusedAfterEntriesLeaveTheOutbox() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 10)] }
        let first = batch(try store.outboxItems(.indicators, after: 0, limit: 10))
        _ = try store.commitReceipt(first, receipt(for: first), newCursor: 1, at: now)
        #expect(try store.outboxSummary(.indicators).pendingCount == 0)
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 20)] }
        #expect(try store.outboxItems(.indicators, after: 0, limit: 10).map(\.sequence) == [2])
    }

    @Test func aThrowingExportWritesNothing() throws {
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try store.writeExport(.indicators, at: now) { _ in throw Refused() }
        }
        #expect(try store.outboxSummary(.indicators).pendingCount == 0)
        #expect(try store.exportedHashes(.indicators).isEmpty)
    }

    @Test func theAcknowledgedCursorNeverMovesBackwards() throws {
        try store.writeExport(.indicators, at: now) { _ in (1...3).map { write("2025-W0\($0)", Double($0 * 10)) } }
        let items = try store.outboxItems(.indicators, after: 0, limit: 10)
        let late = batch(Array(items.prefix(1)))
        let whole = batch(items)
        _ = try store.commitReceipt(whole, receipt(for: whole), newCursor: 3, at: now)
        // A late receipt for an older batch must not pull the cursor back.
        _ = try store.commitReceipt(late, receipt(for: late), newCursor: 1, at: now)
        #expect(try store.acknowledgedCursor(.indicators) == 3)
        // Not even a caller that bypasses the store's MAX can do it: the schema refuses.
        #expect(throws: (any Error).self) {
            try store.writer.write { db in
                try db.execute(sql: "UPDATE sync_upload_cursor SET acknowledged_through = 1")
            }
        }
    }

    @Test func aReceiptKeepsANewerWriteOfTheSameKeyInTheOutbox() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 10)] }
        let sent = batch(try store.outboxItems(.indicators, after: 0, limit: 10))
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 11)] }
        let summary = try store.commitReceipt(sent, receipt(for: sent), newCursor: 1, at: now)
        #expect(summary.pendingCount == 1)
        #expect(try store.outboxItems(.indicators, after: 1, limit: 10).map(\.sequence) == [2])
    }

    @Test func theReceiptCommitIsAllOrNothing() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 3), write("2025-W02", 30)] }
        let sent = batch(try store.outboxItems(.indicators, after: 0, limit: 10))
        try store.logBatchSent(sent, at: now)
        // Make the rejection log refuse writes: the commit fails half-way through its steps.
        try store.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER test_refuse BEFORE INSERT ON sync_rejection
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
        }
        #expect(throws: (any Error).self) {
            _ = try store.commitReceipt(sent, receipt(for: sent, rejecting: [1]), newCursor: 2, at: now)
        }
        #expect(try store.outboxSummary(.indicators).pendingCount == 2)
        #expect(try store.acknowledgedCursor(.indicators) == 0)
        #expect(try store.sentBatches().first?.acknowledgedAt == nil)
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER test_refuse") }
        _ = try store.commitReceipt(sent, receipt(for: sent, rejecting: [1]), newCursor: 2, at: now)
        #expect(try store.outboxSummary(.indicators).pendingCount == 0)
        #expect(try store.acknowledgedCursor(.indicators) == 2)
        #expect(try store.rejectedItems().map(\.reason) == ["small-cell"])
        let logged = try #require(try store.sentBatches().first)
        #expect(logged.outcomes?["rejected"] == 1)
        #expect(logged.items.map(\.contentHash) == sent.items.map(\.contentHash))
    }

    @Test func aResyncReenqueuesEveryExportAboveTheLastSequence() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 10), write("2025-W02", 20)] }
        let sent = batch(try store.outboxItems(.indicators, after: 0, limit: 10))
        _ = try store.commitReceipt(sent, receipt(for: sent), newCursor: 2, at: now)
        let summary = try store.reenqueueAllExports(.indicators, at: now)
        #expect(summary.pendingCount == 2)
        #expect(try store.outboxItems(.indicators, after: 2, limit: 10).map(\.sequence) == [3, 4])
        #expect(try store.acknowledgedCursor(.indicators) == 2)
    }

    @Test func aRestoredNodeContinuesItsSequencesAboveTheHubsCursorAndNeverBelowItsOwn() throws {
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W01", 10)] }
        try store.continueSequences(.indicators, above: 40)
        try store.continueSequences(.indicators, above: 7)
        try store.writeExport(.indicators, at: now) { _ in [write("2025-W02", 20)] }
        #expect(try store.outboxItems(.indicators, after: 0, limit: 10).map(\.sequence) == [1, 41])
    }

    @Test func theDownloadCursorNeverMovesBackwardsWithinAnEpochAndAResyncReplacesTheCopy() throws {
        let comparison = NationalComparison(
            indicatorID: "waiting", definitionVersion: 1, group: "Ortopedi", period: "2025-W01",
            cells: [ComparisonCell(regionCode: "09", value: 10)], national: 10)
        let change = Change(sequence: 1, key: comparison.naturalKey, payload: try CanonicalJSON.jsonValue(comparison))
        let feed = ChangeFeed(
            stream: .nationalComparisons, epoch: "e1", after: 0, changes: [change], nextCursor: 1, hasMore: false)
        try store.applyFeed(feed, newCursor: DownloadCursor(epoch: "e1", sequence: 5), replaceAll: false, at: now)
        #expect(try store.nationalComparisons() == [comparison])
        let empty = ChangeFeed(
            stream: .nationalComparisons, epoch: "e1", after: 0, changes: [], nextCursor: 0, hasMore: false)
        #expect(throws: (any Error).self) {
            try store.applyFeed(empty, newCursor: DownloadCursor(epoch: "e1", sequence: 2), replaceAll: false, at: now)
        }
        #expect(try store.downloadCursor(.nationalComparisons) == DownloadCursor(epoch: "e1", sequence: 5))
        let resync = ChangeFeed(
            stream: .nationalComparisons, epoch: "e2", after: 0, changes: [], nextCursor: 0, hasMore: false)
        try store.applyFeed(resync, newCursor: DownloadCursor(epoch: "e2", sequence: 0), replaceAll: true, at: now)
        #expect(try store.nationalComparisons().isEmpty)
        #expect(try store.downloadCursor(.nationalComparisons) == DownloadCursor(epoch: "e2", sequence: 0))
    }
}
