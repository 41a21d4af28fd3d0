public import Foundation
public import HubStore
public import Logging
public import ServiceLifecycle

/// The hub's scheduler for the capacity exchange: at start and then every `interval`, requests and offers whose
/// period has passed are expired and pending proposals to them lapse (``HubStore/HubStore/expireDueExchangePostings(agencyCode:at:)``).
/// A failed run is logged and tried again at the next tick; the hub keeps serving.
public struct ExchangeExpiryService<C: Clock>: Service where C.Duration == Duration {
    let store: HubStore
    let agencyCode: String
    let interval: Duration
    let clock: C
    let now: @Sendable () -> Date
    let logger: Logger

    /// Creates the service (hourly by default: periods are whole weeks, so an hour's delay changes nothing).
    public init(
        store: HubStore, agencyCode: String, interval: Duration = .seconds(3_600), clock: C,
        now: @escaping @Sendable () -> Date, logger: Logger
    ) {
        self.store = store
        self.agencyCode = agencyCode
        self.interval = interval
        self.clock = clock
        self.now = now
        self.logger = logger
    }

    /// Runs until graceful shutdown.
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while !Task.isCancelled {
                    runOnce()
                    try await clock.sleep(for: interval)
                }
            }
        } catch is CancellationError {
            logger.debug("exchange expiry stopped")
        }
    }

    /// One pass: expire what is due now.
    public func runOnce() {
        do {
            let effects = try store.expireDueExchangePostings(agencyCode: agencyCode, at: now())
            if !effects.isEmpty {
                logger.info("exchange postings expired", metadata: ["exchange.changes": "\(effects.count)"])
            }
        } catch {
            logger.error("exchange expiry failed", metadata: ["exchange.error": "\(error)"])
        }
    }
}
