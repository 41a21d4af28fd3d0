public import Foundation
public import Logging
public import NodeStore
public import ServerSupport
public import ServiceLifecycle
import SyncEngine
import WireProtocol

/// The node's sync loop as a `Service` in the node process: exports indicators periodically, pushes the outbox
/// and pulls every down stream (catalogue releases, published examples, national comparisons), each stream on its
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
        await session.continueSequencesAboveHub(store: store)
        let (logger, metrics, now) = (logger, metrics, now)
        var runner = try session.runner(store: store, now: now) { progress in
            Self.log(progress, logger: logger)
            if let metrics { Self.record(progress, in: metrics, at: now()) }
        }
        let export = IndicatorExport(store: store, now: now)
        let poll = Int64(configuration.pollIntervalSeconds) * 1000
        var nextExport = runner.instant
        var uploadWake = runner.instant
        var downloadWakes = Dictionary(uniqueKeysWithValues: SyncRunner.downloadStreams.map { ($0, runner.instant) })
        while !Task.isCancelled {
            let current = runner.instant
            if current >= nextExport {
                do {
                    let report = try export.run(regionCode: session.regionCode, weekCount: configuration.exportWeeks)
                    logger.info(
                        "indicator export",
                        metadata: ["sync.enqueued": "\(report.enqueued)", "sync.computed": "\(report.computed)"])
                    uploadWake =
                        await runner.upload(.outboxChanged(try store.outboxSummary(.indicators)))
                        ?? current.advanced(byMilliseconds: poll)
                } catch {
                    logger.error("indicator export failed", metadata: ["sync.error": "\(error)"])
                }
                nextExport = current.advanced(byMilliseconds: Int64(configuration.exportIntervalSeconds) * 1000)
            }
            if runner.instant >= uploadWake {
                uploadWake = await runner.upload(.tick) ?? runner.instant.advanced(byMilliseconds: poll)
            }
            for stream in SyncRunner.downloadStreams where runner.instant >= downloadWakes[stream, default: current] {
                // A stream that waits for the outbox is looked at again at the next upload step's pace.
                downloadWakes[stream] =
                    await runner.download(stream, .tick)
                    ?? runner.instant.advanced(
                        byMilliseconds: runner.downloadWaitsForUploads(stream) ? min(poll, 1_000) : poll)
            }
            if let metrics, let outbox = try? store.outboxSummary(.indicators) {
                metrics.setSyncQueueLength(outbox.pendingCount, stream: SyncStream.indicators.rawValue)
            }
            let wake = ([nextExport, uploadWake] + downloadWakes.values).min() ?? nextExport
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
        case .batchAcknowledged: metrics.recordSyncSuccess(stream: SyncStream.indicators.rawValue, at: time)
        case .pageApplied(let stream, _): metrics.recordSyncSuccess(stream: stream.rawValue, at: time)
        case .failed(let stream, _, _), .stopped(let stream, _, _): metrics.recordSyncFailure(stream: stream.rawValue)
        }
    }

    static func log(_ progress: SyncProgress, logger: Logger) {
        switch progress {
        case .batchAcknowledged(let batchID, let items, let imported, let updated, let ignored, let rejected):
            logger.info(
                "batch acknowledged",
                metadata: [
                    "sync.batch": "\(batchID)", "sync.items": "\(items)", "sync.imported": "\(imported)",
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
