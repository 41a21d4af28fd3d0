public import Foundation
public import NodeStore
import SyncEngine
import WireProtocol

/// Per-stream sync status as operators see it (API, CLI): phase, last success, queue length, oldest unsent item,
/// last error, cursors. The queue is read fresh from the outbox; the rest is what the last sync process stored.
public struct SyncStatusReport: Sendable, Codable, Hashable {
    /// One stream.
    public struct Stream: Sendable, Codable, Hashable {
        /// The stream's path segment (`indicators`, `self-assessments`, `learning-examples`, …, `definitions`, …).
        public var stream: String
        /// `up` or `down`.
        public var direction: String
        /// idle, working, backingOff, resyncing, waitingForUploads, stopped (or `never` before the first sync).
        public var phase: String
        /// When a batch was last acknowledged / a page last applied.
        public var lastSuccess: Date?
        /// Items waiting in the outbox (up streams).
        public var queueLength: Int
        /// When the oldest waiting item was written.
        public var oldestUnsent: Date?
        /// The last error: code, sentence and time (kept after later successes).
        public var lastError: LastError?
        /// Failures since the last success.
        public var consecutiveFailures: Int
        /// When the next retry is due while backing off.
        public var nextRetryAt: Date?
        /// Up: the acknowledged cursor. Down: the applied change sequence.
        public var cursor: Int64
        /// Down: the hub's feed epoch the cursor belongs to.
        public var epoch: String?
    }

    /// A stream's last error.
    public struct LastError: Sendable, Codable, Hashable {
        /// The code (`sync.…`, `transport.…`, `receipt.…`).
        public var code: String
        /// The sentence.
        public var message: String
        /// When.
        public var at: Date
    }

    /// The streams this node syncs: every up stream, then every down stream, each in the order a round visits them.
    public var streams: [Stream]
    /// Items the hub or the node refused (never resent).
    public var rejectedItems: Int
    /// National comparisons held.
    public var nationalComparisons: Int
    /// Published learning examples held.
    public var publishedExamples: Int
    /// The newest indicator-catalogue release applied, if any.
    public var catalogueVersion: Int?

    /// Reads the status of `store`.
    public static func read(from store: NodeStore) throws -> SyncStatusReport {
        let stored = Dictionary(try store.streamStatuses().map { ($0.stream, $0) }, uniquingKeysWith: { a, _ in a })
        let streams: [Stream] = try (SyncRunner.uploadStreams + SyncRunner.downloadStreams).map { stream in
            let status = stored[stream]
            let up = stream.direction == .up
            let outbox = try up ? store.outboxSummary(stream) : .empty
            let download = up ? DownloadCursor.start : try store.downloadCursor(stream)
            return Stream(
                stream: stream.rawValue, direction: stream.direction.rawValue,
                phase: status.map { $0.phase.rawValue } ?? "never", lastSuccess: status?.lastSuccess?.date,
                queueLength: up ? outbox.pendingCount : 0, oldestUnsent: up ? outbox.oldestEnqueuedAt?.date : nil,
                lastError: status?.lastError.map { LastError(code: $0.code, message: $0.message, at: $0.at.date) },
                consecutiveFailures: status?.consecutiveFailures ?? 0, nextRetryAt: status?.nextRetryAt?.date,
                cursor: up ? ((try? store.acknowledgedCursor(stream)) ?? 0) : download.sequence,
                epoch: up ? nil : download.epoch)
        }
        return SyncStatusReport(
            streams: streams, rejectedItems: try store.rejectedItems(limit: 100_000).count,
            nationalComparisons: try store.nationalComparisonCount(),
            publishedExamples: try store.publishedExampleCount(),
            catalogueVersion: try store.appliedCatalogueVersion())
    }
}
