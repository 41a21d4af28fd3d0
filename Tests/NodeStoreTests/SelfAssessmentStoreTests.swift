import Foundation
import GRDB
import NodeStore
import PlanningDomain
import Testing

@Suite("Self-assessment storage")
struct SelfAssessmentStoreTests {
    private func store() throws -> NodeStore {
        let store = try NodeStore.inMemory()
        _ = try store.storeImport(sampleMasterData(), files: [], importedAt: "t")
        return store
    }

    private let saved = Date(timeIntervalSince1970: 1_760_000_000)

    @Test func aSavedResponseReadsBackWholeAndASecondSaveReplacesIt() throws {
        let store = try store()
        #expect(try store.selfAssessment(unitCode: "ORT") == nil)
        let first = SelfAssessmentResponse(
            organisationCode: "ORT", answeredOn: date("2026-03-02"),
            statementAnswers: ["1.1": .agreePartly, "3.2": .disagree, "8.3": .unknown],
            checklistAnswers: [1: .yes, 5: .minority, 23: .unknown], reflections: [3: "Planerna ses som prognoser."])
        try store.replaceSelfAssessment(first, by: "anna", at: saved)
        let read = try #require(try store.selfAssessment(unitCode: "ORT"))
        #expect(read.response == first)
        #expect(read.updatedBy == "anna")
        #expect(read.updatedAt == saved)

        // Answers left out of the second save are unanswered afterwards.
        let second = SelfAssessmentResponse(
            organisationCode: "ORT", answeredOn: date("2026-04-01"), statementAnswers: ["1.1": .agreeToAHighDegree],
            checklistAnswers: [2: .no])
        try store.replaceSelfAssessment(second, by: "tore", at: saved.addingTimeInterval(60))
        #expect(try store.selfAssessment(unitCode: "ORT")?.response == second)
        #expect(try store.selfAssessments().map(\.response.organisationCode) == ["ORT"])
    }

    @Test func answersSavedByStatementAloneStillRead() throws {
        let store = try store()
        try store.saveSelfAssessmentAnswers(
            unitCode: "ORT-MOT", answers: ["2.1": "agreePartly", "2.2": "inte ett svar"], by: "anna", at: saved)
        let read = try #require(try store.selfAssessment(unitCode: "ORT-MOT"))
        #expect(read.response.statementAnswers == ["2.1": .agreePartly])
        #expect(read.response.answeredOn == date("2025-10-09"))
    }

    @Test func theSchemaRefusesAnUnknownUnit() throws {
        let store = try store()
        let response = SelfAssessmentResponse(
            organisationCode: "FINNS-INTE", answeredOn: date("2026-03-02"), checklistAnswers: [1: .yes])
        #expect(throws: (any Error).self) { try store.replaceSelfAssessment(response, by: "anna", at: saved) }
        #expect(try store.selfAssessments().isEmpty)
    }
}
