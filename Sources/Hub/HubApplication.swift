public import Foundation
public import HubStore
public import Hummingbird
public import Logging
import ServerSupport

/// How the hub's HTTP server listens.
public struct HubServerConfiguration: Sendable {
    /// Address to bind.
    public var host: String
    /// Port; 0 picks a free one.
    public var port: Int
    /// Largest accepted request body, bytes.
    public var maximumBodyBytes: Int

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8090, maximumBodyBytes: Int = 8 * 1_048_576) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
    }
}

/// Builds the hub's HTTP application.
public func buildHubApplication(
    configuration: HubServerConfiguration, store: HubStore, now: @escaping @Sendable () -> Date = { Date() },
    comparisonPublisher: ComparisonPublisher? = nil, logger: Logger = Logger(label: "balans.hub"),
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildHubRouter(
            configuration: configuration, store: store, now: now, comparisonPublisher: comparisonPublisher),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "balans-hub"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// The hub's router, for tests without a socket. With `comparisonPublisher` (a service the caller runs), each
/// committed indicator batch wakes it; without, the comparisons are published when the feed is read.
public func buildHubRouter(
    configuration: HubServerConfiguration, store: HubStore, now: @escaping @Sendable () -> Date = { Date() },
    comparisonPublisher: ComparisonPublisher? = nil
) -> Router<HubRequestContext> {
    let router = Router(context: HubRequestContext.self)
    router.add(middleware: ErrorMappingMiddleware())
    HealthController<HubRequestContext>(isReady: { (try? store.appliedMigrations().isEmpty == false) ?? false })
        .addRoutes(to: router)
    SyncController(
        store: store, now: now, maximumBodyBytes: configuration.maximumBodyBytes,
        indicatorsCommitted: { comparisonPublisher?.notify() }
    ).addRoutes(to: router)
    let api = router.group("api/v1").add(middleware: HubAuthMiddleware(store: store))
    CredentialController(store: store, now: now).addRoutes(to: api)
    HubNetworkRoutes(configuration: configuration, store: store, now: now).addRoutes(to: router, api: api)
    return router
}
