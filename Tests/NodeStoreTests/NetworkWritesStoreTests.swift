import Foundation
import GRDB
import NodeStore
import PlanningDomain
import SyncEngine
import Testing
import WireProtocol

/// Self-assessments and learning examples reach the outbox in the transaction that saves them, once the node knows
/// its region; what was saved before is written when the region becomes known.
@Suite("Region-owned writes to the outbox")
struct NetworkWritesStoreTests {
    private func store() throws -> NodeStore {
        let store = try NodeStore.inMemory()
        _ = try store.storeImport(sampleMasterData(), files: [], importedAt: "t")
        return store
    }

    private let saved = Date(timeIntervalSince1970: 1_760_000_000)

    private func answers(_ store: NodeStore) throws -> [String: WireProtocol.SelfAssessmentAnswer] {
        let items = try store.outboxItems(.selfAssessments, after: 0, limit: 1_000)
        return Dictionary(
            uniqueKeysWithValues: try items.map {
                let answer = try $0.decodePayload(as: WireProtocol.SelfAssessmentAnswer.self)
                return (answer.questionID, answer)
            })
    }

    static let content = LearningExampleContent(
        title: "Veckovis balansering", theme: .realisticPlanning, level: .tactical,
        problem: "Köerna växte.", whatWasDone: "Vi balanserade varje vecka.", results: "Kön halverades.",
        contactRole: "produktionsstrateg")

    @Test func aSavedSelfAssessmentIsInTheOutboxPerQuestionAndAWithdrawnAnswerIsSentOnce() throws {
        let store = try store()
        try store.bindRegion("09", at: saved)
        let first = SelfAssessmentResponse(
            organisationCode: "ORT", answeredOn: date("2026-03-02"),
            statementAnswers: ["1.1": .agreePartly, "3.2": .disagree], checklistAnswers: [5: .minority],
            reflections: [3: "Planerna ses som prognoser."])
        try store.replaceSelfAssessment(first, by: "anna", at: saved)
        let sent = try answers(store)
        #expect(Set(sent.keys) == ["1.1", "3.2", "checklist-5", "reflection-3"])
        #expect(sent["3.2"]?.answer == "disagree")
        #expect(sent["3.2"]?.organisationCode == "ORT")
        #expect(sent["3.2"]?.regionCode == "09")
        #expect(sent["reflection-3"]?.answer == "Planerna ses som prognoser.")

        // Pretend the hub acknowledged everything, then save again without 3.2: one withdrawal plus what changed.
        let summaryBefore = try store.outboxSummary(.selfAssessments)
        #expect(summaryBefore.pendingCount == 4)
        try store.writer.write { db in try db.execute(sql: "DELETE FROM sync_outbox") }
        var second = first
        second.statementAnswers["3.2"] = nil
        try store.replaceSelfAssessment(second, by: "anna", at: saved.addingTimeInterval(60))
        let next = try answers(store)
        #expect(Set(next.keys) == ["3.2"])
        #expect(next["3.2"]?.answer == nil)
        // Saving the same answers again writes nothing.
        try store.writer.write { db in try db.execute(sql: "DELETE FROM sync_outbox") }
        try store.replaceSelfAssessment(second, by: "anna", at: saved.addingTimeInterval(120))
        #expect(try store.outboxSummary(.selfAssessments).pendingCount == 0)
    }

    @Test func aPersonnummerInAReflectionRefusesTheWholeSave() throws {
        let store = try store()
        try store.bindRegion("09", at: saved)
        let response = SelfAssessmentResponse(
            organisationCode: "ORT", answeredOn: date("2026-03-02"), statementAnswers: ["1.1": .agreePartly],
            reflections: [1: "Ring 19121212-1212 för detaljer."])
        #expect(throws: NetworkWriteError.self) { try store.replaceSelfAssessment(response, by: "anna", at: saved) }
        #expect(try store.selfAssessment(unitCode: "ORT") == nil)
        #expect(try store.outboxSummary(.selfAssessments).pendingCount == 0)
    }

