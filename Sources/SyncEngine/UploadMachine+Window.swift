public import WireProtocol

/// A batch sent while an older one of the same stream is still in flight (``UploadMachine/ahead``).
public struct AheadBatch: Hashable, Sendable {
    /// The batch.
    public var batch: UploadBatch
    /// When it counts as timed out.
    public var deadline: SyncInstant
    /// Its checked receipt, once it arrived; committed right after every older batch's.
    public var receipt: BatchReceipt?
}

extension UploadMachine {
    /// After a send: load the next batch to send ahead, if the window has room and the outbox holds more than is
    /// in flight. Not while resyncing: a resync's batches go one at a time until one is acknowledged.
    mutating func fillWindow() -> UploadAction {
        guard case .sending(let head, _, _) = state, !loadingAhead, !resyncMode,
            1 + ahead.count < configuration.window
        else { return .none }
        let inFlight = ahead.reduce(head.items.count) { $0 + $1.batch.items.count }
        guard status.queueLength > inFlight else { return .none }
        loadingAhead = true
        return .loadItems(after: lastSequenceInFlight(head: head), limit: itemLimit)
    }

    /// Items loaded for a batch ahead: send what fits. Anything unusual (an item too large on its own, nothing
    /// left) is left for the head's own round, which knows how to handle it.
    mutating func sendAhead(
        _ items: [UploadItem], now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        loadingAhead = false
        guard case .sending(let head, _, _) = state else { return .none }
        let after = lastSequenceInFlight(head: head)
        var limits = configuration.limits
        limits.maxItems = itemLimit
        // `after` in the batch stays the durable cursor: what the node knows the hub holds.
        let plan = BatchBuilder.plan(
            stream: stream, after: acknowledgedCursor, resync: false, catalogue: catalogue,
            candidates: items.filter { $0.sequence > after }, limits: limits,
            batchID: Self.batchID(for: stream, random: &random))
        guard plan.oversized.isEmpty, let batch = plan.batch else { return .none }
        let deadline = now.advanced(byMilliseconds: configuration.requestTimeoutMilliseconds)
        ahead.append(AheadBatch(batch: batch, deadline: deadline, receipt: nil))
        return .send(batch, deadline: deadline)
    }

    /// An answer for the batch ahead at `index`: a good receipt waits for its turn; anything else forgets that
    /// batch and every later one (their items go out again after the head).
    mutating func answeredAhead(at index: Int, _ answer: UploadEvent, now: SyncInstant) -> UploadAction {
        let batch = ahead[index].batch
        let problem: (code: String, message: String)
        switch answer {
        case .receiptReceived(let receipt):
            switch ReceiptCheck.validate(receipt, for: batch) {
            case .success:
                if ahead[index].receipt == nil { ahead[index].receipt = receipt }
                return .none
            case .failure(let failure): problem = (failure.code, failure.message)
            }
        case .errorReceived(let error): problem = (error.code.rawValue, error.message)
        case .transportFailed(let failure): problem = (failure.code, failure.text)
        case .storeFailed(let message): problem = ("store.failed", message)
        default: return .none
        }
        ahead.removeSubrange(index...)
        recordError(code: problem.code, message: problem.message, now: now)
        return .none
    }

    /// The head's receipt is committed: the oldest batch ahead becomes the head. Nil when there is none.
    mutating func promoteAhead(now: SyncInstant) -> UploadAction? {
        guard !ahead.isEmpty else { return nil }
        let next = ahead.removeFirst()
        guard let receipt = next.receipt else {
            state = .sending(next.batch, attempt: 1, deadline: next.deadline)
            return now >= next.deadline ? .wakeAt(next.deadline) : fillWindow()
        }
        let newCursor = max(acknowledgedCursor, next.batch.lastSequence ?? acknowledgedCursor)
        status.rejectedItems += receipt.items.filter { $0.outcome == .rejected }.count
        state = .committingReceipt(next.batch, newCursor: newCursor)
        return .commitReceipt(next.batch, receipt, newCursor: newCursor)
    }

    private func lastSequenceInFlight(head: UploadBatch) -> Int64 {
        ahead.last?.batch.lastSequence ?? head.lastSequence ?? acknowledgedCursor
    }
}
