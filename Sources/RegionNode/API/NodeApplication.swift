public import Forecasting
public import Foundation
public import Hummingbird
public import Logging
public import NodeStore
public import PlanningDomain
public import ServerSupport

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
    /// Whether the node is served over TLS, so the session cookie gets the `Secure` attribute.
    public var usesTLS: Bool
    /// Whether the database holds generated synthetic data; every page then shows the synthetic-data banner.
    public var isSyntheticData: Bool
    /// Where imports and forecast runs record their durations (the same metrics `/metrics` serves).
    public var metrics = OperationalMetrics()

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumUploadBytes: Int = 64 * 1_048_576,
        authentication: NodeAuthentication = .required, usesTLS: Bool = false, isSyntheticData: Bool = false
    ) {
        self.host = host
        self.port = port
        self.maximumUploadBytes = maximumUploadBytes
        self.authentication = authentication
        self.usesTLS = usesTLS
        self.isSyntheticData = isSyntheticData
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

/// Builds the region node's HTTP application: `/health`, `/ready`, the JSON API under `/api/v1` (described by
/// `/api/v1/openapi.json`) and the Swedish web UI.
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
        store: store, methods: methods, now: now, maximumUploadBytes: configuration.maximumUploadBytes,
        metrics: configuration.metrics
    ).addRoutes(to: router.group("api/v1"))
    PlanAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    FollowUpAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    FollowUpMeasuresAPIController<NodeRequestContext>(store: store).addRoutes(to: router.group("api/v1"))
    PlanAnalysisAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    ResourceUseAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    AcuteAPIController<NodeRequestContext>(
        store: store, now: now, maximumUploadBytes: configuration.maximumUploadBytes
    ).addRoutes(to: router.group("api/v1"))
    SelfAssessmentAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    OpenAPIDocument.addRoute(to: router.group("api/v1"))
    NodeWebController<NodeRequestContext>(store: store, configuration: configuration, now: now).addRoutes(to: router)
    SyncStatusController<NodeRequestContext>(store: store).addRoutes(to: router.group("api/v1"))
    LearningExampleAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    ExchangeAPIController<NodeRequestContext>(store: store, now: now).addRoutes(to: router.group("api/v1"))
    return router
}
