public import Foundation
import GRDB
public import PlanningDomain

extension HubStore {
    /// Stores a region's self-assessment response (validated against the questionnaire and checklist). A response
    /// for the same organisation, date and version replaces the earlier one.
    @discardableResult
    public func submitSelfAssessment(
        _ response: SelfAssessmentResponse, by identity: HubIdentity, at now: Date,
        questionnaire: SelfAssessmentQuestionnaire = .socialstyrelsen2024,
        checklist: PKSChecklist = .socialstyrelsen2024
    ) throws -> SelfAssessmentSummary {
        guard identity.tenant.kind == .region else {
            throw HubStoreError.forbidden("self_assessment", "Självskattningen besvaras av regionerna.")
        }
        let summary = try SelfAssessmentSummary(response: response, questionnaire: questionnaire, checklist: checklist)
        if PersonIdentifierScan.containsIdentifier([response.organisationCode] + Array(response.reflections.values)) {
            throw HubStoreError.invalid(
                "self_assessment", "Svaren innehåller något som liknar ett personnummer; ta bort det och skicka igen.")
        }
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO self_assessment_response (tenant_id, organisation_code, answered_on,
                        questionnaire_version, document, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, organisation_code, answered_on, questionnaire_version) DO UPDATE SET
                        document = excluded.document, submitted_at = excluded.submitted_at
                    """,
                arguments: [
                    identity.tenant.id, response.organisationCode, response.answeredOn.description, response.version,
                    try HubDocument.encode(response), now,
                ])
            try Self.audit(
                db, tenantID: identity.tenant.id, actor: identity.actor, action: "self_assessment.submit",
                target: "self-assessment:\(response.organisationCode)/\(response.answeredOn)", at: now)
        }
        return summary
    }

    /// The caller's own responses, newest first. Never another tenant's.
    public func ownSelfAssessments(of identity: HubIdentity) throws -> [SelfAssessmentResponse] {
        try writer.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT document FROM self_assessment_response WHERE tenant_id = ?
                    ORDER BY answered_on DESC, id DESC
                    """, arguments: [identity.tenant.id]
            ).map { try HubDocument.decode(SelfAssessmentResponse.self, from: $0) }
        }
    }

    /// The national distribution per area from every region's latest response to `questionnaire`, with the
    /// caller's own latest response against it. Areas answered by fewer than
    /// ``NationalSelfAssessment/minimumRegions`` regions are suppressed.
    public func nationalSelfAssessment(
        for identity: HubIdentity, questionnaire: SelfAssessmentQuestionnaire = .socialstyrelsen2024,
        checklist: PKSChecklist = .socialstyrelsen2024
    ) throws -> NationalSelfAssessment {
        let latest = try writer.read { db -> [Int64: SelfAssessmentResponse] in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT tenant_id, document FROM self_assessment_response WHERE questionnaire_version = ?
                    ORDER BY answered_on, id
                    """, arguments: [questionnaire.version])
            var latest: [Int64: SelfAssessmentResponse] = [:]
            for row in rows {
                latest[row["tenant_id"]] = try HubDocument.decode(SelfAssessmentResponse.self, from: row["document"])
            }
            return latest
        }
        let summaries = latest.compactMapValues {
            try? SelfAssessmentSummary(response: $0, questionnaire: questionnaire, checklist: checklist)
        }
        let own = summaries[identity.tenant.id]
        let areas = questionnaire.areas.map { area -> NationalSelfAssessment.Area in
            let perRegion = summaries.values.compactMap { summary in summary.areas.first { $0.area == area.number } }
            let scores = perRegion.compactMap(\.score).sorted()
            let suppressed = scores.count < NationalSelfAssessment.minimumRegions
            var shares: [String: Double] = [:]
            if !suppressed {
                let answered = perRegion.filter { $0.score != nil }
                let total = answered.reduce(0) { $0 + $1.answeredCount }
                for answer in SelfAssessmentAnswer.allCases where total > 0 {
                    shares[answer.rawValue] =
                        Double(answered.reduce(0) { $0 + $1.count(of: answer) }) / Double(total)
                }
            }
            let ownArea = own?.areas.first { $0.area == area.number }
            return NationalSelfAssessment.Area(
                number: area.number, question: area.question, respondingRegions: scores.count,
                suppressed: suppressed,
                median: suppressed ? nil : Quantiles.type7(scores, probability: 0.5),
                lowerQuartile: suppressed ? nil : Quantiles.type7(scores, probability: 0.25),
                upperQuartile: suppressed ? nil : Quantiles.type7(scores, probability: 0.75), answerShares: shares,
                ownScore: ownArea?.score,
                ownCounts: ownArea.map { area in
                    Dictionary(
                        uniqueKeysWithValues: SelfAssessmentAnswer.allCases.map { ($0.rawValue, area.count(of: $0)) })
                })
        }
        return NationalSelfAssessment(
            questionnaireVersion: questionnaire.version, respondingRegions: summaries.count,
            ownAnsweredOn: latest[identity.tenant.id]?.answeredOn.description, areas: areas)
    }
}
