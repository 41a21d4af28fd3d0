public import Forecasting
public import Foundation
public import Hummingbird
public import Logging
public import NodeStore
public import PlanningDomain
import ServerSupport

/// How a node's HTTP server listens and what it accepts.
public struct NodeServerConfiguration: Sendable {
    /// Address to bind, e.g. 127.0.0.1.
    public var host: String
    /// Port; 0 picks a free one (printed when the server runs).
    public var port: Int
    /// Largest accepted import upload, bytes (default 64 MiB).
    public var maximumUploadBytes: Int
    /// Whether callers must log in (default: required).
    public var authentication: NodeAuthentication
    /// Whether the database holds generated data (the web UI then shows a banner saying so).
    public var isSyntheticData: Bool

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumUploadBytes: Int = 64 * 1_048_576,
        authentication: NodeAuthentication = .required, isSyntheticData: Bool = false
    ) {
        self.isSyntheticData = isSyntheticData
        self.host = host
        self.port = port
        self.maximumUploadBytes = maximumUploadBytes
        self.authentication = authentication
    }
}

/// The request context of the node's routes: Hummingbird's basic context with the API's JSON encoder (sorted
/// keys, so responses are stable and diffable).
public struct NodeRequestContext: NodeUserContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The authenticated caller.
    public var user: NodeUser?
    /// The session's CSRF token.
    public var csrfToken: String?
    /// Whether the node requires authentication.
    public var authentication: NodeAuthentication = .required

    /// Creates the context for a request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The API's encoder.
    public var responseEncoder: JSONEncoder { JSONEncoder.api }
}

/// Builds the region node's HTTP application: `/health`, `/ready`, and the JSON API under `/api/v1`.
///
/// - Parameters:
///   - onRunning: called with the bound port once the server listens (useful with port 0).
public func buildNodeApplication(
    configuration: NodeServerConfiguration, store: NodeStore,
    methods: @escaping @Sendable () -> [any ForecastMethod] = { BuiltInMethods.candidates(for: .weekly) },
    now: @escaping @Sendable () -> Date = { Date() }, logger: Logger = Logger(label: "balans.node"),
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = buildNodeRouter(configuration: configuration, store: store, methods: methods, now: now)
    return Application(
        router: router,
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "balans-node"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// The node's router, for tests that call it without a socket.
public func buildNodeRouter(
    configuration: NodeServerConfiguration, store: NodeStore,
    methods: @escaping @Sendable () -> [any ForecastMethod] = { BuiltInMethods.candidates(for: .weekly) },
    now: @escaping @Sendable () -> Date = { Date() }
) -> Router<NodeRequestContext> {
    let router = Router(context: NodeRequestContext.self)
    router.add(middleware: ErrorMappingMiddleware())
    router.add(middleware: NodeAuthMiddleware(store: store, mode: configuration.authentication, now: now))
    HealthController<NodeRequestContext>(isReady: { (try? store.appliedMigrations().isEmpty == false) ?? false })
        .addRoutes(to: router)
    NodeAPIController<NodeRequestContext>(
        store: store, methods: methods, now: now, maximumUploadBytes: configuration.maximumUploadBytes
    ).addRoutes(to: router.group("api/v1"))
    PlanAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    FollowUpAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    SyncStatusController<NodeRequestContext>(store: store).addRoutes(to: router.group("api/v1"))
    return router
}
