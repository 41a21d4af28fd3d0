public import WireProtocol

/// The node side of one up stream, as a pure state machine: outbox → bounded batch → send → receipt → durable
/// commit → cursor. The acknowledged cursor moves only on ``UploadEvent/receiptCommitted(_:)`` after a receipt
/// that passed ``ReceiptCheck``; failures back off with full jitter and resend the *same* batch (same id), so a
/// hub that committed but whose answer was lost returns the original receipt.
///
/// With a ``UploadConfiguration/window`` above 1 and a driver that reports ``UploadEvent/sent``, later batches
/// go out while the oldest one (the head, in ``State/sending``) waits for its receipt; see ``ahead``. Receipts
/// are committed strictly in order, and any trouble with a batch sent ahead forgets it and every later one: their
/// items are still in the outbox and are sent again after the head, so the window never changes what is
/// acknowledged, only how soon.
///
/// Create one per stream at start-up from the durable cursor; after a crash, create it again (the in-flight
/// batch is forgotten and rebuilt, which the hub's idempotent upsert makes harmless).
public struct UploadMachine: Sendable {
    /// Where the stream is.
    public enum State: Hashable, Sendable {
        /// Nothing in flight.
        case idle
        /// Waiting for ``UploadEvent/itemsLoaded(_:)``.
        case loading
        /// A request is out.
        case sending(UploadBatch, attempt: Int, deadline: SyncInstant)
        /// Waiting to retry; `batch` is nil when the failure happened before a batch existed.
        case backingOff(UploadBatch?, attempt: Int, until: SyncInstant)
        /// Waiting for ``UploadEvent/receiptCommitted(_:)``.
        case committingReceipt(UploadBatch, newCursor: Int64)
        /// Waiting for ``UploadEvent/rejectionsCommitted(_:)``.
        case recordingRejections
        /// Waiting for ``UploadEvent/resyncPrepared(_:)``.
        case resyncing
        /// Stopped until ``UploadEvent/resume``.
        case stopped(SyncError)
    }

    /// The stream.
    public let stream: SyncStream
    /// Settings.
    public var configuration: UploadConfiguration
    /// Current state: that of the head, the oldest batch not yet committed.
    public internal(set) var state: State = .idle {
        didSet {
            // Batches ahead exist only behind a head that is out or being committed.
            switch state {
            case .sending, .committingReceipt: break
            default:
                ahead.removeAll()
                loadingAhead = false
            }
        }
    }
    /// Batches sent after the head while it is in flight, oldest first, each with its receipt once it arrived
    /// (committed after the head's). Empty unless the window is above 1.
    public internal(set) var ahead: [AheadBatch] = []
    /// The highest outbox sequence the hub has durably acknowledged (and the node has durably recorded).
    public private(set) var acknowledgedCursor: Int64
    /// Status for operators.
    public internal(set) var status: StreamStatus
    /// The catalogue release new batches carry.
    public private(set) var catalogue: CatalogueVersionRef?

    // Set by a "cursor invalid" answer; batches say `resync: true` until one is acknowledged.
    var resyncMode = false
    // Halved on 413 so an oversized batch is split; restored after a success, up to the hub's own limit.
    var itemLimit: Int
    // The most items per batch the hub said it accepts (`maxItems` on a 413); kept while the process runs.
    var hubItemLimit: Int?
    // A load for a batch to send ahead is outstanding.
    var loadingAhead = false

    /// Creates the machine from the durable cursor and the current outbox.
    public init(
        stream: SyncStream, acknowledgedCursor: Int64, outbox: OutboxSummary, catalogue: CatalogueVersionRef? = nil,
        configuration: UploadConfiguration = UploadConfiguration()
    ) {
        self.stream = stream
        self.acknowledgedCursor = acknowledgedCursor
        self.catalogue = catalogue
        self.configuration = configuration
        itemLimit = configuration.limits.maxItems
        status = StreamStatus(stream: stream)
        apply(outbox)
    }

    /// Handles one event at time `now`; `random` supplies batch ids and jitter.
    public mutating func handle(
        _ event: UploadEvent, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        let action = transition(event, now: now, random: &random)
        status.phase = phase
        if case .backingOff(_, _, let until) = state { status.nextRetryAt = until } else { status.nextRetryAt = nil }
        return action
    }

