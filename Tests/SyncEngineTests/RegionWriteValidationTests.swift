import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// The hub's checks of self-assessment answers and learning-example submissions, and the ingest's domain hook.
@Suite struct RegionWriteValidationTests {
    let validator = HubItemValidator.standard(catalogue: [])

    func answer(_ question: String, _ value: String?, region: String = "01") -> UploadItem {
        let answer = WireProtocol.SelfAssessmentAnswer(
            regionCode: region, organisationCode: "ORT", questionnaire: "socialstyrelsen-2024", questionID: question,
            answeredOn: "2025-03-14", answer: value)
        return try! UploadItem(sequence: 1, key: answer.naturalKey, typedPayload: answer)
    }

    static func submission(revision: Int = 1, results: String = "Väntelistan halverades.") -> LearningExampleSubmission
    {
        LearningExampleSubmission(
            regionCode: "01", exampleID: "le-1", revision: revision, theme: "realisticPlanning", level: "tactical",
            title: "Veckoplan i ortopedin", problem: "Köerna växte.", whatWasDone: "Vi balanserade varje vecka.",
            results: results, contactRole: "produktionsstrateg")
    }

    @Test func answersOnTheQuestionnairesScalesPassAndWithdrawalsToo() {
        for (question, value) in [
            ("3.2", "agreePartly"), ("checklist-5", "majority"), ("reflection-2", "Vi saknar en gemensam bild."),
            ("1.1", nil),
        ] {
            #expect(validator(.selfAssessments, answer(question, value), "01") == nil, "\(question)")
        }
    }

    @Test func unknownQuestionsWrongScalesAndForeignRegionsAreRejected() {
        let cases: [(UploadItem, String, ItemReason)] = [
            (answer("9.9", "agreePartly"), "01", .invalidPayload),
            (answer("3.2", "majority"), "01", .invalidPayload),
            (answer("checklist-5", "agreePartly"), "01", .invalidPayload),
            (answer("checklist-99", "yes"), "01", .invalidPayload),
            (answer("fråga", "yes"), "01", .invalidPayload),
            (answer("3.2", "agreePartly", region: "05"), "01", .invalidPayload),
            (answer("reflection-1", "Kontakta 19121212-1212 om detta"), "01", .personalIdentifier),
        ]
        for (item, region, reason) in cases {
            #expect(validator(.selfAssessments, item, region)?.reason == reason, "\(item.key)")
        }
    }

    @Test func aSubmissionNeedsEveryTextAndKnownCodes() throws {
        let valid = Self.submission()
        #expect(
            validator(.learningExamples, try UploadItem(sequence: 1, key: valid.naturalKey, typedPayload: valid), "01")
                == nil)
        var incomplete = valid
        incomplete.results = " "
        var badTheme = valid
        badTheme.theme = "okänt"
        for payload in [incomplete, badTheme] {
            let item = try UploadItem(sequence: 1, key: payload.naturalKey, typedPayload: payload)
            #expect(validator(.learningExamples, item, "01")?.reason == .invalidPayload)
        }
        // A payload under another key (here revision 2's) is refused, so a key always names what it holds.
        let moved = try UploadItem(sequence: 1, key: Self.submission(revision: 2).naturalKey, typedPayload: valid)
        #expect(validator(.learningExamples, moved, "01")?.reason == .invalidPayload)
    }

    @Test func aDomainRefusalIsTheItemsRejectionAndNothingIsStored() {
        var store = RefusingStore()
        let ingest = HubIngest(acceptedCatalogueVersions: [1])
        let first = try! UploadItem(sequence: 1, key: Self.submission().naturalKey, typedPayload: Self.submission())
        let second = try! UploadItem(
            sequence: 2, key: Self.submission(revision: 2).naturalKey, typedPayload: Self.submission(revision: 2))
        store.refuse = [second.key]
        let batch = UploadBatch(batchID: "b", stream: .learningExamples, after: 0, items: [first, second])
        guard
            case .receipt(let receipt, _) = ingest.ingest(
                batch, bodySHA256: "x", region: "01", pathStream: .learningExamples, into: &store)
        else {
            Issue.record("expected a receipt")
            return
        }
        #expect(receipt.items.map(\.outcome) == [.imported, .rejected])
        #expect(receipt.items[1].reason == .workflowConflict)
        #expect(store.base.record(region: "01", stream: .learningExamples, key: second.key) == nil)
        #expect(store.applied == [first.key])

        // The same item again (a re-sent copy under a new batch id) is unchanged: the domain sees it only once.
        let again = UploadBatch(batchID: "c", stream: .learningExamples, after: 2, items: [first])
        _ = ingest.ingest(again, bodySHA256: "y", region: "01", pathStream: .learningExamples, into: &store)
        #expect(store.applied == [first.key])
    }
}

/// An in-memory hub whose domain refuses the keys in ``refuse`` and records what it applied.
private struct RefusingStore: HubIngestStore {
    var base = InMemoryHubStore()
    var refuse: Set<NaturalKey> = []
    var applied: [NaturalKey] = []

    func storedReceipt(region: String, batchID: String) -> StoredReceipt? {
        base.storedReceipt(region: region, batchID: batchID)
    }
    func record(region: String, stream: SyncStream, key: NaturalKey) -> HubRecord? {
        base.record(region: region, stream: stream, key: key)
    }
    func acknowledgedThrough(region: String, stream: SyncStream) -> Int64 {
        base.acknowledgedThrough(region: region, stream: stream)
    }
    mutating func save(_ record: HubRecord, region: String, stream: SyncStream) {
        base.save(record, region: region, stream: stream)
    }
    mutating func save(_ receipt: StoredReceipt, region: String) { base.save(receipt, region: region) }
    mutating func setAcknowledgedThrough(_ sequence: Int64, region: String, stream: SyncStream) {
        base.setAcknowledgedThrough(sequence, region: region, stream: stream)
    }
    mutating func carryOut(
        _ item: UploadItem, stream: SyncStream, region: String, replacing existing: HubRecord?
    ) -> ItemRejection? {
        if refuse.contains(item.key) { return ItemRejection(.workflowConflict, "Granskas redan.") }
        applied.append(item.key)
        return nil
    }
}
