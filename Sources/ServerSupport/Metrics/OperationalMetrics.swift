public import Foundation
public import Prometheus

/// The process's Prometheus metrics, served at `GET /metrics`: HTTP requests and latencies (labelled by method,
/// route template and status), import and forecast durations, and per-stream sync status.
///
/// One instance per process, created by the composition root and passed to whatever records into it (no global
/// metrics system is bootstrapped, so tests can make their own). Label values are bounded: routes are
/// templates (`/api/v1/plans/{id}`), methods are the standard ones, streams are the sync protocol's names.
public final class OperationalMetrics: Sendable {
    /// A timed operation other than an HTTP request.
    public enum Operation: String, Sendable, CaseIterable {
        /// A feed import (`balans import`, `POST /api/v1/imports`).
        case `import`
        /// A forecast run.
        case forecast
        /// An online database backup.
        case backup
    }

    /// The underlying registry (for adding application-specific collectors).
    public let registry: PrometheusCollectorRegistry

    /// Creates an empty set of metrics.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// Latency buckets for HTTP requests: 5 ms … 30 s.
    public static let requestBuckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
    ]

    /// Buckets for imports, forecasts and backups: 100 ms … 30 min.
    public static let operationBuckets: [Duration] = [
        .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(15), .seconds(30), .seconds(60),
        .seconds(120), .seconds(300), .seconds(600), .seconds(1_800),
    ]

    /// Records one answered HTTP request.
    ///
    /// - Parameters:
    ///   - route: the route template the router matched (`context.endpointPath`), `NotFound` when none did.
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", Self.boundedMethod(method)), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requestsTotal, labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.requestDuration, labels: labels, buckets: Self.requestBuckets)
            .record(duration)
    }

    /// Records how long an import, forecast or backup took and whether it succeeded.
    public func record(_ operation: Operation, duration: Duration, succeeded: Bool) {
        let descriptor = MetricNameDescriptor(
            namespace: "balans", metricName: "\(operation.rawValue)_duration", unitName: "seconds",
            helpText: "How long each \(operation.rawValue) took, by outcome.")
        registry.makeDurationHistogram(
            descriptor: descriptor, labels: [("outcome", succeeded ? "success" : "failure")],
            buckets: Self.operationBuckets
        ).record(duration)
    }

    /// Runs `body`, recording its duration and outcome (a thrown error counts as failure and is rethrown).
    public func measure<Result>(
        _ operation: Operation, clock: ContinuousClock = ContinuousClock(), _ body: () async throws -> Result
    ) async rethrows -> Result {
        let start = clock.now
        do {
            let result = try await body()
            record(operation, duration: start.duration(to: clock.now), succeeded: true)
            return result
        } catch {
            record(operation, duration: start.duration(to: clock.now), succeeded: false)
            throw error
        }
    }

    /// Runs blocking `body` (an import or forecast on a worker thread), recording its duration and outcome.
    public func measure<Result>(
        _ operation: Operation, clock: ContinuousClock = ContinuousClock(), _ body: () throws -> Result
    ) rethrows -> Result {
        let start = clock.now
        do {
            let result = try body()
            record(operation, duration: start.duration(to: clock.now), succeeded: true)
            return result
        } catch {
            record(operation, duration: start.duration(to: clock.now), succeeded: false)
            throw error
        }
    }

    /// Sets how many items wait in a sync stream's outbox.
    public func setSyncQueueLength(_ length: Int, stream: String) {
        registry.makeGauge(descriptor: Self.syncQueueLength, labels: [("stream", stream)]).set(Double(length))
    }

    /// Records that a stream's batch was acknowledged by the hub at `time`.
    public func recordSyncSuccess(stream: String, at time: Date) {
        registry.makeGauge(descriptor: Self.syncLastSuccess, labels: [("stream", stream)])
            .set(time.timeIntervalSince1970)
    }

    /// Counts a failed sync attempt for a stream (timeout, refusal, rejected batch).
    public func recordSyncFailure(stream: String) {
        registry.makeCounter(descriptor: Self.syncFailures, labels: [("stream", stream)]).increment()
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> String {
        registry.emitToString()
    }

    /// Methods outside the standard set become `OTHER`, so a client cannot grow the label space.
    static func boundedMethod(_ method: String) -> String {
        let standard: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
        return standard.contains(method) ? method : "OTHER"
    }

    static var requestsTotal: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "balans", metricName: "http_requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route template and status.")
    }
    static var requestDuration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "balans", metricName: "http_request_duration", unitName: "seconds",
            helpText: "Time from request to response head, by method, route template and status.")
    }
    static var syncQueueLength: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "balans", metricName: "sync_queue", unitName: "length",
            helpText: "Items waiting in a sync stream's outbox.")
    }
    static var syncLastSuccess: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "balans", metricName: "sync_last_success", unitName: "timestamp_seconds",
            helpText: "Unix time of the last batch the hub acknowledged, by stream.")
    }
    static var syncFailures: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "balans", metricName: "sync_failures", unitName: "total",
            helpText: "Failed sync attempts, by stream.")
    }
}