    private mutating func transition(
        _ event: UploadEvent, now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        switch event {
        case .outboxChanged(let outbox):
            apply(outbox)
            return state == .idle ? startRound() : .none
        case .tick, .syncNow:
            return wake(now: now, force: event == .syncNow, random: &random)
        case .itemsLoaded(let items):
            if loadingAhead { return sendAhead(items, now: now, random: &random) }
            guard state == .loading else { return .none }
            return prepare(items, now: now, random: &random)
        case .sent:
            return fillWindow()
        case .answered(let batchID, let answer):
            if let index = ahead.firstIndex(where: { $0.batch.batchID == batchID }) {
                return answeredAhead(at: index, answer, now: now)
            }
            guard batchInFlight?.batchID == batchID else { return .none }
            return transition(answer, now: now, random: &random)
        case .receiptReceived(let receipt):
            return received(receipt, now: now, random: &random)
        case .errorReceived(let error):
            guard let batch = batchInFlight, error.stream == nil || error.stream == stream else { return .none }
            return refused(batch, error, now: now, random: &random)
        case .transportFailed(let failure):
            guard let batch = batchInFlight, case .sending = state else { return .none }
            return fail(batch, code: failure.code, message: failure.text, now: now, random: &random)
        case .receiptCommitted(let outbox):
            guard case .committingReceipt(_, let newCursor) = state else { return .none }
            acknowledgedCursor = max(acknowledgedCursor, newCursor)
            resyncMode = false
            itemLimit = min(configuration.limits.maxItems, hubItemLimit ?? .max)
            status.lastSuccess = now
            status.consecutiveFailures = 0
            apply(outbox)
            if let next = promoteAhead(now: now) { return next }
            state = .idle
            return startRound()
        case .rejectionsCommitted(let outbox), .resyncPrepared(let outbox):
            guard state == .recordingRejections || state == .resyncing else { return .none }
            state = .idle
            apply(outbox)
            return startRound()
        case .storeFailed(let message):
            let batch: UploadBatch? = if case .committingReceipt(let batch, _) = state { batch } else { nil }
            guard state != .idle, !isStopped else { return .none }
            return fail(batch, code: "store.failed", message: message, now: now, random: &random)
        case .catalogueApplied(let reference):
            catalogue = reference
            return .none
        case .resume:
            guard isStopped else { return .none }
            state = .idle
            return startRound()
        }
    }

    private var isStopped: Bool {
        if case .stopped = state { return true }
        return false
    }

    private var batchInFlight: UploadBatch? {
        switch state {
        case .sending(let batch, _, _): batch
        case .backingOff(let batch, _, _): batch
        default: nil
        }
    }

    private var phase: StreamPhase {
        switch state {
        case .idle: .idle
        case .loading, .sending, .committingReceipt, .recordingRejections: .working
        case .backingOff: .backingOff
        case .resyncing: .resyncing
        case .stopped: .stopped
        }
    }

    private mutating func apply(_ outbox: OutboxSummary) {
        status.queueLength = outbox.pendingCount
        status.oldestUnsent = outbox.oldestEnqueuedAt
    }

    mutating func startRound() -> UploadAction {
        guard status.queueLength > 0 else { return .none }
        state = .loading
        return .loadItems(after: acknowledgedCursor, limit: itemLimit)
    }

    private mutating func wake(
        now: SyncInstant, force: Bool, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        switch state {
        case .idle:
            return startRound()
        case .sending(let batch, _, let deadline) where now >= deadline:
            return fail(
                batch, code: TransportFailure.timeout.code, message: TransportFailure.timeout.text, now: now,
                random: &random)
        case .backingOff(let batch, let attempt, let until) where force || now >= until:
            guard let batch else {
                state = .idle
                return startRound()
            }
            return send(batch, attempt: attempt + 1, now: now)
        case .backingOff(_, _, let until):
            return .wakeAt(until)
        default:
            return .none
        }
    }

    private mutating func send(_ batch: UploadBatch, attempt: Int, now: SyncInstant) -> UploadAction {
        let deadline = now.advanced(byMilliseconds: configuration.requestTimeoutMilliseconds)
        state = .sending(batch, attempt: attempt, deadline: deadline)
        return .send(batch, deadline: deadline)
    }

    private mutating func prepare(
        _ items: [UploadItem], now: SyncInstant, random: inout some RandomNumberGenerator
    ) -> UploadAction {
        var limits = configuration.limits
        limits.maxItems = itemLimit
        let plan = BatchBuilder.plan(
            stream: stream, after: acknowledgedCursor, resync: resyncMode, catalogue: catalogue, candidates: items,
            limits: limits, batchID: Self.batchID(for: stream, random: &random))
        if !plan.oversized.isEmpty {
            status.rejectedItems += plan.oversized.count
            state = .recordingRejections
            return .recordRejections(plan.oversized)
        }
        guard let batch = plan.batch else {
            state = .idle
            return .none
        }
        return send(batch, attempt: 1, now: now)
    }

    /// `<stream>-<32 hex digits>`: 128 random bits, so ids never collide across restarts.
    static func batchID(for stream: SyncStream, random: inout some RandomNumberGenerator) -> String {
        let digits = Array("0123456789abcdef")
        let bits = [random.next(), random.next()] as [UInt64]
        let hex = bits.flatMap { word in (0..<16).map { digits[Int((word >> (60 - 4 * UInt64($0))) & 0xF)] } }
        return "\(stream.rawValue)-\(String(hex))"
    }
}
