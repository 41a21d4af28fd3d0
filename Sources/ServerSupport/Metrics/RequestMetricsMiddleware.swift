public import Hummingbird

/// Records every request that reaches the routes added after it (method, route template, status, latency)
/// into ``OperationalMetrics``. Add it to a router first; or wrap a whole responder in
/// ``InstrumentedResponder``, which also serves `/metrics`.
public struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    private let metrics: OperationalMetrics

    /// Creates the middleware.
    public init(metrics: OperationalMetrics) {
        self.metrics = metrics
    }

    /// Passes the request on and records the outcome, including thrown HTTP errors.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await next(request, context)
            metrics.recordRequest(
                method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
                status: response.status.code, duration: start.duration(to: clock.now))
            return response
        } catch {
            metrics.recordRequest(
                method: request.method.rawValue, route: context.endpointPath ?? "NotFound",
                status: HTTPResponse.Status(answering: error).code,
                duration: start.duration(to: clock.now))
            throw error
        }
    }
}
