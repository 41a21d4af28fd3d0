public import Foundation
public import HubClient
public import NodeStore
public import SyncEngine
public import WireProtocol

/// What a ``SyncRunner`` reports as it goes (for `balans sync now`'s progress lines and for logs).
public enum SyncProgress: Sendable, Hashable {
    /// A batch of `stream` was acknowledged and its receipt committed.
    case batchAcknowledged(
        stream: SyncStream, batchID: String, items: Int, imported: Int, updated: Int, ignored: Int, rejected: Int)
    /// A request or store step failed; the stream backs off and retries.
    case failed(stream: SyncStream, code: String, message: String)
    /// A feed page was applied.
    case pageApplied(stream: SyncStream, changes: Int)
    /// A stream stopped; an operator must act.
    case stopped(stream: SyncStream, code: String, message: String)
}

/// The thin loop around the pure machines: performs each action an ``SyncEngine/UploadMachine`` (one per up stream
/// in ``uploadStreams``) or a ``SyncEngine/DownloadMachine`` (one per down stream in ``downloadStreams``) asks for —
/// read the outbox, sign and send, commit a receipt, apply a page — feeds the result back as the next event, and
/// stops when the machine waits. Time comes from `now`, randomness (batch ids, jitter) from the system generator.
///
/// Both the node's ``SyncService`` and `balans sync now` use it; the machines start from the durable cursors, so
/// a crashed process simply starts over (the hub's idempotent upsert makes a resent batch harmless).
public struct SyncRunner: Sendable {
    /// The node's database.
    public let store: NodeStore
    /// The hub client.
    public let client: HubSyncClient
    /// The up streams' machines, by stream (every stream of ``uploadStreams``).
    public private(set) var uploads: [SyncStream: UploadMachine]
    /// The down streams' machines, by stream (every stream of ``downloadStreams``).
    public private(set) var downloads: [SyncStream: DownloadMachine]
    private let now: @Sendable () -> Date
    private let progress: @Sendable (SyncProgress) -> Void
    private var random = SystemRandomNumberGenerator()
    private var saved: [SyncStream: StreamStatus] = [:]

