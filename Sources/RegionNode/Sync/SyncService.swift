public import Foundation
public import Logging
public import NodeStore
public import ServerSupport
public import ServiceLifecycle
import SyncEngine
import WireProtocol

/// The node's sync loop as a `Service` in the node process: exports indicators periodically, pushes every up
/// stream's outbox (indicators, self-assessments, learning examples, exchange messages, delivery follow-ups; a
/// write saved in the node's pages reaches its outbox at once and is picked up within a second) and pulls every
/// down stream (catalogue releases, published examples, national comparisons), each stream on its
/// own timer from its machine (backoff, polls), until the service group shuts down gracefully. A hub that is down
/// when the node starts is retried, never fatal.
public struct SyncService<C: Clock>: Service where C.Duration == Duration {
    let configuration: NodeSyncConfiguration
    let store: NodeStore
    let clock: C
    let now: @Sendable () -> Date
    let logger: Logger
    let metrics: OperationalMetrics?

    /// Creates the service; `clock` paces the loop, `now` stamps events (wall time, as the hub checks it), and
    /// `metrics` (the ones `/metrics` serves) get each stream's queue length, last success and failures.
    public init(
        configuration: NodeSyncConfiguration, store: NodeStore, clock: C, now: @escaping @Sendable () -> Date,
        logger: Logger, metrics: OperationalMetrics? = nil
    ) {
        self.configuration = configuration
        self.store = store
        self.clock = clock
        self.now = now
        self.logger = logger
        self.metrics = metrics
    }

