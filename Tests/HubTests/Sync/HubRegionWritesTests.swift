import Credentials
import Foundation
import GRDB
import Hub
import HubClient
import HubStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The hub applies what regions push on `self-assessments` and `learning-examples` to its own domain, in the
/// batch's transaction: the national self-assessment summary and the learning-example review workflow.
@Suite("Hub applies regions' self-assessments and learning examples")
struct HubRegionWritesTests {
    let store: HubStore
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let keys = Dictionary(uniqueKeysWithValues: ["01", "05", "09"].map { ($0, SigningKey.generate()) })

    init() throws {
        store = try HubStore.inMemory()
        try store.ensureTenants(regions: SwedishRegion.all, agencyCode: "agency", agencyName: "Myndigheten")
    }

    func identity(_ code: String, _ role: HubRole = .regionNode) throws -> HubIdentity {
        HubIdentity(
            tenant: try #require(try store.tenant(code: code)), role: role, actor: "test",
            publicKey: keys[code]?.publicKeyBase64)
    }

    /// Pushes `items` on `stream` as region `region`, signed with its key; returns the receipt.
    @discardableResult
    func push(
        _ stream: SyncStream, _ items: [UploadItem], as region: String, batchID: String? = nil, after: Int64 = 0
    ) throws -> BatchReceipt {
        let batch = UploadBatch(
            batchID: batchID ?? "\(stream.rawValue)-\(UUID().uuidString.lowercased())", stream: stream, after: after,
            items: items)
        let body = try CanonicalJSON.encode(batch)
        let path = SyncEndpoint.batches(stream)
        let signed = try SignedRequestHeaders.sign(
            method: "POST", path: path, batchID: batch.batchID, body: body,
            timestamp: Int64(now.timeIntervalSince1970), signer: Ed25519BatchSigner(key: keys[region]!))
        let handler = HubSyncHandler(
            ingest: HubIngest(acceptedCatalogueVersions: [1], validator: SyncCatalogue.validator(.standard)),
            verifier: CredentialBatchVerifier(identity: try identity(region)))
        let response = store.syncPush(
            handler: handler, streamSegment: stream.rawValue, path: path, headers: signed.fields, body: body, now: now)
        try #require(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
        return try CanonicalJSON.decode(BatchReceipt.self, from: response.body)
    }

    static func answers(
        region: String, unit: String = "ORT", day: String = "2025-03-14", _ values: [String: String?]
    ) -> [UploadItem] {
        values.sorted { $0.key < $1.key }.enumerated().map { index, entry in
            let answer = WireProtocol.SelfAssessmentAnswer(
                regionCode: region, organisationCode: unit, questionnaire: "socialstyrelsen-2024",
                questionID: entry.key, answeredOn: day, answer: entry.value)
            return try! UploadItem(sequence: Int64(index + 1), key: answer.naturalKey, typedPayload: answer)
        }
    }

    // MARK: - Self-assessments

    @Test func syncedAnswersReachTheNationalSummaryAndAResentBatchChangesNothing() throws {
        // Area 1 has statements 1.1–1.x; three regions answer so the area is not suppressed.
        let answers: [String: String?] = ["1.1": "agreeToAHighDegree", "1.2": "agreePartly", "checklist-2": "yes"]
        var receipts: [String: BatchReceipt] = [:]
        for region in ["01", "05", "09"] {
            receipts[region] = try push(
                .selfAssessments, Self.answers(region: region, answers), as: region,
                batchID: "self-assessments-\(region)")
        }
        #expect(receipts["09"]?.items.map(\.outcome) == [.imported, .imported, .imported])
        let national = try store.nationalSelfAssessment(for: try identity("09", .regionUser))
        #expect(national.respondingRegions == 3)
        #expect(national.ownAnsweredOn == "2025-03-14")
        let area1 = try #require(national.areas.first { $0.number == 1 })
        #expect(!area1.suppressed)
        #expect(area1.ownScore == 0.75)
        #expect(try store.ownSelfAssessments(of: try identity("09")).first?.checklistAnswers[2] == .yes)

        let before = try responseRows()
        // The same batch again (a lost answer) and the same items in a new batch (a resend after a crash).
        _ = try push(.selfAssessments, Self.answers(region: "09", answers), as: "09", batchID: "self-assessments-09")
        let resent = try push(.selfAssessments, Self.answers(region: "09", answers), as: "09", after: 3)
        #expect(resent.items.allSatisfy { $0.outcome == .ignored })
        #expect(try responseRows() == before)
    }

    @Test func aWithdrawnAnswerLeavesTheHubsCopyOfTheUnit() throws {
        try push(.selfAssessments, Self.answers(region: "09", ["1.1": "agreePartly", "1.2": "disagree"]), as: "09")
        var later = Self.answers(region: "09", day: "2025-04-01", ["1.1": "agreePartly", "1.2": nil])
        later = later.map { UploadItem(sequence: $0.sequence + 2, key: $0.key, payload: $0.payload) }
        let receipt = try push(.selfAssessments, later, as: "09", after: 2)
        #expect(receipt.items.map(\.outcome) == [.updated, .updated])
        let latest = try #require(try store.ownSelfAssessments(of: try identity("09")).first)
        #expect(latest.answeredOn.description == "2025-04-01")
        #expect(latest.statementAnswers == ["1.1": .agreePartly])
    }

