import Foundation
import Hummingbird
import HummingbirdTesting
import ServerSupport
import Testing

@Suite("Prometheus metrics and the instrumented responder")
struct MetricsTests {
    struct Failure: Error {}

    func application(metrics: OperationalMetrics, servesMetrics: Bool = true) -> some ApplicationProtocol {
        let router = Router()
        router.get("plans/:id") { _, _ in "plan" }
        router.post("imports") { _, _ -> String in throw APIError.badRequest("fel") }
        router.get("boom") { _, _ -> String in throw Failure() }
        return Application(
            responder: InstrumentedResponder(router.buildResponder(), metrics: metrics, servesMetrics: servesMetrics))
    }

    @Test func requestsAreCountedByRouteTemplateMethodAndStatus() async throws {
        let metrics = OperationalMetrics()
        try await application(metrics: metrics).test(.router) { client in
            for id in ["1", "2", "3"] {
                try await client.execute(uri: "/plans/\(id)", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/imports", method: .post) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/boom", method: .get) { #expect($0.status == .internalServerError) }
            try await client.execute(uri: "/nowhere/42", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains(#"balans_http_requests_total{method="GET",route="/plans/{id}",status="200"} 3"#))
                #expect(text.contains(#"balans_http_requests_total{method="POST",route="/imports",status="400"} 1"#))
                #expect(text.contains(#"balans_http_requests_total{method="GET",route="/boom",status="500"} 1"#))
                #expect(text.contains(#"route="NotFound",status="404"} 1"#))
                // Raw paths never become labels.
                #expect(!text.contains("/plans/2"))
                #expect(!text.contains("/nowhere/42"))
                #expect(
                    text.contains(
                        #"balans_http_request_duration_seconds_count{method="GET",route="/plans/{id}",status="200"} 3"#)
                )
                #expect(text.contains("balans_http_request_duration_seconds_bucket"))
            }
        }
    }

    @Test func metricsEndpointCanBeSwitchedOff() async throws {
        let metrics = OperationalMetrics()
        try await application(metrics: metrics, servesMetrics: false).test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { #expect($0.status == .notFound) }
        }
        // Still recorded, just not served.
        #expect(metrics.exposition().contains(#"route="NotFound",status="404"} 1"#))
    }

    @Test func middlewareRecordsRoutesAddedAfterIt() async throws {
        let metrics = OperationalMetrics()
        let router = Router()
        router.add(middleware: RequestMetricsMiddleware(metrics: metrics))
        router.get("units/:code") { _, _ in "unit" }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/units/05", method: .get) { #expect($0.status == .ok) }
        }
        #expect(
            metrics.exposition().contains(
                #"balans_http_requests_total{method="GET",route="/units/{code}",status="200"} 1"#))
    }

    @Test func measuredOperationsRecordOutcomeAndRethrow() async throws {
        let metrics = OperationalMetrics()
        let value = await metrics.measure(.import) { 42 }
        #expect(value == 42)
        await #expect(throws: Failure.self) {
            try await metrics.measure(.forecast) { throw Failure() }
        }
        metrics.record(.backup, duration: .seconds(2), succeeded: true)
        let text = metrics.exposition()
        #expect(text.contains(#"balans_import_duration_seconds_count{outcome="success"} 1"#))
        #expect(text.contains(#"balans_forecast_duration_seconds_count{outcome="failure"} 1"#))
        #expect(text.contains(#"balans_backup_duration_seconds_sum{outcome="success"} 2"#))
    }

    @Test func syncStatusIsExposedPerStream() {
        let metrics = OperationalMetrics()
        metrics.setSyncQueueLength(17, stream: "indicators")
        metrics.setSyncQueueLength(3, stream: "indicators")
        metrics.recordSyncSuccess(stream: "indicators", at: Date(timeIntervalSince1970: 1_700_000_000))
        metrics.recordSyncFailure(stream: "exchange")
        metrics.recordSyncFailure(stream: "exchange")
        let text = metrics.exposition()
        #expect(text.contains(#"balans_sync_queue_length{stream="indicators"} 3"#))
        #expect(text.contains(#"balans_sync_last_success_timestamp_seconds{stream="indicators"} 1700000000"#))
        #expect(text.contains(#"balans_sync_failures_total{stream="exchange"} 2"#))
    }

    @Test func unusualMethodsShareOneLabel() {
        let metrics = OperationalMetrics()
        metrics.recordRequest(method: "BREW", route: "NotFound", status: 405, duration: .milliseconds(1))
        metrics.recordRequest(method: "PROPFIND", route: "NotFound", status: 405, duration: .milliseconds(1))
        #expect(
            metrics.exposition().contains(
                #"balans_http_requests_total{method="OTHER",route="NotFound",status="405"} 2"#))
    }
}
