public import Hummingbird
import Logging

/// Wraps an application's whole responder (e.g. `router.buildResponder()`): records request metrics by route
/// template, writes one structured log line per request, and answers `GET /metrics` with the Prometheus
/// exposition. Lets the composition root add operations to an existing router without touching its routes.
public struct InstrumentedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context: RequestContext {
    /// The wrapped responder's context.
    public typealias Context = Inner.Context

    private let inner: Inner
    private let metrics: OperationalMetrics
    private let servesMetrics: Bool

    /// Creates the wrapper.
    ///
    /// - Parameter servesMetrics: whether `GET /metrics` is answered here (config `metrics.enabled`); metrics
    ///   are recorded either way.
    public init(_ inner: Inner, metrics: OperationalMetrics, servesMetrics: Bool = true) {
        self.inner = inner
        self.metrics = metrics
        self.servesMetrics = servesMetrics
    }

    /// Answers `/metrics` or passes the request on, recording and logging the outcome.
    public func respond(to request: Request, context: Context) async throws -> Response {
        if servesMetrics, request.uri.path == "/metrics", request.method == .get {
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await inner.respond(to: request, context: context)
            finish(request, context: context, status: response.status, duration: start.duration(to: clock.now))
            return response
        } catch {
            let status = HTTPResponse.Status(answering: error)
            finish(request, context: context, status: status, duration: start.duration(to: clock.now))
            throw error
        }
    }

    private func finish(_ request: Request, context: Context, status: HTTPResponse.Status, duration: Duration) {
        let route = context.endpointPath ?? "NotFound"
        metrics.recordRequest(method: request.method.rawValue, route: route, status: status.code, duration: duration)
        // The route template, not the raw path: paths may carry identifiers, and log lines are kept for long.
        context.logger.log(
            level: status.code >= 500 ? .error : .info, "request",
            metadata: [
                "http.method": "\(request.method.rawValue)", "http.route": "\(route)",
                "http.status": "\(status.code)",
                "duration.ms": "\(duration.loggedMilliseconds)",
            ])
    }
}
