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
        var store = ScriptedDomainStore()
        let ingest = HubIngest(acceptedCatalogueVersions: [1])
        let first = try! UploadItem(sequence: 1, key: Self.submission().naturalKey, typedPayload: Self.submission())
        let second = try! UploadItem(
            sequence: 2, key: Self.submission(revision: 2).naturalKey, typedPayload: Self.submission(revision: 2))
        store.refusal = { [refused = second.key] item in
            item.key == refused ? ItemRejection(.workflowConflict, "Granskas redan.") : nil
        }
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
