import SyncEngine
import Testing
import WireProtocol

/// The upload machine with more than one batch in flight: later batches go out while the oldest waits, receipts
/// are committed strictly in order, and trouble with a batch sent ahead forgets it (its items go out again).
@Suite struct UploadWindowTests {
    struct Harness {
        var machine: UploadMachine
        var random = SeededGenerator(seed: 5)
        var now = Sample.t0

        init(window: Int, cursor: Int64 = 0) {
            machine = UploadMachine(
                stream: .indicators, acknowledgedCursor: cursor, outbox: .empty,
                configuration: UploadConfiguration(
                    limits: BatchLimits(maxItems: 3), backoff: BackoffPolicy(baseMilliseconds: 100),
                    requestTimeoutMilliseconds: 1_000, window: window))
        }

        mutating func handle(_ event: UploadEvent) -> UploadAction { machine.handle(event, now: now, random: &random) }

        /// From idle with `pending` outbox items (sequences 1…pending): the head batch, then every batch the window
        /// lets go out ahead of it.
        mutating func fill(pending: Int64) -> [UploadBatch] {
            var batches: [UploadBatch] = []
            var action = handle(.outboxChanged(OutboxSummary(pendingCount: Int(pending), oldestEnqueuedAt: now)))
            while true {
                switch action {
                case .loadItems(let after, let limit):
                    let last = min(pending, after + Int64(limit))
                    action = handle(.itemsLoaded(after < last ? Sample.items((after + 1)...last) : []))
                case .send(let batch, _):
                    batches.append(batch)
                    action = handle(.sent)
                default:
                    return batches
                }
            }
        }
    }

    @Test func aWindowOfOneSendsTheNextBatchOnlyAfterTheReceipt() {
        var h = Harness(window: 1)
        let batches = h.fill(pending: 9)
        #expect(batches.map { $0.items.map(\.sequence) } == [[1, 2, 3]])
        #expect(h.machine.ahead.isEmpty)
    }

    @Test func batchesGoOutAheadUpToTheWindowAndSayWhatIsDurablyAcknowledged() {
        var h = Harness(window: 3, cursor: 0)
        let batches = h.fill(pending: 20)
        #expect(batches.map { $0.items.map(\.sequence) } == [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        // `after` is what the node knows the hub holds, not the previous batch in flight.
        #expect(batches.allSatisfy { $0.after == 0 })
        #expect(Set(batches.map(\.batchID)).count == 3)
        #expect(h.machine.ahead.map(\.batch) == Array(batches.dropFirst()))
    }

    @Test func theWindowStopsWhereTheOutboxEnds() {
        var h = Harness(window: 4)
        let batches = h.fill(pending: 5)
        #expect(batches.map { $0.items.map(\.sequence) } == [[1, 2, 3], [4, 5]])
    }

