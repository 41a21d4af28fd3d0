public import Foundation
public import NodeStore
import SyncEngine
import WireProtocol

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
    /// Items still waiting in the outbox after the round.
    public var pending: Int
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
}

/// `balans sync now`: export, push until the outbox is drained, pull every down stream (catalogue releases,
/// published learning examples, national comparisons) to the hub's head.
/// Failures are retried with the configuration's backoff until ``NodeSyncConfiguration/roundTimeoutSeconds``;
/// a round that runs out of time says so and what went wrong (a timeout is never reported as success).
public enum SyncRound {
    /// Runs one round; `progress` sees each acknowledged batch and each failure as it happens.
    public static func run(
        session: SyncSession, store: NodeStore, now: @escaping @Sendable () -> Date = { Date() },
        progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }
    ) async throws -> SyncRoundReport {
        await session.continueSequencesAboveHub(store: store)
        let tally = ProgressTally()
        var runner = try session.runner(store: store, now: now) { event in
            tally.record(event)
            progress(event)
        }
        let export = try IndicatorExport(store: store, now: now)
            .run(regionCode: session.regionCode, weekCount: session.configuration.exportWeeks)
        let deadline = runner.instant.advanced(byMilliseconds: Int64(session.configuration.roundTimeoutSeconds) * 1000)

        // The machine (fresh, so idle) learns of the export's entries and starts sending at once.
        var wake = await runner.upload(.outboxChanged(try store.outboxSummary(.indicators)))
        while !runner.uploadDrained, !runner.uploadStopped, runner.instant < deadline {
            try await sleep(until: min(wake ?? runner.instant.advanced(byMilliseconds: 200), deadline), runner)
            wake = await runner.upload(.tick)
        }
        // Every down stream to the hub's head, definitions first (see SyncRunner.downloadStreams).
        for stream in SyncRunner.downloadStreams {
            var downloadWake = await runner.download(stream, .syncNow)
            while !runner.downloadIdle(stream), !runner.downloadStopped(stream), runner.instant < deadline {
                if runner.downloadWaitsForUploads(stream) {
                    // A new catalogue release waits for the outbox: push what is left, then let the page through.
                    wake = await runner.upload(.tick)
                    try await sleep(until: min(wake ?? runner.instant.advanced(byMilliseconds: 200), deadline), runner)
                    downloadWake = await runner.download(stream, .tick)
                    continue
                }
                try await sleep(
                    until: min(downloadWake ?? runner.instant.advanced(byMilliseconds: 200), deadline), runner)
                downloadWake = await runner.download(stream, .tick)
            }
        }
        var errors: [String] = []
        if !runner.uploadDrained, let error = runner.upload.status.lastError {
            errors.append("\(SyncRoundText.name(.indicators)): \(error.code) – \(error.message)")
        }
        for stream in SyncRunner.downloadStreams where !runner.downloadIdle(stream) {
            if let error = runner.downloads[stream]?.status.lastError {
                errors.append("\(SyncRoundText.name(stream)): \(error.code) – \(error.message)")
            }
        }
        let totals = tally.snapshot
        return SyncRoundReport(
            regionCode: session.regionCode, export: export, batches: totals.batches, outcomes: totals.outcomes,
            pending: try store.outboxSummary(.indicators).pendingCount,
            comparisons: try store.nationalComparisons().count, publishedExamples: try store.publishedExamples().count,
            catalogueVersion: try store.appliedCatalogueVersion(), changesApplied: totals.changes, errors: errors,
            completed: runner.uploadDrained && SyncRunner.downloadStreams.allSatisfy { runner.downloadIdle($0) })
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
        case .batchAcknowledged(_, _, let imported, let updated, let ignored, let rejected):
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
