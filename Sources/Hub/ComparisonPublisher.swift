public import Foundation
public import HubStore
public import Logging
public import ServiceLifecycle
import Synchronization

/// Publishes the national comparisons of the cells indicator batches queued (spec §5.6) after the batches commit,
/// so a batch's answer does not wait for the national tables.
///
/// The sync controller calls ``notify()`` after an indicator batch commits. A node sends its batches one after the
/// other, so the publisher waits until no batch has arrived for `quiet` (at most `maxDelay` after the first) and
/// then publishes the whole queue, in small transactions (a batch that arrives meanwhile waits for one chunk at
/// most): each cell is published once per burst, and the batches of a round do not compete with the publication for
/// the database. It also looks at the queue at start (cells a crash left) and every `interval`. A failed chunk is
/// logged and retried at the next wake-up; the hub keeps serving. Readers never depend on it: the feed publishes
/// what is still queued before it serves a page (``HubStore/HubStore/publishAllQueuedComparisons(at:)``).
public final class ComparisonPublisher: Service, Sendable {
    private let store: HubStore
    private let chunk: Int
    private let quiet: Duration
    private let maxDelay: Duration
    private let interval: Duration
    private let logger: Logger
    private let wakes: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let notifications = Mutex(0)

    /// Creates the publisher; `chunk` cells per transaction.
    public init(
        store: HubStore, chunk: Int = 100, quiet: Duration = .milliseconds(300), maxDelay: Duration = .seconds(5),
        interval: Duration = .seconds(30), logger: Logger
    ) {
        self.store = store
        self.chunk = chunk
        self.quiet = quiet
        self.maxDelay = maxDelay
        self.interval = interval
        self.logger = logger
        (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Says that cells may have been queued (an indicator batch committed).
    public func notify() {
        notifications.withLock { $0 += 1 }
        wake.yield()
    }

    /// Runs until graceful shutdown.
    public func run() async throws {
        let ticker = Task { [wake, interval] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                wake.yield()
            }
        }
        defer { ticker.cancel() }
        wake.yield()
        await cancelWhenGracefulShutdown {
            for await _ in self.wakes {
                await self.waitForQuiet()
                await self.publishQueue()
            }
        }
        logger.debug("comparison publisher stopped")
    }

    /// Returns once no batch was notified for `quiet`, or `maxDelay` after it was called.
    private func waitForQuiet() async {
        let clock = ContinuousClock()
        let start = clock.now
        var seen = notifications.withLock { $0 }
        while !Task.isCancelled, clock.now - start < maxDelay {
            try? await Task.sleep(for: quiet)
            let count = notifications.withLock { $0 }
            if count == seen { return }
            seen = count
        }
    }

    /// Publishes the queue chunk by chunk until it is empty or a chunk fails.
    private func publishQueue() async {
        var published = 0
        while !Task.isCancelled {
            do {
                let step = try await StoreWork.offloaded { [store, chunk] in
                    Result { try store.publishQueuedComparisons(limit: chunk, at: Date()) }
                }.get()
                published += step.published
                guard step.remaining else { break }
            } catch {
                logger.error("publishing national comparisons failed", metadata: ["sync.error": "\(error)"])
                break
            }
        }
        if published > 0 { logger.debug("national comparisons published", metadata: ["sync.cells": "\(published)"]) }
    }
}