    @Test func receiptsAreCommittedInOrderWhateverOrderTheyArriveIn() {
        var h = Harness(window: 3)
        let batches = h.fill(pending: 9)
        #expect(batches.count == 3)
        let (a, b, c) = (batches[0], batches[1], batches[2])
        // The last and the middle answer first: they wait.
        #expect(h.handle(.answered(batchID: c.batchID, .receiptReceived(Sample.receipt(for: c)))) == .none)
        #expect(h.handle(.answered(batchID: b.batchID, .receiptReceived(Sample.receipt(for: b)))) == .none)
        #expect(h.machine.acknowledgedCursor == 0)
        let commitA = h.handle(.answered(batchID: a.batchID, .receiptReceived(Sample.receipt(for: a))))
        #expect(commitA == .commitReceipt(a, Sample.receipt(for: a), newCursor: 3))
        let commitB = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 6, oldestEnqueuedAt: h.now)))
        #expect(commitB == .commitReceipt(b, Sample.receipt(for: b), newCursor: 6))
        #expect(h.machine.acknowledgedCursor == 3)
        let commitC = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 3, oldestEnqueuedAt: h.now)))
        #expect(commitC == .commitReceipt(c, Sample.receipt(for: c), newCursor: 9))
        #expect(h.handle(.receiptCommitted(.empty)) == .none)
        #expect(h.machine.acknowledgedCursor == 9)
        #expect(h.machine.state == .idle)
    }

    @Test func whenTheHeadIsCommittedTheNextBatchLeadsAndTheWindowRefills() {
        var h = Harness(window: 2)
        let batches = h.fill(pending: 12)
        let (a, b) = (batches[0], batches[1])
        _ = h.handle(.answered(batchID: a.batchID, .receiptReceived(Sample.receipt(for: a))))
        let next = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 9, oldestEnqueuedAt: h.now)))
        #expect(next == .loadItems(after: 6, limit: 3))
        #expect(h.machine.state == .sending(b, attempt: 1, deadline: h.now.advanced(byMilliseconds: 1_000)))
        guard case .send(let c, _) = h.handle(.itemsLoaded(Sample.items(7...9))) else {
            Issue.record("expected the third batch to go out ahead")
            return
        }
        #expect(c.after == 3)
        #expect(c.items.map(\.sequence) == [7, 8, 9])
    }

    @Test func aFailedBatchAheadIsForgottenAndItsItemsGoOutAgainAfterTheHead() {
        var h = Harness(window: 3)
        let batches = h.fill(pending: 9)
        let (a, b, c) = (batches[0], batches[1], batches[2])
        _ = h.handle(.answered(batchID: c.batchID, .receiptReceived(Sample.receipt(for: c))))
        // B fails: B and C (whose receipt arrived) are forgotten; A is untouched.
        #expect(h.handle(.answered(batchID: b.batchID, .transportFailed(.connectionFailed))) == .none)
        #expect(h.machine.ahead.isEmpty)
        #expect(h.machine.status.lastError?.code == TransportFailure.connectionFailed.code)
        _ = h.handle(.answered(batchID: a.batchID, .receiptReceived(Sample.receipt(for: a))))
        let next = h.handle(.receiptCommitted(OutboxSummary(pendingCount: 6, oldestEnqueuedAt: h.now)))
        #expect(next == .loadItems(after: 3, limit: 3))
        #expect(h.machine.acknowledgedCursor == 3)
        // A late receipt for a forgotten batch changes nothing.
        #expect(h.handle(.answered(batchID: c.batchID, .receiptReceived(Sample.receipt(for: c)))) == .none)
        #expect(h.machine.acknowledgedCursor == 3)
    }

    @Test func aFailedHeadForgetsEveryBatchAheadAndRetriesItself() {
        var h = Harness(window: 3)
        let batches = h.fill(pending: 9)
        let (a, b) = (batches[0], batches[1])
        _ = h.handle(.answered(batchID: b.batchID, .receiptReceived(Sample.receipt(for: b))))
        guard
            case .wakeAt(let until) = h.handle(
                .answered(batchID: a.batchID, .errorReceived(SyncError(.unavailable, "down for maintenance"))))
        else {
            Issue.record("expected a backoff")
            return
        }
        #expect(h.machine.ahead.isEmpty)
        h.now = until
        guard case .send(let retry, _) = h.handle(.tick) else {
            Issue.record("expected the head again")
            return
        }
        #expect(retry == a)
        // Once the head is out again, the window refills behind it.
        #expect(h.handle(.sent) == .loadItems(after: 3, limit: 3))
    }

    @Test func aBadReceiptForABatchAheadForgetsIt() {
        var h = Harness(window: 2)
        let batches = h.fill(pending: 6)
        var receipt = Sample.receipt(for: batches[1])
        receipt.items.removeLast()
        #expect(h.handle(.answered(batchID: batches[1].batchID, .receiptReceived(receipt))) == .none)
        #expect(h.machine.ahead.isEmpty)
        #expect(h.machine.status.lastError?.code == "receipt.unaccounted_items")
    }

    @Test func noBatchGoesAheadWhileResyncing() {
        var h = Harness(window: 3)
        _ = h.fill(pending: 9)
        _ = h.handle(.errorReceived(SyncError(.cursorInvalid, "lost", hubCursor: 0)))
        #expect(h.machine.ahead.isEmpty)
        let reload = h.handle(.resyncPrepared(OutboxSummary(pendingCount: 9, oldestEnqueuedAt: h.now)))
        #expect(reload == .loadItems(after: 0, limit: 3))
        guard case .send(let batch, _) = h.handle(.itemsLoaded(Sample.items(1...9))) else {
            Issue.record("expected the resync batch")
            return
        }
        #expect(batch.resync)
        #expect(h.handle(.sent) == .none)
    }

    @Test func randomAnswerOrdersNeverMoveTheCursorPastAnUnacknowledgedBatch() {
        for seed in UInt64(1)...40 {
            var random = SeededGenerator(seed: seed)
            var h = Harness(window: Int.random(in: 1...4, using: &random))
            let pending = Int64.random(in: 1...30, using: &random)
            var inFlight = h.fill(pending: pending)
            var acknowledged: Set<Int64> = []
            var steps = 0
            while h.machine.state != .idle, steps < 500 {
                steps += 1
                h.now = h.now.advanced(byMilliseconds: Int64.random(in: 0...300, using: &random))
                let before = h.machine.acknowledgedCursor
                var action: UploadAction
                if let batch = inFlight.randomElement(using: &random) {
                    let answer: UploadEvent =
                        random.next() % 4 == 0
                        ? .transportFailed(.timeout) : .receiptReceived(Sample.receipt(for: batch))
                    action = h.handle(.answered(batchID: batch.batchID, answer))
                    if case .receiptReceived = answer { inFlight.removeAll { $0 == batch } }
                } else {
                    action = h.handle(.tick)
                }
                while true {
                    switch action {
                    case .commitReceipt(let batch, _, let newCursor):
                        #expect(newCursor == batch.lastSequence, "seed \(seed)")
                        // Every sequence up to the new cursor was acknowledged by an earlier or this receipt.
                        acknowledged.formUnion(batch.items.map(\.sequence))
                        #expect(Set(1...newCursor).isSubset(of: acknowledged), "seed \(seed)")
                        let left = Int(pending - newCursor)
                        action = h.handle(.receiptCommitted(OutboxSummary(pendingCount: left, oldestEnqueuedAt: h.now)))
                    case .loadItems(let after, let limit):
                        let last = min(pending, after + Int64(limit))
                        action = h.handle(.itemsLoaded(after < last ? Sample.items((after + 1)...last) : []))
                    case .send(let batch, _):
                        inFlight.append(batch)
                        action = h.handle(.sent)
                    case .wakeAt(let until):
                        h.now = until
                        action = h.handle(.tick)
                    default:
                        action = .none
                    }
                    if action == .none { break }
                }
                #expect(h.machine.acknowledgedCursor >= before, "seed \(seed)")
                #expect(h.machine.ahead.count < h.machine.configuration.window, "seed \(seed)")
            }
            #expect(h.machine.acknowledgedCursor == pending, "seed \(seed): stopped at \(h.machine.state)")
        }
    }
}
