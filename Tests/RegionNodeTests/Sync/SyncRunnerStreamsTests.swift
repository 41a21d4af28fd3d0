import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

@testable import RegionNode

/// A hub in the test process: the protocol's own ``SyncEngine/HubSyncHandler`` over an in-memory store, behind a
/// real HTTP listener, so `SyncRound` runs its real client, signing and runner against it. Streams listed in
/// `refusing` answer `sync.forbidden` (a stream that must stop).
final class InProcessHub: @unchecked Sendable {
    private let lock = NSLock()
    private var store = InMemoryHubStore()
    let refusing: Set<SyncStream>
    let handler = HubSyncHandler(
        ingest: HubIngest(acceptedCatalogueVersions: [SyncCatalogue.reference(.standard).version]),
        verifier: AnyKeyOf(region: "09"))

    init(refusing: Set<SyncStream> = []) { self.refusing = refusing }

    /// What the hub holds for region 09 on `stream`.
    func records(_ stream: SyncStream) -> [NaturalKey: HubRecord] {
        locked { store.records(region: "09", stream: stream) }
    }

    var router: Router<BasicRequestContext> {
        let router = Router()
        router.post("api/v1/sync/:stream/batches") { request, context in
            let segment = context.parameters.get("stream") ?? ""
            let body = Array(buffer: try await request.body.collect(upTo: 16_000_000))
            if let stream = SyncStream(rawValue: segment), self.refusing.contains(stream) {
                return Self.answer(
                    HubSyncHandler.response(SyncError(.forbidden, "Not for this test.", stream: stream)))
            }
            let headers = Self.fields(request)
            let response = self.locked {
                self.handler.push(
                    streamSegment: segment, path: request.uri.description, headers: headers, body: body,
                    nowSeconds: Int64(Date().timeIntervalSince1970), store: &self.store)
            }
            return Self.answer(response)
        }
        router.get("api/v1/sync/:stream/changes") { request, context in
            let segment = context.parameters.get("stream") ?? ""
            let stream = SyncStream(rawValue: segment) ?? .definitions
            let query = Dictionary(
                request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { a, _ in a })
            return Self.answer(
                self.handler.changes(
                    streamSegment: segment, path: request.uri.description, headers: Self.fields(request),
                    query: query, nowSeconds: Int64(Date().timeIntervalSince1970),
                    log: HubChangeLog(stream: stream, epoch: "e1")))
        }
        return router
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private static func fields(_ request: Request) -> [String: String] {
        var fields: [String: String] = [:]
        for field in request.headers { fields[field.name.canonicalName] = field.value }
        return fields
    }

    private static func answer(_ response: HubResponse) -> Response {
        Response(
            status: HTTPResponse.Status(code: response.status), headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: response.body)))
    }
}

/// Accepts every signature and maps every key to one region: the test is about the runner, not cryptography.
struct AnyKeyOf: BatchVerifier {
    let region: String
    func region(forKeyID keyID: String) -> String? { region }
    func isValidSignature(_ signature: [UInt8], for message: [UInt8], keyID: String) -> Bool { true }
}

@Suite("Sync runner over every up stream", .serialized)
struct SyncRunnerStreamsTests {
    static let example = LearningExampleContent(
        title: "Veckovis balansering", theme: .realisticPlanning, level: .tactical, problem: "Köerna växte.",
        whatWasDone: "Vi balanserade varje vecka.", results: "Kön halverades.", contactRole: "produktionsstrateg")

