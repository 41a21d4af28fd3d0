public import Foundation
public import HubStore
public import Logging
public import ServiceLifecycle

/// Publishes the national comparisons of the cells indicator batches queued (spec §5.6), shortly after each batch
/// commits, so a batch's answer does not wait for the national tables and the work runs beside the nodes' own.
///
/// The sync controller calls ``notify()`` after an indicator batch commits; the service then publishes the queue
/// in small transactions (a batch waiting for the database waits for one chunk at most) until it is empty. It also
/// looks at the queue at start (cells a crash left) and every `interval` as a fallback. A failed chunk is logged and
/// retried at the next wake-up; the hub keeps serving. Readers never depend on it: the feed publishes what is still
/// queued before it serves a page (``HubStore/HubStore/publishAllQueuedComparisons(at:)``).
public final class ComparisonPublisher: Service, Sendable {
    private let store: HubStore
    private let chunk: Int
    private let interval: Duration
    private let logger: Logger
    private let wakes: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    /// Creates the publisher; `chunk` cells per transaction.
    public init(store: HubStore, chunk: Int = 200, interval: Duration = .seconds(30), logger: Logger) {
        self.store = store
        self.chunk = chunk
        self.interval = interval
        self.logger = logger
        (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Says that cells may have been queued (an indicator batch committed).
    public func notify() { wake.yield() }

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
                await self.publishQueue()
            }
        }
        logger.debug("comparison publisher stopped")
    }

    /// Publishes the queue chunk by chunk until it is empty or a chunk fails.
    func publishQueue() async {
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
