import Credentials
import Foundation
import GRDB
import Hub
import HubClient
import HubStore
import Logging
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The hub's sync storage: one transaction per batch, and cursors that never move backwards.
@Suite("Hub sync store")
struct HubSyncStoreTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let key = SigningKey.generate()

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
    }

    func push(_ batch: UploadBatch) throws -> HubResponse {
        let identity = HubIdentity(
            tenant: try #require(try store.tenant(code: "09")), role: .regionNode, actor: "test",
            publicKey: key.publicKeyBase64)
        let body = try CanonicalJSON.encode(batch)
        let path = SyncEndpoint.batches(.indicators)
        let signed = try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: batch.batchID, body: body,
            timestamp: Int64(now.timeIntervalSince1970), signer: Ed25519BatchSigner(key: key))
        let handler = HubSyncHandler(
            ingest: HubIngest(acceptedCatalogueVersions: [1], validator: SyncCatalogue.validator(.standard)),
            verifier: CredentialBatchVerifier(identity: identity))
        return store.syncPush(
            handler: handler, streamSegment: "indicators", path: path, headers: signed.fields, body: body, now: now)
    }

    func batch(_ counts: [Double], firstSequence: Int64 = 1) throws -> UploadBatch {
        UploadBatch(
            batchID: "indicators-\(UUID().uuidString.lowercased())", stream: .indicators, after: 0,
            catalogue: SyncCatalogue.reference(.standard),
            items: try counts.enumerated().map { index, count in
                let value = WireProtocol.IndicatorValue(
                    regionCode: "09", indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi",
                    period: "2025-W\(10 + index)", numerator: count, value: count)
                return try UploadItem(
                    sequence: firstSequence + Int64(index), key: value.naturalKey, typedPayload: value)
            })
    }

    @Test func aBatchIsOneTransactionAFailedReceiptWriteLeavesNothingBehind() throws {
        try store.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER test_refuse BEFORE INSERT ON sync_receipt
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
        }
        let sent = try batch([10, 20, 30])
        let failed = try push(sent)
        #expect(failed.status == 500)
        #expect(try CanonicalJSON.decode(SyncError.self, from: failed.body).code == .internalError)
        #expect(try store.syncRecords(region: "09", stream: .indicators).isEmpty)
        #expect(try store.syncAcknowledged(region: "09", stream: .indicators) == 0)
        #expect(try store.syncFeed(.nationalComparisons).head == 0)
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER test_refuse") }
        let retried = try push(sent)
        #expect(retried.status == 200)
        let receipt = try CanonicalJSON.decode(BatchReceipt.self, from: retried.body)
        #expect(receipt.items.map(\.outcome) == [.imported, .imported, .imported])
        #expect(try store.syncRecords(region: "09", stream: .indicators).count == 3)
        // The batch queued its three cells; the publisher (or the first read of the feed) publishes them.
        #expect(try store.hasQueuedComparisons())
        #expect(try store.syncFeed(.nationalComparisons).head == 0)
        #expect(try store.publishQueuedComparisons(limit: 2) == (published: 2, remaining: true))
        #expect(try store.syncFeed(.nationalComparisons).head == 2)
        #expect(try store.publishQueuedComparisons(limit: 2) == (published: 1, remaining: false))
        #expect(try store.syncFeed(.nationalComparisons).head == 3)
        #expect(try !store.hasQueuedComparisons())
    }

    @Test func aPublicationThatFailsLeavesItsCellsQueuedAndTheFeedIsNeverReadBehindTheValues() throws {
        _ = try push(try batch([10, 20, 30]))
        try store.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER test_refuse BEFORE INSERT ON sync_change
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
        }
        #expect(throws: (any Error).self) { try store.publishQueuedComparisons(at: Date()) }
        #expect(try store.hasQueuedComparisons())
        #expect(try store.syncFeed(.nationalComparisons).head == 0)
        try store.writer.write { db in try db.execute(sql: "DROP TRIGGER test_refuse") }
        // A node reading the feed gets every committed value's comparison without waiting for the publisher.
        let epoch = try store.syncFeed(.nationalComparisons).epoch
        guard
            case .success(let feed) = try store.syncChanges(
                stream: .nationalComparisons, after: 0, epoch: epoch, limit: 10)
        else {
            Issue.record("the feed refused a read from 0")
            return
        }
        #expect(feed.changes.count == 3)
        #expect(try !store.hasQueuedComparisons())
        // Publishing again changes nothing.
        #expect(try store.publishQueuedComparisons(at: Date()) == (published: 0, remaining: false))
        #expect(try store.syncFeed(.nationalComparisons).head == 3)
    }

    @Test func thePublisherPublishesWhatTheBatchesQueuedOnceTheyStop() async throws {
        let publisher = ComparisonPublisher(
            store: store, chunk: 2, quiet: .milliseconds(50), interval: .seconds(3_600), logger: Logger(label: "test"))
        let running = Task { try await publisher.run() }
        _ = try push(try batch([10, 20, 30]))
        publisher.notify()
        _ = try push(try batch([10, 20, 30, 40], firstSequence: 4))
        publisher.notify()
        // Generous: under the parallel test run the cooperative pool can be busy for a minute or more (seen in CI:
        // the publisher's task did not run within 30 s); a working publisher finishes in milliseconds once it runs.
        let deadline = ContinuousClock.now + .seconds(300)
        while try store.hasQueuedComparisons(), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try !store.hasQueuedComparisons())
        // Four cells, each published once (the second batch changed only the fourth).
        #expect(try store.syncFeed(.nationalComparisons).head == 4)
        running.cancel()
        try? await running.value
    }

    @Test func theHubsAcknowledgedCursorNeverMovesBackwards() throws {
        _ = try push(try batch([10, 20, 30], firstSequence: 5))
        #expect(try store.syncAcknowledged(region: "09", stream: .indicators) == 7)
        // An older batch arriving late: its items are superseded-or-imported, the cursor stays.
        _ = try push(try batch([1], firstSequence: 2))
        #expect(try store.syncAcknowledged(region: "09", stream: .indicators) == 7)
        #expect(throws: (any Error).self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE sync_cursor SET acknowledged_through = 1") }
        }
    }

    @Test func anUnchangedRepublicationAddsNoChangeAndANewEpochInvalidatesOldCursors() throws {
        _ = try push(try batch([10]))
        try store.publishAllQueuedComparisons()
        let head = try store.syncFeed(.nationalComparisons).head
        #expect(head == 1)
        _ = try push(try batch([10], firstSequence: 2))
        try store.publishAllQueuedComparisons()
        #expect(try store.syncFeed(.nationalComparisons).head == head)
        let epoch = try store.syncFeed(.nationalComparisons).epoch
        try store.startNewSyncEpoch(.nationalComparisons)
        let result = try store.syncChanges(stream: .nationalComparisons, after: head, epoch: epoch, limit: 10)
        guard case .failure(let error) = result else { Issue.record("expected cursor_invalid"); return }
        #expect(error.code == .cursorInvalid)
        #expect(error.hubEpoch != epoch)
    }
}