    /// Creates the runner from the store's durable cursors and outbox.
    public init(
        store: NodeStore, client: HubSyncClient, configuration: NodeSyncConfiguration,
        catalogue: CatalogueVersionRef, now: @escaping @Sendable () -> Date = { Date() },
        progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }
    ) throws {
        self.store = store
        self.client = client
        self.now = now
        self.progress = progress
        var uploads: [SyncStream: UploadMachine] = [:]
        for stream in Self.uploadStreams {
            // Only batches computed from the catalogue name a release (spec §4.4); the others are not held back by
            // a catalogue transition at the hub.
            uploads[stream] = UploadMachine(
                stream: stream, acknowledgedCursor: try store.acknowledgedCursor(stream),
                outbox: try store.outboxSummary(stream), catalogue: stream == .indicators ? catalogue : nil,
                configuration: configuration.upload)
        }
        self.uploads = uploads
        var downloads: [SyncStream: DownloadMachine] = [:]
        for stream in Self.downloadStreams {
            downloads[stream] = DownloadMachine(
                stream: stream, cursor: try store.downloadCursor(stream),
                appliedCatalogueVersion: stream == .definitions ? try store.appliedCatalogueVersion() : nil,
                configuration: configuration.download)
        }
        self.downloads = downloads
    }

    /// The up streams this node pushes, in the order a round visits them: indicators first (a held catalogue
    /// release waits for them), then the region's other writes. Each has its own outbox, cursor, backoff and status.
    public static let uploadStreams: [SyncStream] = [
        .indicators, .selfAssessments, .learningExamples, .exchangeMessages, .deliveryFollowUps,
    ]

    /// The down streams this node reads, in the order a round visits them: definitions first (a new catalogue
    /// release is known before anything computed under it), then the published examples and the comparisons.
    public static let downloadStreams: [SyncStream] = [
        .definitions, .publishedExamples, .nationalComparisons, .exchangeState,
    ]

    /// The current time as the machines see it.
    public var instant: SyncInstant { SyncInstant(now()) }

    /// Feeds `event` to `stream`'s upload machine and performs its actions until it waits. Batches go out as child
    /// tasks, up to the machine's window at once; their answers are fed back as they arrive, each with its batch
    /// id. Returns once nothing is in flight, with when to tick the machine next (nil: nothing scheduled — idle,
    /// stopped, or not an up stream this runner pushes).
    public mutating func upload(_ stream: SyncStream, _ first: UploadEvent) async -> SyncInstant? {
        guard var machine = uploads[stream] else { return nil }
        defer { uploads[stream] = machine }
        let client = client
        let progress = progress
        return await withTaskGroup(of: UploadEvent.self) { requests in
            var inFlight = 0
            var event = first
            while true {
                let action = machine.handle(event, now: instant, random: &random)
                saveStatus(machine.status)
                switch action {
                case .none, .wakeAt:
                    guard inFlight > 0 else {
                        if case .wakeAt(let time) = action { return time }
                        return machine.status.nextRetryAt
                    }
                    event = await requests.next() ?? .tick
                    inFlight -= 1
                case .loadItems(let after, let limit):
                    event = step { try .itemsLoaded($0.outboxItems(stream, after: after, limit: limit)) }
                case .send(let batch, let deadline):
                    try? store.logBatchSent(batch, at: now())
                    let timeout = max(1, deadline.milliseconds - instant.milliseconds)
                    requests.addTask {
                        let answer = await client.push(batch, timeoutMilliseconds: timeout)
                        if case .transportFailed(let failure) = answer {
                            progress(.failed(stream: stream, code: failure.code, message: failure.text))
                        } else if case .errorReceived(let error) = answer {
                            progress(.failed(stream: stream, code: error.code.rawValue, message: error.message))
                        }
                        return .answered(batchID: batch.batchID, answer)
                    }
                    inFlight += 1
                    event = .sent
                case .commitReceipt(let batch, let receipt, let newCursor):
                    event = step { store in
                        .receiptCommitted(try store.commitReceipt(batch, receipt, newCursor: newCursor, at: now()))
                    }
                    if case .receiptCommitted = event {
                        let count = { (outcome: ItemOutcome) in receipt.items.filter { $0.outcome == outcome }.count }
                        progress(
                            .batchAcknowledged(
                                stream: stream, batchID: batch.batchID, items: batch.items.count,
                                imported: count(.imported), updated: count(.updated), ignored: count(.ignored),
                                rejected: count(.rejected)))
                    }
                case .recordRejections(let receipts):
                    event = step { .rejectionsCommitted(try $0.recordRejections(stream, receipts, at: now())) }
                case .resync:
                    event = step { .resyncPrepared(try $0.reenqueueAllExports(stream, at: now())) }
                case .stop(let error):
                    progress(.stopped(stream: stream, code: error.code.rawValue, message: error.message))
                    requests.cancelAll()
                    return nil
                }
            }
        }
    }

    /// Tells `stream`'s machine what its outbox holds now (read fresh from the store) and performs what follows:
    /// an idle machine with pending items starts a round at once.
    public mutating func uploadOutboxChanged(_ stream: SyncStream) async -> SyncInstant? {
        guard let outbox = try? store.outboxSummary(stream) else { return nil }
        return await upload(stream, .outboxChanged(outbox))
    }

    /// Feeds `event` to `stream`'s download machine and performs its actions until it waits. Returns when to
    /// tick it next (nil: nothing scheduled — idle, stopped, or waiting for the up streams to drain).
    public mutating func download(_ stream: SyncStream, _ first: DownloadEvent) async -> SyncInstant? {
        guard var machine = downloads[stream] else { return nil }
        defer { downloads[stream] = machine }
        // The hold is about indicators only: they are what a new release changes; the other up streams do not
        // depend on the catalogue.
        if stream == .definitions, let pending = try? store.outboxSummary(.indicators).pendingCount {
            // A new catalogue release waits while computed data is unsent (spec §7.2): the machine must know the
            // backlog before it looks at a page, and a held page goes ahead once the backlog is gone.
            let action = machine.handle(.uploadBacklogChanged(pending), now: instant, random: &random)
            if case .apply = action { return await perform(action, on: &machine) }
        }
        return await perform(machine.handle(first, now: instant, random: &random), on: &machine)
    }

    private mutating func perform(_ first: DownloadAction, on machine: inout DownloadMachine) async -> SyncInstant? {
        let stream = machine.stream
        var action = first
        while true {
            saveStatus(machine.status)
            let event: DownloadEvent
            switch action {
            case .none, .flushUploads:
                return nil
            case .fetch(let after, let limit, let deadline):
                let timeout = max(1, deadline.milliseconds - instant.milliseconds)
                event = await client.fetch(stream, after: after, limit: limit, timeoutMilliseconds: timeout)
                if case .transportFailed(let failure) = event {
                    progress(.failed(stream: stream, code: failure.code, message: failure.text))
                } else if case .errorReceived(let error) = event, error.code.isRetryable {
                    progress(.failed(stream: stream, code: error.code.rawValue, message: error.message))
                }
            case .apply(let feed, let newCursor, let replaceAll):
                do {
                    try store.applyFeed(feed, newCursor: newCursor, replaceAll: replaceAll, at: now())
                    progress(.pageApplied(stream: stream, changes: feed.changes.count))
                    event = .applied
                } catch {
                    event = .storeFailed("\(error)")
                }
            case .wakeAt(let time):
                return time
            case .stop(let error):
                progress(.stopped(stream: stream, code: error.code.rawValue, message: error.message))
                return nil
            }
            action = machine.handle(event, now: instant, random: &random)
        }
    }

    /// Whether `stream` has nothing pending and nothing in flight (true for a stream this runner does not push).
    public func uploadDrained(_ stream: SyncStream) -> Bool {
        guard let machine = uploads[stream] else { return true }
        return machine.state == .idle && machine.status.queueLength == 0
    }

    /// Whether `stream` stopped (an operator must act).
    public func uploadStopped(_ stream: SyncStream) -> Bool {
        if case .stopped = uploads[stream]?.state { return true }
        return false
    }

    /// Whether every up stream is drained.
    public var uploadsDrained: Bool { Self.uploadStreams.allSatisfy { uploadDrained($0) } }

    /// Whether every up stream is drained or stopped: nothing more will happen without new writes or an operator.
    public var uploadsSettled: Bool { Self.uploadStreams.allSatisfy { uploadDrained($0) || uploadStopped($0) } }

    /// Whether `stream` is drained (waiting for its next poll).
    public func downloadIdle(_ stream: SyncStream) -> Bool {
        if case .idle = downloads[stream]?.state { return true }
        return false
    }

    /// Whether `stream` stopped (or is not a stream this runner reads).
    public func downloadStopped(_ stream: SyncStream) -> Bool {
        guard let machine = downloads[stream] else { return true }
        if case .stopped = machine.state { return true }
        return false
    }

    /// Whether `stream` holds a new catalogue release until the up streams are drained.
    public func downloadWaitsForUploads(_ stream: SyncStream) -> Bool {
        if case .waitingForUploads = downloads[stream]?.state { return true }
        return false
    }

    private func step(_ body: (NodeStore) throws -> UploadEvent) -> UploadEvent {
        do { return try body(store) } catch { return .storeFailed("\(error)") }
    }

    private mutating func saveStatus(_ status: StreamStatus) {
        // The queue length is always read fresh from the outbox; store only what the machines know.
        guard saved[status.stream] != status else { return }
        saved[status.stream] = status
        try? store.saveStreamStatus(status, at: now())
    }
}