    /// A region with a self-assessment, a learning example sent to the agency and an exchange message in its
    /// outboxes, all saved before the node knew its region.
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        try workspace.store.replaceSelfAssessment(
            SelfAssessmentResponse(
                organisationCode: "ORT", answeredOn: CivilDate(year: 2025, month: 10, day: 1)!,
                statementAnswers: ["1.1": .agreePartly, "1.2": .disagree, "2.1": .agreeToAHighDegree],
                checklistAnswers: [2: .yes], reflections: [1: "Vi saknar en gemensam bild."]),
            by: "ada", at: fixedNow())
        let example = try workspace.store.createLearningExample(content: Self.example, by: "ada", at: fixedNow())
        _ = try workspace.store.submitLearningExample(id: example.id, by: "ada", at: fixedNow())
        // Another helper's stream (capacity exchange): the runner pushes whatever its outbox holds.
        try workspace.store.writeExport(.exchangeMessages, at: fixedNow()) { _ in
            [
                OutboxWrite(
                    stream: .exchangeMessages, key: NaturalKey(owner: "09", kind: "exchange-message", parts: ["m1"]),
                    payload: .object(["regionCode": .string("09"), "kind": .string("offer")]))
            ]
        }
        return workspace
    }

    func configuration(_ port: Int, _ workspace: Workspace) -> NodeSyncConfiguration {
        NodeSyncConfiguration(
            hubURL: "http://127.0.0.1:\(port)", token: "t", signingKeyPath: workspace.path("node.ed25519"),
            regionCode: "09",
            upload: UploadConfiguration(
                limits: BatchLimits(maxItems: 2), backoff: BackoffPolicy(baseMilliseconds: 10, capMilliseconds: 50),
                requestTimeoutMilliseconds: 5_000),
            roundTimeoutSeconds: 30)
    }

    @Test func oneRoundDrainsEveryUpStreamInSmallBatchesWithItsOwnCursorAndLog() async throws {
        let workspace = try workspace()
        let store = workspace.store
        let hub = InProcessHub()
        let app = Application(router: hub.router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let session = try await SyncSession.open(configuration(try #require(client.port), workspace))
            let started = ContinuousClock.now
            let report = try await SyncRound.run(session: session, store: store)
            let elapsed = ContinuousClock.now - started
            #expect(report.completed, "\(report.errors)")
            #expect(report.pending == 0)
            // The parts are timed one after the other, within the round.
            let parts = [report.durations.export, report.durations.upload, report.durations.download]
            #expect(parts.allSatisfy { $0 >= 0 })
            #expect(parts.reduce(0, +) <= Double(elapsed.components.seconds) + 1)
            #expect(SyncRoundText.summary(report).contains("Tid:                   export "))
            // 5 answers in batches of 2, 1 revision, 1 message.
            #expect(report.batches == 5)
            #expect(report.outcomes["imported"] == 7)

            let answers = hub.records(.selfAssessments)
            #expect(answers.count == 5)
            #expect(Set(answers.keys) == Set(try store.exportedHashes(.selfAssessments).keys))
            let submissions = hub.records(.learningExamples).values.map {
                try? CanonicalJSON.decode(LearningExampleSubmission.self, from: $0.payload)
            }
            #expect(submissions.map { $0?.revision } == [1])
            #expect(submissions.first??.regionCode == "09")
            #expect(hub.records(.exchangeMessages).count == 1)

            for stream in [SyncStream.selfAssessments, .learningExamples, .exchangeMessages] {
                #expect(try store.acknowledgedCursor(stream) == store.lastOutboxSequence(stream), "\(stream)")
                #expect(try store.outboxSummary(stream).pendingCount == 0)
                #expect(!(try store.sentBatches(stream).isEmpty), "\(stream) has a readable sent-batch log")
            }
            let status = try SyncStatusReport.read(from: store)
            #expect(
                status.streams.filter { $0.direction == "up" }.map(\.stream) == SyncRunner.uploadStreams.map(\.rawValue)
            )
            #expect(status.streams.first { $0.stream == "self-assessments" }?.lastSuccess != nil)
            #expect(status.streams.first { $0.stream == "self-assessments" }?.cursor == 5)

            // The next round has nothing to send; a new save is sent alone, with a fresh sequence above the cursor.
            let idle = try await SyncRound.run(session: session, store: store)
            #expect(idle.batches == 0)
            let before = try store.acknowledgedCursor(.selfAssessments)
            var changed = try #require(try store.selfAssessment(unitCode: "ORT")).response
            changed.statementAnswers["1.2"] = .agreePartly
            try store.replaceSelfAssessment(changed, by: "ada", at: fixedNow())
            let next = try await SyncRound.run(session: session, store: store)
            #expect(next.outcomes["updated"] == 1)
            #expect(try store.acknowledgedCursor(.selfAssessments) > before)
        }
    }

    @Test func aStoppedStreamHoldsNoOtherBack() async throws {
        let workspace = try workspace()
        let store = workspace.store
        let hub = InProcessHub(refusing: [.selfAssessments])
        let app = Application(router: hub.router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let session = try await SyncSession.open(configuration(try #require(client.port), workspace))
            let report = try await SyncRound.run(session: session, store: store)
            #expect(!report.completed)
            #expect(report.pendingByStream[.selfAssessments] == 5)
            #expect(report.errors.contains { $0.hasPrefix("Självskattningar: sync.forbidden") }, "\(report.errors)")
            #expect(hub.records(.learningExamples).count == 1)
            #expect(hub.records(.exchangeMessages).count == 1)
            #expect(try store.acknowledgedCursor(.selfAssessments) == 0)
            let status = try SyncStatusReport.read(from: store)
            #expect(status.streams.first { $0.stream == "self-assessments" }?.phase == "stopped")
            #expect(status.streams.first { $0.stream == "learning-examples" }?.phase == "idle")
        }
    }
}
