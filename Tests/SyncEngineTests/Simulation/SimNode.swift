import SyncEngine
import WireProtocol

/// What a simulated node keeps on "disk" for one up stream: it survives crashes.
struct UpDurable {
    struct OutboxEntry {
        var sequence: Int64
        var write: OutboxWrite
        var enqueuedAt: SyncInstant
    }

    var nextSequence: Int64 = 1
    var outbox: [NaturalKey: OutboxEntry] = [:]
    var exported: [NaturalKey: OutboxWrite] = [:]
    var ackCursor: Int64 = 0
    var rejected: [ItemReceipt] = []

    var summary: OutboxSummary {
        OutboxSummary(pendingCount: outbox.count, oldestEnqueuedAt: outbox.values.map(\.enqueuedAt).min())
    }

    /// The outbox rule: one pending entry per key; a new write replaces it with a fresh sequence.
    mutating func enqueue(_ write: OutboxWrite, at now: SyncInstant) {
        outbox[write.key] = OutboxEntry(sequence: nextSequence, write: write, enqueuedAt: now)
        exported[write.key] = write
        nextSequence += 1
    }

    func items(after: Int64, limit: Int) -> [UploadItem] {
        outbox.values.filter { $0.sequence > after }.sorted { $0.sequence < $1.sequence }.prefix(limit).map {
            UploadItem(
                sequence: $0.sequence, key: $0.write.key, contentHash: $0.write.contentHash, payload: $0.write.payload)
        }
    }

    /// The receipt transaction: drop acknowledged entries (unless replaced by a newer write), log rejections,
    /// store the cursor.
    mutating func commit(_ batch: UploadBatch, _ receipt: BatchReceipt, newCursor: Int64) {
        for item in batch.items where outbox[item.key]?.sequence == item.sequence { outbox[item.key] = nil }
        rejected += receipt.items.filter { $0.outcome == .rejected }
        ackCursor = newCursor
    }

    mutating func recordRejections(_ receipts: [ItemReceipt]) {
        for receipt in receipts where outbox[receipt.key]?.sequence == receipt.sequence { outbox[receipt.key] = nil }
        rejected += receipts
    }

    /// Resync: every current export again, with fresh sequences.
    mutating func reenqueueAll(at now: SyncInstant) {
        for write in exported.values.sorted(by: { $0.key < $1.key }) { enqueue(write, at: now) }
    }
}

/// What a simulated node keeps on "disk": its data, one ``UpDurable`` per up stream, the download cursor and the
/// comparisons it holds.
struct NodeDurable {
    var data: [NaturalKey: IndicatorValue] = [:]
    var up: [SyncStream: UpDurable] = Dictionary(uniqueKeysWithValues: SimNode.upStreams.map { ($0, UpDurable()) })
    var downloadCursor = DownloadCursor.start
    var comparisons: [NaturalKey: JSONValue] = [:]

    mutating func apply(_ feed: ChangeFeed, newCursor: DownloadCursor, replaceAll: Bool) {
        if replaceAll { comparisons = [:] }
        for change in feed.changes { comparisons[change.key] = change.payload }
        downloadCursor = newCursor
    }
}

/// A simulated region node: durable state plus the volatile machines a crash loses (one upload machine per up
/// stream, as the node's runner has).
struct SimNode {
    let region: String
    let skewMilliseconds: Int64
    var durable = NodeDurable()
    var uploads: [SyncStream: UploadMachine] = [:]
    var download: DownloadMachine
    var incarnation = 0
    /// Batches in flight per up stream.
    let window: Int
    /// Ids of the batches this node sent ahead of an older one (bookkeeping for the oracle).
    var sentAhead: Set<String> = []

    /// The up streams the simulation drives: indicators (catalogue-based) and self-assessments (not).
    static let upStreams: [SyncStream] = [.indicators, .selfAssessments]
    static let catalogue = CatalogueVersionRef(version: 1, hash: "sim-catalogue-1")
    static let uploadConfiguration = UploadConfiguration(
        limits: BatchLimits(maxItems: 6, maxBytes: 4_000),
        backoff: BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 4_000), requestTimeoutMilliseconds: 1_000)
    static let downloadConfiguration = DownloadConfiguration(
        pageLimit: 5, pollIntervalMilliseconds: 2_000,
        backoff: BackoffPolicy(baseMilliseconds: 100, capMilliseconds: 4_000), requestTimeoutMilliseconds: 1_000)

    init(region: String, skewMilliseconds: Int64, window: Int) {
        self.region = region
        self.skewMilliseconds = skewMilliseconds
        self.window = window
        download = DownloadMachine(stream: .nationalComparisons, cursor: .start)
        restartMachines()
    }

    /// What a process start does: machines from the durable state.
    mutating func restartMachines() {
        for stream in Self.upStreams {
            let up = durable.up[stream]!
            var configuration = Self.uploadConfiguration
            configuration.window = window
            uploads[stream] = UploadMachine(
                stream: stream, acknowledgedCursor: up.ackCursor, outbox: up.summary,
                catalogue: stream == .indicators ? Self.catalogue : nil, configuration: configuration)
        }
        download = DownloadMachine(
            stream: .nationalComparisons, cursor: durable.downloadCursor, configuration: Self.downloadConfiguration)
    }
}
