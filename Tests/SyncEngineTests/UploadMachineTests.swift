import SyncEngine
import Testing
import WireProtocol

@Suite struct UploadMachineTests {
    let configuration = UploadConfiguration(
        limits: BatchLimits(maxItems: 4), backoff: BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 2_000),
        requestTimeoutMilliseconds: 1_000)

    struct Harness {
        var machine: UploadMachine
        var random = SeededGenerator(seed: 11)
        var now = Sample.t0

        mutating func handle(_ event: UploadEvent) -> UploadAction { machine.handle(event, now: now, random: &random) }

        /// Drives from idle to a sent batch of `items`.
        mutating func send(_ items: [UploadItem]) -> UploadBatch? {
            guard
                case .loadItems = handle(
                    .outboxChanged(OutboxSummary(pendingCount: items.count, oldestEnqueuedAt: now))),
                case .send(let batch, _) = handle(.itemsLoaded(items))
            else { return nil }
            return batch
        }
    }

    func harness(cursor: Int64 = 0) -> Harness {
        Harness(
            machine: UploadMachine(
                stream: .indicators, acknowledgedCursor: cursor, outbox: .empty, configuration: configuration))
    }

    @Test func anEmptyOutboxSendsNothing() {
        var h = harness()
        let action1 = h.handle(.tick)
        #expect(action1 == .none)
        #expect(h.machine.state == .idle)
    }

    @Test func pendingItemsAreLoadedAfterTheCursorAndSentAsOneBoundedBatch() {
        var h = harness(cursor: 4)
        let action2 = h.handle(.outboxChanged(OutboxSummary(pendingCount: 9, oldestEnqueuedAt: h.now)))
        #expect(action2 == .loadItems(after: 4, limit: 4))
        guard case .send(let batch, let deadline) = h.handle(.itemsLoaded(Sample.items(5...13))) else {
            Issue.record("expected a send")
            return
        }
        #expect(batch.items.map(\.sequence) == [5, 6, 7, 8])
        #expect(batch.after == 4)
        #expect(batch.batchID.hasPrefix("indicators-") && batch.batchID.count == "indicators-".count + 32)
        #expect(deadline == h.now.advanced(byMilliseconds: 1_000))
        #expect(h.machine.status.queueLength == 9)
    }

    @Test func theCursorMovesOnlyWhenTheCommittedReceiptIsDurable() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...3))
        let batch = try #require(sent)
        let action3 = h.handle(.receiptReceived(Sample.receipt(for: batch)))
        #expect(action3 == .commitReceipt(batch, Sample.receipt(for: batch), newCursor: 3))
        #expect(h.machine.acknowledgedCursor == 0)
        h.now = h.now.advanced(byMilliseconds: 5)
        let action4 = h.handle(.receiptCommitted(.empty))
        #expect(action4 == .none)
        #expect(h.machine.acknowledgedCursor == 3)
        #expect(h.machine.status.lastSuccess == h.now)
        #expect(h.machine.state == .idle)
    }

    @Test func aReceiptWithoutCommitIsAFailureAndTheSameBatchIsRetried() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        let batch = try #require(sent)
        guard case .wakeAt(let until) = h.handle(.receiptReceived(Sample.receipt(for: batch, committed: false))) else {
            Issue.record("expected a backoff")
            return
        }
        #expect(h.machine.acknowledgedCursor == 0)
        #expect(h.machine.status.lastError?.code == "receipt.not_committed")
        h.now = until
        guard case .send(let retry, _) = h.handle(.tick) else {
            Issue.record("expected a retry")
            return
        }
        #expect(retry == batch)
    }

    @Test func aTimeoutIsNeverSuccessAndALateReceiptForTheSameBatchStillCounts() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        let batch = try #require(sent)
        h.now = h.now.advanced(byMilliseconds: 1_000)
        guard case .wakeAt = h.handle(.tick) else {
            Issue.record("expected a backoff after the deadline")
            return
        }
        #expect(h.machine.status.lastError?.code == "transport.timeout")
        #expect(h.machine.acknowledgedCursor == 0)
        guard case .commitReceipt(_, _, let newCursor) = h.handle(.receiptReceived(Sample.receipt(for: batch))) else {
            Issue.record("a late receipt for the same batch id must be committed")
            return
        }
        #expect(newCursor == 2)
    }

    @Test func failuresBackOffWithinTheGrowingCeiling() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        let batch = try #require(sent)
        for failure in 1...8 {
            guard case .wakeAt(let until) = h.handle(.transportFailed(.httpStatus(502))) else {
                Issue.record("expected a backoff")
                return
            }
            let ceiling = configuration.backoff.ceiling(afterFailures: failure)
            #expect((0...ceiling).contains(until.milliseconds - h.now.milliseconds))
            #expect(h.machine.status.consecutiveFailures == failure)
            #expect(h.machine.status.phase == .backingOff)
            h.now = until
            let action5 = h.handle(.tick)
            #expect(action5 == .send(batch, deadline: h.now.advanced(byMilliseconds: 1_000)))
        }
    }

    @Test func syncNowSkipsAPendingBackoff() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...1))
        let batch = try #require(sent)
        _ = h.handle(.transportFailed(.connectionFailed))
        guard case .send(let retry, _) = h.handle(.syncNow) else {
            Issue.record("expected an immediate retry")
            return
        }
        #expect(retry.batchID == batch.batchID)
    }

    @Test func cursorInvalidResendsEverythingFlaggedAsResyncUntilAcknowledged() throws {
        var h = harness(cursor: 10)
        let sent = h.send(Sample.items(11...12))
        let batch = try #require(sent)
        let action6 = h.handle(.errorReceived(SyncError(.cursorInvalid, "lost", hubCursor: 4)))
        #expect(action6 == .resync(hubCursor: 4))
        #expect(h.machine.status.phase == .resyncing)
        let action7 = h.handle(.resyncPrepared(OutboxSummary(pendingCount: 5, oldestEnqueuedAt: h.now)))
        #expect(action7 == .loadItems(after: 10, limit: 4))
        guard case .send(let resync, _) = h.handle(.itemsLoaded(Sample.items(13...17))) else {
            Issue.record("expected a resync batch")
            return
        }
        #expect(resync.resync && resync.batchID != batch.batchID)
        _ = h.handle(.receiptReceived(Sample.receipt(for: resync)))
        _ = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 1, oldestEnqueuedAt: h.now)))
        guard case .send(let next, _) = h.handle(.itemsLoaded(Sample.items(17...17))) else {
            Issue.record("expected the next batch")
            return
        }
        #expect(!next.resync)
        #expect(h.machine.acknowledgedCursor == 16)
    }

    @Test func rejectedItemsAreRecordedAndTheStreamMovesOn() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...3))
        let batch = try #require(sent)
        let receipt = Sample.receipt(for: batch, outcome: .rejected)
        let action8 = h.handle(.receiptReceived(receipt))
        #expect(action8 == .commitReceipt(batch, receipt, newCursor: 3))
        _ = h.handle(.receiptCommitted(.empty))
        #expect(h.machine.acknowledgedCursor == 3)
        #expect(h.machine.status.rejectedItems == 3)
    }

    @Test func tooLargeSplitsTheBatchAndFinallyRejectsASingleItem() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...4))
        _ = try #require(sent)
        let action9 = h.handle(.errorReceived(SyncError(.batchTooLarge, "too big")))
        #expect(action9 == .loadItems(after: 0, limit: 2))
        guard case .send(let half, _) = h.handle(.itemsLoaded(Sample.items(1...4))) else {
            Issue.record("expected a smaller batch")
            return
        }
        #expect(half.items.count == 2)
        _ = h.handle(.errorReceived(SyncError(.batchTooLarge, "too big")))
        guard case .send(let single, _) = h.handle(.itemsLoaded(Sample.items(1...4))) else {
            Issue.record("expected a single-item batch")
            return
        }
        guard case .recordRejections(let receipts) = h.handle(.errorReceived(SyncError(.batchTooLarge, "too big")))
        else {
            Issue.record("a single item too large must be rejected, not retried forever")
            return
        }
        #expect(receipts.map(\.sequence) == single.items.map(\.sequence))
        #expect(receipts.allSatisfy { $0.reason == .tooLarge })
    }

    @Test func theHubsOwnItemLimitIsKeptAfterASuccess() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...4))
        _ = try #require(sent)
        let action = h.handle(.errorReceived(SyncError(.batchTooLarge, "at most 3", maxItems: 3)))
        #expect(action == .loadItems(after: 0, limit: 2))
        guard case .send(let half, _) = h.handle(.itemsLoaded(Sample.items(1...4))) else {
            Issue.record("expected a smaller batch")
            return
        }
        _ = h.handle(.receiptReceived(Sample.receipt(for: half)))
        // Back up to the hub's 3, not to the node's own 4: the next batch is not refused again.
        let next = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 2, oldestEnqueuedAt: h.now)))
        #expect(next == .loadItems(after: 2, limit: 3))
    }

    @Test func aCatalogueMismatchStopsTheStreamUntilResumed() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        _ = try #require(sent)
        let error = SyncError(.catalogueVersionMismatch, "release 3 expected", acceptedCatalogueVersions: [3])
        let action10 = h.handle(.errorReceived(error))
        #expect(action10 == .stop(error))
        #expect(h.machine.status.phase == .stopped)
        #expect(h.machine.status.lastError?.code == "sync.catalogue_version_mismatch")
        let action11 = h.handle(.tick)
        #expect(action11 == .none)
        let action12 = h.handle(.outboxChanged(OutboxSummary(pendingCount: 2, oldestEnqueuedAt: h.now)))
        #expect(action12 == .none)
        let action13 = h.handle(.resume)
        #expect(action13 == .loadItems(after: 0, limit: 4))
    }

    @Test func retryAfterIsRespected() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        _ = try #require(sent)
        let action14 = h.handle(.errorReceived(SyncError(.rateLimited, "slow down", retryAfterSeconds: 60)))
        #expect(action14 == .wakeAt(h.now.advanced(byMilliseconds: 60_000)))
    }

    @Test func aReceiptForAnotherBatchIsIgnored() throws {
        var h = harness()
        let sent = h.send(Sample.items(1...2))
        let batch = try #require(sent)
        var other = Sample.receipt(for: batch)
        other.batchID = "indicators-other"
        let action15 = h.handle(.receiptReceived(other))
        #expect(action15 == .none)
        #expect(h.machine.state == .sending(batch, attempt: 1, deadline: h.now.advanced(byMilliseconds: 1_000)))
    }

    @Test func randomEventStormsNeverMoveTheCursorBackwardsOrWithoutADurableReceipt() {
        let pool = Sample.items(1...700)
        for seed in UInt64(1)...30 {
            var h = harness()
            var random = SeededGenerator(seed: seed)
            var nextSequence: Int64 = 1
            var lastSent: UploadBatch?
            var committedCursor: Int64 = 0
            var pendingCommit: Int64?
            for _ in 0..<200 {
                h.now = h.now.advanced(byMilliseconds: Int64.random(in: 0...800, using: &random))
                let event: UploadEvent
                switch Int.random(in: 0..<9, using: &random) {
                case 0: event = .tick
                case 1:
                    let count = Int64.random(in: 0...3, using: &random)
                    nextSequence += count
                    event = .outboxChanged(OutboxSummary(pendingCount: Int(nextSequence), oldestEnqueuedAt: h.now))
                case 2: event = .itemsLoaded(Array(pool[Int(max(0, nextSequence - 6))..<Int(min(700, nextSequence))]))
                case 3:
                    event =
                        lastSent.map {
                            .receiptReceived(Sample.receipt(for: $0, committed: Bool.random(using: &random)))
                        } ?? .tick
                case 4: event = .transportFailed(.timeout)
                case 5:
                    event = .errorReceived(
                        SyncError(SyncErrorCode.allCases.randomElement(using: &random)!, "x", hubCursor: 0))
                case 6: event = pendingCommit == nil ? .tick : .receiptCommitted(.empty)
                case 7: event = .resume
                default: event = .resyncPrepared(OutboxSummary(pendingCount: 3, oldestEnqueuedAt: h.now))
                }
                let before = h.machine.acknowledgedCursor
                let action = h.handle(event)
                if case .receiptCommitted = event, let cursor = pendingCommit, h.machine.acknowledgedCursor != before {
                    committedCursor = max(committedCursor, cursor)
                    pendingCommit = nil
                }
                #expect(h.machine.acknowledgedCursor >= before, "seed \(seed)")
                #expect(h.machine.acknowledgedCursor == committedCursor, "seed \(seed)")
                switch action {
                case .send(let batch, _): lastSent = batch
                case .commitReceipt(_, _, let newCursor): pendingCommit = newCursor
                case .recordRejections: _ = h.handle(.rejectionsCommitted(.empty))
                default: break
                }
            }
        }
    }
}