    @Test func whatWasSavedBeforeTheRegionWasKnownIsWrittenWhenItIsBoundAndOnlyOnce() throws {
        let store = try store()
        try store.replaceSelfAssessment(
            SelfAssessmentResponse(
                organisationCode: "ORT", answeredOn: date("2026-03-02"), statementAnswers: ["1.1": .agreePartly]),
            by: "anna", at: saved)
        let example = try store.createLearningExample(content: Self.content, by: "anna", at: saved)
        _ = try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        #expect(try store.outboxSummary(.selfAssessments).pendingCount == 0)
        #expect(try store.learningSubmissionState(id: example.id, revision: 1) == .awaitingRegion)

        #expect(try store.bindRegion("09", at: saved) == 2)
        #expect(try store.outboxSummary(.selfAssessments).pendingCount == 1)
        #expect(try store.outboxSummary(.learningExamples).pendingCount == 1)
        #expect(try store.learningSubmissionState(id: example.id, revision: 1) == .pending)
        #expect(try store.bindRegion("09", at: saved) == 0)
        #expect(throws: NetworkWriteError.self) { try store.bindRegion("05", at: saved) }
    }

    @Test func eachSendIsTheNextRevisionFrozenAndInTheOutbox() throws {
        let store = try store()
        try store.bindRegion("09", at: saved)
        var example = try store.createLearningExample(content: Self.content, by: "anna", at: saved)
        #expect(example.submissions.isEmpty)
        #expect(try store.outboxSummary(.learningExamples).pendingCount == 0)

        example = try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        #expect(example.submissions.map(\.revision) == [1])
        // Unchanged since the last send: refused.
        #expect(throws: NetworkWriteError.self) {
            try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        }

        var revised = Self.content
        revised.results = "Kön halverades och höll sig nere."
        _ = try store.updateLearningExample(id: example.id, content: revised, by: "anna", at: saved)
        example = try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        #expect(example.submissions.map(\.revision) == [1, 2])
        #expect(example.submissions.first?.content == Self.content)

        let items = try store.outboxItems(.learningExamples, after: 0, limit: 10)
        let payloads = try items.map { try $0.decodePayload(as: LearningExampleSubmission.self) }
        #expect(payloads.map(\.revision) == [1, 2])
        #expect(payloads.last?.results == "Kön halverades och höll sig nere.")
        #expect(payloads.allSatisfy { $0.regionCode == "09" && $0.exampleID == example.id })
        #expect(throws: (any Error).self) {
            try store.writer.write { db in try db.execute(sql: "UPDATE learning_submission SET content = '{}'") }
        }
    }

    @Test func theHubsAnswerDecidesWhatTheRevisionShows() throws {
        let store = try store()
        try store.bindRegion("09", at: saved)
        var example = try store.createLearningExample(content: Self.content, by: "anna", at: saved)
        example = try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        var revised = Self.content
        revised.results = "Kön halverades igen."
        _ = try store.updateLearningExample(id: example.id, content: revised, by: "anna", at: saved)
        example = try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        let items = try store.outboxItems(.learningExamples, after: 0, limit: 10)
        let batch = UploadBatch(batchID: "learning-examples-1", stream: .learningExamples, after: 0, items: items)
        let receipt = BatchReceipt(
            batchID: batch.batchID, stream: .learningExamples, committed: true, acknowledgedThrough: 2,
            items: [
                ItemReceipt(sequence: items[0].sequence, key: items[0].key, outcome: .imported),
                ItemReceipt(
                    sequence: items[1].sequence, key: items[1].key, outcome: .rejected, reason: .workflowConflict,
                    message: "Revision 1 granskas fortfarande."),
            ])
        _ = try store.commitReceipt(batch, receipt, newCursor: 2, at: saved)
        #expect(try store.learningSubmissionState(id: example.id, revision: 1) == .delivered)
        #expect(
            try store.learningSubmissionState(id: example.id, revision: 2)
                == .rejected(reason: "workflow-conflict", message: "Revision 1 granskas fortfarande."))
    }

    @Test func anIncompleteDraftCannotBeSentAndAPersonnummerCannotBeSaved() throws {
        let store = try store()
        var draft = Self.content
        draft.results = ""
        let example = try store.createLearningExample(content: draft, by: "anna", at: saved)
        #expect(throws: LearningExampleError.self) {
            try store.submitLearningExample(id: example.id, by: "anna", at: saved)
        }
        draft.results = "Se patient 19121212-1212."
        #expect(throws: NetworkWriteError.self) {
            try store.updateLearningExample(id: example.id, content: draft, by: "anna", at: saved)
        }
        #expect(try store.learningExample(id: example.id)?.submissions.isEmpty == true)
    }
}
