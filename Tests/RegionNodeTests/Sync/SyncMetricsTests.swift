import Foundation
import ServerSupport
import Testing
import WireProtocol

@testable import RegionNode

@Suite("Sync progress in the metrics")
struct SyncMetricsTests {
    @Test func acknowledgementsAndPagesAreSuccessesAndFailuresAreCountedPerStream() {
        let metrics = OperationalMetrics()
        let time = Date(timeIntervalSince1970: 1_790_000_000)
        typealias Service = SyncService<ContinuousClock>
        Service.record(
            .batchAcknowledged(
                stream: .indicators, batchID: "b1", items: 3, imported: 3, updated: 0, ignored: 0, rejected: 0),
            in: metrics,
            at: time)
        Service.record(.pageApplied(stream: .publishedExamples, changes: 1), in: metrics, at: time)
        Service.record(.failed(stream: .definitions, code: "transport.timeout", message: "x"), in: metrics, at: time)
        Service.record(.stopped(stream: .definitions, code: "sync.gap", message: "y"), in: metrics, at: time)
        let text = metrics.exposition()
        #expect(text.contains("balans_sync_last_success_timestamp_seconds{stream=\"indicators\"} 1790000000"))
        #expect(text.contains("balans_sync_last_success_timestamp_seconds{stream=\"published-examples\"} 1790000000"))
        #expect(text.contains("balans_sync_failures_total{stream=\"definitions\"} 2"))
        #expect(!text.contains("balans_sync_failures_total{stream=\"indicators\"}"))
    }
}
