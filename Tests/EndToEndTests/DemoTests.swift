import Foundation
import GRDB
import HubStore
import NodeStore
import PlanningDomain
import Testing
import WireProtocol

/// `balans demo` run non-interactively, as CI can: everything is prepared, served, and shut down cleanly.
@Suite("balans demo", .serialized)
struct DemoTests {
    @Test func theDemoPreparesThreeRegionsAndTheHubThenShutsDownCleanly() throws {
        let directory = try TemporaryDirectory()
        let data = directory.path("demo")
        let result = try BalansProcess.run([
            "demo", "--data", data, "--scale", "0.1", "--hub-port", "0", "--node-port", "0", "--exit-after-round",
            "--password-rounds", "1000",
        ])
        #expect(result.status == 0, "\(result.errors)")
        for name in ["Region Östergötland", "Region Jönköpings län", "Region Kalmar län"] {
            #expect(result.output.contains("\(name): http://127.0.0.1:"))
        }
        #expect(result.output.contains("Hubben (nationella noden): http://127.0.0.1:"))
        #expect(result.output.contains("Demon har stängts."))
        #expect(!result.errors.contains("error"), "\(result.errors)")

        let hub = try HubStore.open(path: "\(data)/hub/hub.sqlite")
        #expect(try hub.publishedExamples().count == 1)
        let requester = try #require(try hub.identity(username: "region06"))
        let provider = try #require(try hub.identity(username: "region05"))
        let outsider = try #require(try hub.identity(username: "region08"))
        let agreement = "demo-overenskommelse-ortopedi"
        #expect(try hub.exchange(visibleTo: requester).agreements.contains { $0.id == agreement })
        #expect(try hub.exchange(visibleTo: provider).agreements.contains { $0.id == agreement })
        #expect(try !hub.exchange(visibleTo: outsider).agreements.contains { $0.id == agreement })

        // The hub has every region's indicators (synced over loopback with signed batches).
        let regionsWithIndicators = try hub.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT t.code FROM sync_record r JOIN tenant t ON t.id = r.tenant_id
                    WHERE r.stream = 'indicators' ORDER BY t.code
                    """)
        }
        #expect(regionsWithIndicators == ["05", "06", "08"])
        #expect(result.output.contains("Synk 05"))

        // Every node downloaded the agency's publications: the published example and the catalogue release.
        let published = try hub.publishedExamples()
        for code in ["05", "06", "08"] {
            let node = try NodeStore.open(path: "\(data)/\(code)/region.sqlite")
            let examples = try node.publishedExamples()
            #expect(examples.map(\.exampleID) == published.map(\.id), "region \(code)")
            #expect(examples.first?.title == published.first?.title, "region \(code)")
            #expect(examples.first?.problem?.isEmpty == false, "region \(code)")
            #expect(try node.appliedCatalogueVersion() == IndicatorCatalogue.standard.version, "region \(code)")
        }

        // A tactical manager's walk through the node's web UI in headless Chromium: every main page answers, shows
        // its heading and content, and has no console error or failed request; screenshots are kept as artifacts.
        let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/test-artifacts/ui").path
        let walk = try runProgram(
            "/usr/bin/python3",
            [
                scriptPath("ui-check.py"), "--balans", BalansProcess.executable.path, "--database",
                "\(data)/05/region.sqlite", "--user", "taktiker", "--password", "demo-losenord-2026", "--out",
                artifacts,
            ])
        #expect(walk.status == 0, "\(walk.output)\n\(walk.errors)")
        #expect(walk.output.contains("15 sidor, 0 problem"), "\(walk.output)")
        #expect(FileManager.default.fileExists(atPath: "\(artifacts)/uppfoljning.png"))

        // A second run reuses the data folder.
        let again = try BalansProcess.run([
            "demo", "--data", data, "--hub-port", "0", "--node-port", "0", "--exit-after-round",
        ])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("återanvänder"))
        #expect(try hub.publishedExamples().count == 1)
    }
}

/// A file in the repository's `scripts/` folder.
func scriptPath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/\(name)").path
}