    @Test func answersToUnknownQuestionsAreRejectedAndNotApplied() throws {
        let receipt = try push(.selfAssessments, Self.answers(region: "09", ["9.9": "agreePartly"]), as: "09")
        #expect(receipt.items.map(\.outcome) == [.rejected])
        #expect(try store.ownSelfAssessments(of: try identity("09")).isEmpty)
    }

    // MARK: - Learning examples

    static func submission(
        region: String = "09", id: String = "le-1", revision: Int, results: String = "Väntelistan halverades.",
        sequence: Int64? = nil
    ) -> UploadItem {
        let submission = LearningExampleSubmission(
            regionCode: region, exampleID: id, revision: revision, theme: "realisticPlanning", level: "tactical",
            title: "Veckovis balansering i ortopedin", problem: "Köerna växte trots överkapacitet på papperet.",
            whatWasDone: "Vi balanserade behov och kapacitet varje vecka.", results: results,
            contactRole: "produktionsstrateg")
        return try! UploadItem(
            sequence: sequence ?? Int64(revision), key: submission.naturalKey, typedPayload: submission)
    }

    @Test func aSubmissionEntersTheReviewWorkflowAndARevisionAfterFeedbackIsTheNextRevision() throws {
        let agency = try identity("agency", .agencyCurator)
        #expect(
            try push(.learningExamples, [Self.submission(revision: 1)], as: "09").items.map(\.outcome) == [.imported])
        let example = try #require(try store.example(id: "09-le-1", visibleTo: agency))
        #expect(example.owner == "09")
        #expect(example.status == .submitted)
        #expect(try store.examplesAwaitingReview(by: agency).map(\.id) == ["09-le-1"])

        // A revision while the first is under review is refused with the workflow's reason, and nothing changes.
        let early = try push(.learningExamples, [Self.submission(revision: 2, results: "Tidigt.")], as: "09", after: 1)
        #expect(early.items.first?.outcome == .rejected)
        #expect(early.items.first?.reason == .workflowConflict)
        #expect(try store.example(id: "09-le-1", visibleTo: agency)?.revisions.count == 1)

        try store.handleExample(
            id: "09-le-1", .requestChanges, expectedVersion: example.version, comment: "Lägg till siffror.",
            by: agency, at: now)
        let revised = Self.submission(revision: 2, results: "Väntelistan halverades på sex månader.", sequence: 3)
        #expect(try push(.learningExamples, [revised], as: "09", after: 2).items.map(\.outcome) == [.imported])
        var current = try #require(try store.example(id: "09-le-1", visibleTo: agency))
        #expect(current.status == .submitted)
        #expect(current.revisions.map(\.number) == [1, 2])

        // The curator publishes: the example goes down on `published-examples`.
        let head = try store.syncFeed(.publishedExamples).head
        current = try store.handleExample(
            id: "09-le-1", .publish, expectedVersion: current.version, by: agency, at: now)
        #expect(try store.syncFeed(.publishedExamples).head == head + 1)
        // Revision 3 of a published example reopens it for review; the published revision stays what others read.
        let third = Self.submission(revision: 3, results: "Och höll i sig ett år.", sequence: 4)
        #expect(try push(.learningExamples, [third], as: "09", after: 3).items.map(\.outcome) == [.imported])
        current = try #require(try store.example(id: "09-le-1", visibleTo: agency))
        #expect(current.status == .submitted)
        #expect(current.publishedRevisionNumber == 2)

        // Re-sending what the hub holds changes nothing.
        let again = try push(.learningExamples, [third], as: "09", after: 4)
        #expect(again.items.first?.outcome == .ignored)
        #expect(try store.example(id: "09-le-1", visibleTo: agency)?.version == current.version)
    }

    @Test func aRegionCanOnlyCreateAndReviseItsOwnExamples() throws {
        let agency = try identity("agency", .agencyCurator)
        // 05 owns an example whose id looks like one of 01's.
        _ = try store.createExample(
            id: "01-le-x",
            content: LearningExampleContent(title: "Femmans exempel", theme: .itSupport, level: .strategic),
            by: try identity("05", .regionUser), at: now)
        let intoForeign = try push(
            .learningExamples, [Self.submission(region: "01", id: "le-x", revision: 1)], as: "01")
        #expect(intoForeign.items.first?.outcome == .rejected)
        #expect(intoForeign.items.first?.reason == .notOwner)
        #expect(try store.example(id: "01-le-x", visibleTo: agency) == nil)  // still 05's unsubmitted draft

        // A key owned by another region, and a payload naming another region, never get in.
        let foreignKey = try push(.learningExamples, [Self.submission(region: "09", revision: 1)], as: "01")
        #expect(foreignKey.items.first?.reason == .notOwner)
        let submission = LearningExampleSubmission(
            regionCode: "09", exampleID: "le-2", revision: 1, theme: "itSupport", level: "strategic", title: "T",
            problem: "P", whatWasDone: "W", results: "R", contactRole: "C")
        let disguised = UploadItem(
            sequence: 2,
            key: NaturalKey(owner: "01", kind: "learning-example", parts: ["le-2", "r1"]),
            payload: try CanonicalJSON.jsonValue(submission))
        #expect(try push(.learningExamples, [disguised], as: "01", after: 1).items.first?.reason == .invalidPayload)
        #expect(try store.example(id: "09-le-2", visibleTo: agency) == nil)
        #expect(try store.example(id: "01-le-2", visibleTo: agency) == nil)
    }

    private func responseRows() throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT organisation_code || answered_on || document || submitted_at FROM self_assessment_response
                    ORDER BY id
                    """)
        }
    }
}
