import Foundation
import GRDB
import PlanningDomain
import SyncEngine
import WireProtocol

extension HubStore {
    /// Applies the `self-assessments` items a receipt imported or updated to the hub's self-assessment responses:
    /// per unit and questionnaire of the batch, the unit's response is rebuilt from every answer the hub holds for
    /// it (answers without a value are withdrawn), dated by the newest answer, and stored as
    /// ``submitSelfAssessment(_:by:at:questionnaire:checklist:)`` stores a region's own submission — so the national
    /// summary includes it. Runs in the batch's transaction; a re-sent batch imports nothing and changes nothing.
    static func applySelfAssessments(_ receipt: BatchReceipt, db: Database, at now: Date) throws {
        let changed = receipt.items.filter { $0.outcome == .imported || $0.outcome == .updated }
        // Only the authenticated region's keys are ever imported, so the owner is the pushing region.
        guard let region = changed.first?.key.owner, let tenant = try tenant(code: region, in: db) else { return }
        let units = Set(
            changed.compactMap { item -> [String]? in
                let segments = item.key.segments
                return segments.count == 5 ? [segments[2], segments[3]] : nil
            })
        guard !units.isEmpty else { return }
        var answers: [[String]: [WireProtocol.SelfAssessmentAnswer]] = [:]
        for payload in try String.fetchAll(
            db, sql: "SELECT payload FROM sync_record WHERE tenant_id = ? AND stream = ? ORDER BY item_key",
            arguments: [tenant.id, SyncStream.selfAssessments.rawValue])
        {
            guard
                let answer = try? CanonicalJSON.decode(
                    WireProtocol.SelfAssessmentAnswer.self, from: Array(payload.utf8)),
                units.contains([answer.organisationCode, answer.questionnaire])
            else { continue }
            answers[[answer.organisationCode, answer.questionnaire], default: []].append(answer)
        }
        for (unit, unitAnswers) in answers.sorted(by: { $0.key.joined() < $1.key.joined() }) {
            guard let response = selfAssessmentResponse(unit: unit[0], questionnaire: unit[1], answers: unitAnswers)
            else { continue }
            try db.execute(
                sql: """
                    INSERT INTO self_assessment_response (tenant_id, organisation_code, answered_on,
                        questionnaire_version, document, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, organisation_code, answered_on, questionnaire_version) DO UPDATE SET
                        document = excluded.document, submitted_at = excluded.submitted_at
                    """,
                arguments: [
                    tenant.id, response.organisationCode, response.answeredOn.description, response.version,
                    try HubDocument.encode(response), now,
                ])
            try audit(
                db, tenantID: tenant.id, actor: "synk", action: "self_assessment.sync",
                target: "self-assessment:\(response.organisationCode)/\(response.answeredOn)", at: now)
        }
    }

    /// A unit's response from its answers on the wire (the validator has checked every one), or nil when they do
    /// not make a valid response.
    static func selfAssessmentResponse(
        unit: String, questionnaire: String, answers: [WireProtocol.SelfAssessmentAnswer]
    ) -> SelfAssessmentResponse? {
        guard let day = answers.compactMap({ CivilDate.parse($0.answeredOn) }).max() else { return nil }
        var response = SelfAssessmentResponse(organisationCode: unit, answeredOn: day, version: questionnaire)
        for answer in answers {
            guard let value = answer.answer, let question = SelfAssessmentQuestion(answer.questionID) else { continue }
            switch question {
            case .statement(let id):
                response.statementAnswers[id] = PlanningDomain.SelfAssessmentAnswer(rawValue: value)
            case .checklist(let number): response.checklistAnswers[number] = ChecklistAnswer(rawValue: value)
            case .reflection(let area): response.reflections[area] = value
            }
        }
        guard let forms = RegionWriteValidation.questionnaires[questionnaire],
            (try? response.validate(against: forms.0, checklist: forms.1)) != nil
        else { return nil }
        return response
    }
}
