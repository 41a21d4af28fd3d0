public import Foundation
public import NodeStore
import SyncEngine
public import WireProtocol

/// What a manual sync round did.
public struct SyncRoundReport: Sendable {
    /// The region.
    public var regionCode: String
    /// The indicator export that started the round.
    public var export: IndicatorExportReport
    /// Batches acknowledged by the hub during the round.
    public var batches: Int
    /// Items receipted, by outcome (imported, updated, ignored, rejected).
    public var outcomes: [String: Int]
    /// Items still waiting in the outboxes after the round (every up stream).
    public var pending: Int
    /// Items still waiting per up stream with anything pending.
    public var pendingByStream: [SyncStream: Int]
    /// National comparisons the node holds after the round.
    public var comparisons: Int
    /// Published learning examples the node holds after the round.
    public var publishedExamples: Int
    /// The newest indicator-catalogue release the node has applied, if any.
    public var catalogueVersion: Int?
    /// Feed changes applied during the round.
    public var changesApplied: Int
    /// The last error of each stream during the round, if any (code and sentence).
    public var errors: [String]
    /// Whether every stream finished (outbox drained, feed read to its head).
    public var completed: Bool
    /// How long each part of the round took.
    public var durations: SyncRoundDurations
}

/// How long the parts of a round took, in seconds of wall time.
public struct SyncRoundDurations: Sendable, Hashable {
    /// Computing the indicators, the disclosure gate and writing the outbox.
    public var export: Double
    /// Sending every up stream's outbox until each batch is receipted (or the streams stopped).
    public var upload: Double
    /// Reading the down streams to the hub's head.
    public var download: Double
}

/// `balans sync now`: export, push every up stream until its outbox is drained, pull every down stream (catalogue releases,
/// published learning examples, national comparisons) to the hub's head.
/// Failures are retried with the configuration's backoff until ``NodeSyncConfiguration/roundTimeoutSeconds``;
/// a round that runs out of time says so and what went wrong (a timeout is never reported as success).
public enum SyncRound {
    /// Runs one round; `progress` sees each acknowledged batch and each failure as it happens.
    public static func run(
        session: SyncSession, store: NodeStore, now: @escaping @Sendable () -> Date = { Date() },
        progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }
    ) async throws -> SyncRoundReport {
        let clock = ContinuousClock()
        let started = clock.now
        try await session.prepare(store: store, now: now())
        let tally = ProgressTally()
        var runner = try session.runner(store: store, now: now) { event in
            tally.record(event)
            progress(event)
        }
        let export = try IndicatorExport(store: store, now: now)
            .run(regionCode: session.regionCode, weekCount: session.configuration.exportWeeks)
        let exported = clock.now
        let deadline = runner.instant.advanced(byMilliseconds: Int64(session.configuration.roundTimeoutSeconds) * 1000)

        // Every up stream's machine (fresh, so idle) learns of its outbox and starts sending at once; then each is
        // ticked until it is drained or stopped.
        var wakes: [SyncStream: SyncInstant] = [:]
        for stream in SyncRunner.uploadStreams { wakes[stream] = await runner.uploadOutboxChanged(stream) }
        while !runner.uploadsSettled, runner.instant < deadline {
            let next = SyncRunner.uploadStreams.filter { !runner.uploadDrained($0) && !runner.uploadStopped($0) }
                .map { wakes[$0] ?? runner.instant.advanced(byMilliseconds: 200) }.min()
            try await sleep(until: min(next ?? runner.instant, deadline), runner)
            for stream in SyncRunner.uploadStreams where !runner.uploadDrained(stream) && !runner.uploadStopped(stream)
            {
                if runner.instant >= wakes[stream] ?? runner.instant {
                    wakes[stream] = await runner.upload(stream, .tick)
                }
            }
        }
        let uploaded = clock.now
        // Every down stream to the hub's head, definitions first (see SyncRunner.downloadStreams).
        for stream in SyncRunner.downloadStreams {
            var downloadWake = await runner.download(stream, .syncNow)
            while !runner.downloadIdle(stream), !runner.downloadStopped(stream), runner.instant < deadline {
                if runner.downloadWaitsForUploads(stream) {
                    // A new catalogue release waits for the outbox: push what is left, then let the page through.
                    let wake = await runner.upload(.indicators, .tick)
                    try await sleep(until: min(wake ?? runner.instant.advanced(byMilliseconds: 200), deadline), runner)
                    downloadWake = await runner.download(stream, .tick)
                    continue
                }
                try await sleep(
                    until: min(downloadWake ?? runner.instant.advanced(byMilliseconds: 200), deadline), runner)
                downloadWake = await runner.download(stream, .tick)
            }
        }
        let downloaded = clock.now
        let seconds = { (duration: Duration) in
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let durations = SyncRoundDurations(
            export: seconds(exported - started), upload: seconds(uploaded - exported),
            download: seconds(downloaded - uploaded))
        var errors: [String] = []
        for stream in SyncRunner.uploadStreams where !runner.uploadDrained(stream) {
            if let error = runner.uploads[stream]?.status.lastError {
                errors.append("\(SyncRoundText.name(stream)): \(error.code) – \(error.message)")
            }
        }
        for stream in SyncRunner.downloadStreams where !runner.downloadIdle(stream) {
            if let error = runner.downloads[stream]?.status.lastError {
                errors.append("\(SyncRoundText.name(stream)): \(error.code) – \(error.message)")
            }
        }
        let totals = tally.snapshot
        var pendingByStream: [SyncStream: Int] = [:]
        for stream in SyncRunner.uploadStreams {
            let count = try store.outboxSummary(stream).pendingCount
            if count > 0 { pendingByStream[stream] = count }
        }
        return SyncRoundReport(
            regionCode: session.regionCode, export: export, batches: totals.batches, outcomes: totals.outcomes,
            pending: pendingByStream.values.reduce(0, +), pendingByStream: pendingByStream,
            comparisons: try store.nationalComparisonCount(), publishedExamples: try store.publishedExampleCount(),
            catalogueVersion: try store.appliedCatalogueVersion(), changesApplied: totals.changes, errors: errors,
            completed: runner.uploadsDrained && SyncRunner.downloadStreams.allSatisfy { runner.downloadIdle($0) },
            durations: durations)
    }

    private static func sleep(until time: SyncInstant, _ runner: SyncRunner) async throws {
        let delay = time.milliseconds - runner.instant.milliseconds
        if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
    }
}

/// Counts what a round's progress events said (events arrive on the round's own task, one at a time).
private final class ProgressTally: @unchecked Sendable {
    struct Totals {
        var batches = 0
        var outcomes: [String: Int] = [:]
        var changes = 0
    }

    private let lock = NSLock()
    private var totals = Totals()

    func record(_ event: SyncProgress) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .batchAcknowledged(_, _, _, let imported, let updated, let ignored, let rejected):
            totals.batches += 1
            for (name, count) in [
                ("imported", imported), ("updated", updated), ("ignored", ignored), ("rejected", rejected),
            ] {
                totals.outcomes[name, default: 0] += count
            }
        case .pageApplied(_, let changes):
            totals.changes += changes
        case .failed, .stopped:
            break
        }
    }

    var snapshot: Totals {
        lock.lock()
        defer { lock.unlock() }
        return totals
    }
}