    /// Runs until graceful shutdown (or cancellation).
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await loop() }
        } catch is CancellationError {
            logger.info("sync stopped", metadata: ["sync.reason": "shutdown"])
        }
    }

    private func loop() async throws {
        let session = try await openSession()
        do {
            try await session.prepare(store: store, now: now())
        } catch {
            // The indicators still flow; the region's own writes wait until an operator fixes the credential.
            logger.error("sync cannot bind the region", metadata: ["sync.error": "\(error)"])
        }
        let (logger, metrics, now) = (logger, metrics, now)
        var runner = try session.runner(store: store, now: now) { progress in
            Self.log(progress, logger: logger)
            if let metrics { Self.record(progress, in: metrics, at: now()) }
        }
        let export = IndicatorExport(store: store, now: now)
        let poll = Int64(configuration.pollIntervalSeconds) * 1000
        // Writes from the pages (self-assessments, learning examples, exchange messages) land in the outbox in
        // their own transaction; an idle stream looks at its outbox this often so they leave promptly.
        let outboxPoll = min(poll, 1_000)
        var nextExport = runner.instant
        var uploadWakes = Dictionary(uniqueKeysWithValues: SyncRunner.uploadStreams.map { ($0, runner.instant) })
        var downloadWakes = Dictionary(uniqueKeysWithValues: SyncRunner.downloadStreams.map { ($0, runner.instant) })
        while !Task.isCancelled {
            let current = runner.instant
            if current >= nextExport {
                do {
                    let report = try export.run(regionCode: session.regionCode, weekCount: configuration.exportWeeks)
                    logger.info(
                        "indicator export",
                        metadata: ["sync.enqueued": "\(report.enqueued)", "sync.computed": "\(report.computed)"])
                    uploadWakes[.indicators] =
                        await runner.uploadOutboxChanged(.indicators) ?? current.advanced(byMilliseconds: poll)
                } catch {
                    logger.error("indicator export failed", metadata: ["sync.error": "\(error)"])
                }
                nextExport = current.advanced(byMilliseconds: Int64(configuration.exportIntervalSeconds) * 1000)
            }
            for stream in SyncRunner.uploadStreams where runner.instant >= uploadWakes[stream, default: current] {
                // An idle machine learns of new outbox entries here; a busy one ignores the news and keeps its timer.
                var wake = await runner.uploadOutboxChanged(stream)
                if wake == nil, !runner.uploadDrained(stream) { wake = await runner.upload(stream, .tick) }
                uploadWakes[stream] = wake ?? runner.instant.advanced(byMilliseconds: outboxPoll)
            }
            for stream in SyncRunner.downloadStreams where runner.instant >= downloadWakes[stream, default: current] {
                // A stream that waits for the outbox is looked at again at the next upload step's pace.
                downloadWakes[stream] =
                    await runner.download(stream, .tick)
                    ?? runner.instant.advanced(
                        byMilliseconds: runner.downloadWaitsForUploads(stream) ? min(poll, 1_000) : poll)
            }
            if let metrics {
                for stream in SyncRunner.uploadStreams {
                    if let outbox = try? store.outboxSummary(stream) {
                        metrics.setSyncQueueLength(outbox.pendingCount, stream: stream.rawValue)
                    }
                }
            }
            let wake = ([nextExport] + uploadWakes.values + downloadWakes.values).min() ?? nextExport
            let delay = max(10, wake.milliseconds - runner.instant.milliseconds)
            try await clock.sleep(for: .milliseconds(delay))
        }
    }

    /// Opens the session, retrying (with growing pauses up to the poll interval) while the hub is unreachable.
    private func openSession() async throws -> SyncSession {
        var pause: Int64 = 1_000
        while true {
            do {
                return try await SyncSession.open(configuration, now: now)
            } catch let error as SyncSessionError {
                // Unreachable hub, revoked credential, unreadable key: the node keeps serving its planners and
                // retries; operators see the error in the log and in the sync status.
                logger.error("sync cannot start, retrying", metadata: ["sync.error": "\(error.message)"])
                var status = StreamStatus(stream: .indicators)
                status.phase = error.code.hasPrefix("transport.") ? .backingOff : .stopped
                status.lastError = StreamError(code: error.code, message: error.message, at: SyncInstant(now()))
                try? store.saveStreamStatus(status, at: now())
                try await clock.sleep(for: .milliseconds(pause))
                pause = min(pause * 2, Int64(configuration.pollIntervalSeconds) * 1000)
            }
        }
    }

    /// Sync progress as Prometheus metrics: an acknowledged batch or an applied page is a success of its stream,
    /// a failed or stopped step a failure.
    static func record(_ progress: SyncProgress, in metrics: OperationalMetrics, at time: Date) {
        switch progress {
        case .batchAcknowledged(let stream, _, _, _, _, _, _):
            metrics.recordSyncSuccess(stream: stream.rawValue, at: time)
        case .pageApplied(let stream, _): metrics.recordSyncSuccess(stream: stream.rawValue, at: time)
        case .failed(let stream, _, _), .stopped(let stream, _, _): metrics.recordSyncFailure(stream: stream.rawValue)
        }
    }

    static func log(_ progress: SyncProgress, logger: Logger) {
        switch progress {
        case .batchAcknowledged(
            let stream, let batchID, let items, let imported, let updated, let ignored, let rejected):
            logger.info(
                "batch acknowledged",
                metadata: [
                    "sync.stream": "\(stream.rawValue)", "sync.batch": "\(batchID)", "sync.items": "\(items)",
                    "sync.imported": "\(imported)",
                    "sync.updated": "\(updated)", "sync.ignored": "\(ignored)", "sync.rejected": "\(rejected)",
                ])
        case .failed(let stream, let code, let message):
            logger.warning(
                "sync step failed, backing off",
                metadata: ["sync.stream": "\(stream.rawValue)", "sync.code": "\(code)", "sync.message": "\(message)"])
        case .pageApplied(let stream, let changes):
            logger.debug(
                "feed page applied", metadata: ["sync.stream": "\(stream.rawValue)", "sync.changes": "\(changes)"])
        case .stopped(let stream, let code, let message):
            logger.error(
                "sync stream stopped",
                metadata: ["sync.stream": "\(stream.rawValue)", "sync.code": "\(code)", "sync.message": "\(message)"])
        }
    }
}
