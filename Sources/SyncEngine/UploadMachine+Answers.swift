import WireProtocol

extension UploadMachine {
    /// A 200 answer: commit it if it accounts for the batch, otherwise treat it as a failure and resend.
    mutating func received(
        _ receipt: BatchReceipt, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        // A late receipt for the batch we are backing off with is as good as a timely one: same batch id.
        guard let batch = batchInFlightForReceipt, batch.batchID == receipt.batchID else { return .none }
        switch ReceiptCheck.validate(receipt, for: batch) {
        case .failure(let problem):
            return fail(batch, code: problem.code, message: problem.message, now: now, random: &random)
        case .success:
            let newCursor = max(acknowledgedCursor, batch.lastSequence ?? acknowledgedCursor)
            status.rejectedItems += receipt.items.filter { $0.outcome == .rejected }.count
            state = .committingReceipt(batch, newCursor: newCursor)
            return .commitReceipt(batch, receipt, newCursor: newCursor)
        }
    }

    /// An error body: retry, split, resync or stop, as its code says.
    mutating func refused(
        _ batch: UploadBatch, _ error: SyncError, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        recordError(code: error.code.rawValue, message: error.message, now: now)
        switch error.code {
        case .cursorInvalid:
            resyncMode = true
            state = .resyncing
            return .resync(hubCursor: error.hubCursor ?? 0)
        case .batchIDReused:
            state = .idle
            return startRound()
        case .batchTooLarge:
            // Remembered, so later batches stay within it instead of being refused one in two.
            if let hubLimit = error.maxItems, hubLimit >= 1 { hubItemLimit = hubLimit }
            let limit = min(error.maxItems ?? batch.items.count / 2, batch.items.count / 2)
            guard limit >= 1 else {
                let receipts = batch.items.map {
                    ItemReceipt(
                        sequence: $0.sequence, key: $0.key, outcome: .rejected, reason: .tooLarge,
                        message: error.message)
                }
                status.rejectedItems += receipts.count
                state = .recordingRejections
                return .recordRejections(receipts)
            }
            itemLimit = limit
            state = .idle
            return startRound()
        default:
            if error.code.isRetryable {
                let minimum = Int64(error.retryAfterSeconds ?? 0) * 1000
                return backOff(batch, minimumMilliseconds: minimum, now: now, random: &random)
            }
            state = .stopped(error)
            return .stop(error)
        }
    }

    /// A failure without an answer we can use: back off and resend the same batch.
    mutating func fail(
        _ batch: UploadBatch?, code: String, message: String, now: SyncInstant,
        random: inout some RandomNumberGenerator
    ) -> UploadAction {
        recordError(code: code, message: message, now: now)
        return backOff(batch, minimumMilliseconds: 0, now: now, random: &random)
    }

    private mutating func backOff(
        _ batch: UploadBatch?, minimumMilliseconds: Int64, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        let attempt: Int =
            switch state {
            case .sending(_, let attempt, _), .backingOff(_, let attempt, _): attempt
            default: 1
            }
        let delay = configuration.backoff.delay(
            afterFailures: status.consecutiveFailures, minimumMilliseconds: minimumMilliseconds, using: &random)
        let until = now.advanced(byMilliseconds: delay)
        state = .backingOff(batch, attempt: attempt, until: until)
        return .wakeAt(until)
    }

    mutating func recordError(code: String, message: String, now: SyncInstant) {
        status.consecutiveFailures += 1
        status.lastError = StreamError(code: code, message: message, at: now)
    }

    private var batchInFlightForReceipt: UploadBatch? {
        switch state {
        case .sending(let batch, _, _): batch
        case .backingOff(let batch, _, _): batch
        default: nil
        }
    }
}
