import Foundation
import GRDB
import HubStore
import PlanningDomain
import Testing

/// A `balans` process running in the background whose standard output is read as it comes.
final class BackgroundBalans {
    let process = Process()
    private let output = Pipe()
    private(set) var text = ""

    init(_ arguments: [String]) throws {
        process.executableURL = BalansProcess.executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Reads output until it contains `needle` (or the process ends, or `seconds` pass); returns whether it did.
    @discardableResult
    func read(until needle: String, seconds: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !text.contains(needle), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.contains(needle)
    }

    /// Waits for the process to end and returns its status, with all of its output read.
    func finish() -> Int32 {
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// kill -9.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) } }
}

/// The indicators the standard catalogue counts people with (small counts must never reach the hub).
let personBasedIndicators: Set<String> = [
    "inflow", "production", "production-vs-plan", "waiting", "waiting-over-90", "share-waiting-within-90",
    "share-treated-within-90", "forecast-error", "cancellations", "cancellation-share",
]

@Suite("sync end to end", .serialized)
struct SyncEndToEndTests {
    let regions = ["09", "10", "22"]

    func readOnly(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Generates and imports a small region; registers its node key at the hub; returns the node's sync arguments.
    func prepareNode(_ region: String, seed: Int, hubDatabase: String, in directory: TemporaryDirectory) throws
        -> [String]
    {
        let files = directory.path("files-\(region)")
        let generated = try BalansProcess.run([
            "generate", "--region", region, "--out", files, "--seed", "\(seed)", "--last-week", "2025-W40",
            "--years", "2", "--scale", "0.2",
        ])
        #expect(generated.status == 0, "\(generated.errors)")
        let csv = try FileManager.default.contentsOfDirectory(atPath: files).filter { $0.hasSuffix(".csv") }
            .map { "\(files)/\($0)" }
        let database = directory.path("node-\(region).sqlite")
        #expect(try BalansProcess.run(["import", "--database", database] + csv).status == 0)
        let key = directory.path("keys/\(region).ed25519")
        let publicKey = try BalansProcess.run(["sync", "key", "--key", key])
        #expect(publicKey.status == 0, "\(publicKey.errors)")
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let issued = try BalansProcess.run([
            "hub", "credential", "--database", hubDatabase, "--tenant", region, "--role", "region-node", "--label",
            "Regionnod \(region)", "--public-key", publicKey.output.trimmingCharacters(in: .whitespacesAndNewlines),
        ])
        #expect(issued.status == 0, "\(issued.errors)")
        let tokenFile = directory.path("keys/\(region).token")
        try issued.output.write(toFile: tokenFile, atomically: true, encoding: .utf8)
        return ["--database", database, "--token-file", tokenFile, "--key", key]
    }

    func startHub(_ database: String, port: Int) throws -> (BackgroundBalans, Int) {
        let hub = try BackgroundBalans(["hub", "serve", "--database", database, "--port", "\(port)"])
        #expect(hub.read(until: "\n", seconds: 30))
        let match = try #require(hub.text.firstMatch(of: /127\.0\.0\.1:(\d+)/))
        return (hub, Int(match.1)!)
    }

    /// Runs `curl` and returns the body and the HTTP status (a blocking fetch keeps the test free of
    /// FoundationNetworking).
    func curl(_ arguments: [String]) throws -> (body: String, status: Int) {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-o", "-", "-w", "\n%{http_code}"] + arguments
        let pipe = Pipe()
        curl.standardOutput = pipe
        try curl.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.dropLast().joined(separator: "\n"), Int(lines.last ?? "") ?? 0)
    }

    /// The answers every region saves for its first unit before syncing.
    static let savedAnswers =
        #"{"answeredOn":"2025-10-01","statements":{"1.1":"agreeToAHighDegree","1.2":"agreePartly"},"checklist":{"2":"yes"}}"#

    /// Saves a self-assessment through the node's own API (`node serve`, authentication disabled), as a planner
    /// would; the node writes it to its outbox in the same transaction. Returns the unit answered.
    func saveSelfAssessment(database: String, in directory: TemporaryDirectory) throws -> String {
        let config = directory.path("node-\(UUID().uuidString).yaml")
        try "server:\n  authentication: disabled\nstorage:\n  database: \(database)\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        let node = try BackgroundBalans(["node", "serve", "--config", config, "--port", "0"])
        defer {
            node.process.terminate()
            node.process.waitUntilExit()
        }
        #expect(node.read(until: "\n", seconds: 30))
        let match = try #require(node.text.firstMatch(of: /http:\/\/127\.0\.0\.1:\d+/))
        let url = String(match.0)
        let list = try curl(["\(url)/api/v1/self-assessments"])
        #expect(list.status == 200, "\(list.body)")
        let unit = try #require(list.body.firstMatch(of: /"unit":"([^"]+)"/)).1
        let saved = try curl([
            "-X", "PUT", "-H", "Content-Type: application/json", "--data", Self.savedAnswers,
            "\(url)/api/v1/self-assessments/\(unit)",
        ])
        #expect(saved.status == 200, "\(saved.body)")
        return String(unit)
    }

    @Test func threeNodesConvergeThroughAHubKilledMidRoundAndANodeKilledMidRound() throws {
        let directory = try TemporaryDirectory()
        let hubDatabase = directory.path("hub.sqlite")
        #expect(try BalansProcess.run(["hub", "init", "--database", hubDatabase]).status == 0)
        var nodes: [String: [String]] = [:]
        var units: [String: String] = [:]
        for (index, region) in regions.enumerated() {
            nodes[region] = try prepareNode(region, seed: index + 11, hubDatabase: hubDatabase, in: directory)
            // Saved before the node ever synced: written out when the first session learns the region.
            units[region] = try saveSelfAssessment(
                database: directory.path("node-\(region).sqlite"), in: directory)
        }
        var (hub, port) = try startHub(hubDatabase, port: 0)
        let url = "http://127.0.0.1:\(port)"
        func syncNow(_ region: String, batchItems: Int = 500, requestTimeout: Int = 30) throws -> BackgroundBalans {
            try BackgroundBalans(
                [
                    "sync", "now", "--hub", url, "--batch-items", "\(batchItems)", "--timeout", "120",
                    "--request-timeout", "\(requestTimeout)",
                ] + nodes[region]!)
        }

        // 1. The hub dies (kill -9) right after the first receipt of a round in small batches, stays down longer
        //    than a request may take, and comes back on the same port and database; the round retries, never
        //    counting the timeouts as success, and finishes.
        let first = try syncNow("09", batchItems: 5, requestTimeout: 1)
        #expect(first.read(until: "kvitterad"))
        hub.kill()
        Thread.sleep(forTimeInterval: 3)
        (hub, _) = try startHub(hubDatabase, port: port)
        #expect(first.finish() == 0, "\(first.text)")
        #expect(first.text.contains("Försöker igen"), "the round should have met the dead hub: \(first.text)")
        #expect(first.text.contains("Synkningen är klar."))
        #expect(first.text.contains("Tid:                   export "))

        // 2. A node's sync process dies (kill -9) mid-round; the next round picks up from its durable outbox.
        let second = try syncNow("10", batchItems: 5)
        #expect(second.read(until: "kvitterad"))
        second.kill()
        let secondAgain = try syncNow("10")
        #expect(secondAgain.finish() == 0, "\(secondAgain.text)")

        // 3. The third region syncs normally; then every node runs a round, so all hold the final comparisons.
        let third = try syncNow("22")
        #expect(third.finish() == 0, "\(third.text)")
        for region in regions {
            let round = try syncNow(region)
            #expect(round.finish() == 0, "\(round.text)")
            #expect(round.text.contains("Kvar i utkorgen:       0"))
        }
        hub.process.terminate()
        hub.process.waitUntilExit()

        try verify(hubDatabase: hubDatabase, directory: directory)
        try verifySelfAssessments(hubDatabase: hubDatabase, units: units)
    }

    /// Every region's self-assessment reached the hub's self-assessment tables, so the national summary counts
    /// all three regions and shows each its own score.
    func verifySelfAssessments(hubDatabase: String, units: [String: String]) throws {
        let hub = try HubStore.open(path: hubDatabase)
        for region in regions {
            let identity = HubIdentity(
                tenant: try #require(try hub.tenant(code: region)), role: .regionUser, actor: "test")
            let own = try hub.ownSelfAssessments(of: identity)
            #expect(own.count == 1, "region \(region) has \(own.count) responses at the hub")
            #expect(own.first?.organisationCode == units[region])
            #expect(own.first?.statementAnswers == ["1.1": .agreeToAHighDegree, "1.2": .agreePartly])
            #expect(own.first?.checklistAnswers == [2: .yes])
            let national = try hub.nationalSelfAssessment(for: identity)
            #expect(national.respondingRegions == 3)
            let area = try #require(national.areas.first { $0.number == 1 })
            #expect(!area.suppressed)
            #expect(area.ownScore == 0.75)
        }
    }

    /// The hub holds every node's current export exactly once, receipts account for every item, no small
    /// person-based count got through, and every node holds the hub's comparisons.
    func verify(hubDatabase: String, directory: TemporaryDirectory) throws {
        let hubDB = try readOnly(hubDatabase)
        let comparisonHashes = try hubDB.read { db in
            try String.fetchAll(
                db, sql: "SELECT content_hash FROM sync_change WHERE stream = 'national-comparisons' ORDER BY item_key")
        }
        #expect(!comparisonHashes.isEmpty)
        for region in regions {
            let nodeDB = try readOnly(directory.path("node-\(region).sqlite"))
            let (exported, pending, acknowledgedBatches, comparisons) = try nodeDB.read { db in
                (
                    try Row.fetchAll(db, sql: "SELECT item_key, content_hash FROM sync_export").map {
                        [$0["item_key"] as String: $0["content_hash"] as String]
                    }.reduce(into: [String: String]()) { $0.merge($1) { a, _ in a } },
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sync_outbox")!,
                    try Row.fetchAll(
                        db, sql: "SELECT batch_id, item_count FROM sync_batch_log WHERE acknowledged_at IS NOT NULL"),
                    try String.fetchAll(db, sql: "SELECT content_hash FROM national_comparison ORDER BY item_key")
                )
            }
            #expect(exported.count > 100, "region \(region) exported \(exported.count) cells")
            #expect(exported.keys.contains { $0.hasPrefix("\(region)/self-assessment/") })
            #expect(pending == 0)
            let held = try hubDB.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.item_key, r.content_hash FROM sync_record r JOIN tenant t ON t.id = r.tenant_id
                        WHERE t.code = ?
                        """, arguments: [region]
                ).reduce(into: [String: String]()) { $0[$1["item_key"]] = $1["content_hash"] }
            }
            // Exactly the node's exports of every up stream, with the same content, each key once (the primary key).
            #expect(held == exported, "region \(region): hub \(held.count) vs node \(exported.count)")
            let receipts = try hubDB.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.batch_id, r.item_count, r.imported, r.rejected FROM sync_receipt r
                        JOIN tenant t ON t.id = r.tenant_id WHERE t.code = ?
                        """, arguments: [region])
            }
            // Every key was imported exactly once however often batches were resent, and nothing was rejected.
            #expect(receipts.map { $0["imported"] as Int }.reduce(0, +) == exported.count)
            #expect(receipts.map { $0["rejected"] as Int }.reduce(0, +) == 0)
            // Every batch the node recorded as acknowledged has the hub's receipt for the same number of items.
            let hubBatches = Dictionary(
                uniqueKeysWithValues: receipts.map { ($0["batch_id"] as String, $0["item_count"] as Int) })
            for batch in acknowledgedBatches {
                #expect(hubBatches[batch["batch_id"] as String] == batch["item_count"] as Int)
            }
            #expect(comparisons == comparisonHashes, "region \(region) holds the hub's comparisons")
            // ... and the catalogue release the hub was initialised with (the definitions stream).
            let releases = try nodeDB.read { db in
                try Int.fetchAll(db, sql: "SELECT version FROM catalogue_release ORDER BY version")
            }
            #expect(releases == [1], "region \(region) holds the hub's catalogue releases")
        }
        try checkNoSmallCells(hubDB)
    }

    struct Cell: Decodable {
        var indicatorID: String
        var suppressed: Bool
        var numerator: Double?
        var denominator: Double?
        var value: Double?
    }

    struct Comparison: Decodable {
        struct RegionCell: Decodable {
            var suppressed: Bool
            var value: Double?
        }
        var cells: [RegionCell]
        var national: Double?
    }

    func checkNoSmallCells(_ hubDB: DatabaseQueue) throws {
        let payloads = try hubDB.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM sync_record WHERE stream = 'indicators'")
        }
        var suppressed = 0
        for text in payloads {
            let cell = try JSONDecoder().decode(Cell.self, from: Data(text.utf8))
            guard personBasedIndicators.contains(cell.indicatorID) else { continue }
            if cell.suppressed {
                suppressed += 1
                #expect(cell.value == nil && cell.numerator == nil && cell.denominator == nil)
                continue
            }
            let parts = [cell.numerator, cell.denominator].compactMap { $0 }
            let counts = parts.isEmpty ? [cell.value].compactMap { $0 } : parts
            #expect(!counts.contains { $0 > 0 && $0 < 5 }, "small person-based cell at the hub: \(text)")
        }
        #expect(suppressed > 0, "small synthetic regions should have some protected cells")
        let comparisons = try hubDB.read { db in
            try String.fetchAll(
                db, sql: "SELECT payload FROM sync_change WHERE stream = 'national-comparisons' AND payload IS NOT NULL"
            )
        }
        for text in comparisons {
            let comparison = try JSONDecoder().decode(Comparison.self, from: Data(text.utf8))
            for cell in comparison.cells where cell.suppressed { #expect(cell.value == nil) }
            if comparison.cells.contains(where: \.suppressed) { #expect(comparison.national == nil) }
        }
    }
}
