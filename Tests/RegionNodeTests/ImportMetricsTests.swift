import Foundation
import Hummingbird
import HummingbirdTesting
import RegionNode
import ServerSupport
import Testing

@Suite("Import and forecast durations in the metrics")
struct ImportMetricsTests {
    @Test func anImportThroughTheAPIRecordsItsDurationAndOutcome() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importFiles(tinyMasterData())
        var configuration = NodeServerConfiguration(port: 0, authentication: .disabled)
        let metrics = OperationalMetrics()
        configuration.metrics = metrics
        let app = buildNodeApplication(configuration: configuration, store: workspace.store, now: fixedNow)
        try await app.test(.router) { client in
            let good = "planeringsobjekt;vecka;antal\nORT-NYB;2025-W01;3\n"
            try await client.execute(
                uri: "/api/v1/imports?file=inflode.csv", method: .post, body: ByteBuffer(string: good)
            ) { #expect($0.status == .ok) }
            let bad = "planeringsobjekt;vecka;antal\nORT-NYB;2025-W54;3\n"
            try await client.execute(
                uri: "/api/v1/imports?file=inflode.csv", method: .post, body: ByteBuffer(string: bad)
            ) { #expect($0.status == .unprocessableContent) }
        }
        let text = metrics.exposition()
        #expect(text.contains("balans_import_duration_seconds_count{outcome=\"success\"} 1"))
        #expect(text.contains("balans_import_duration_seconds_count{outcome=\"failure\"} 1"))
    }
}
