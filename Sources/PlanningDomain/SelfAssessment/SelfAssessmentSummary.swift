/// An area to focus on, with the reason in Swedish.
public struct SelfAssessmentFocus: Hashable, Sendable, Codable {
    /// The area's number.
    public var area: Int
    /// A Swedish sentence saying why and what to do.
    public var sentence: String
}

/// A summary of one organisation's self-assessment: per area, where to focus, and the checklist's gaps.
public struct SelfAssessmentSummary: Hashable, Sendable, Codable {
    /// The organisation.
    public var organisationCode: String
    /// Per area, in area order.
    public var areas: [SelfAssessmentAreaSummary]
    /// The weakest areas first (see ``init(response:questionnaire:checklist:)``), only areas with something left
    /// to develop.
    public var focus: [SelfAssessmentFocus]
    /// Checklist questions answered "Nej", "Minoritet" or "Vet ej", or left unanswered, in number order.
    public var checklistGaps: [ChecklistQuestion]
    /// Checklist score 0…1 per activity title (nil when nothing was answered on the scale), in form order.
    public var checklistScores: [ChecklistActivityScore]
    /// A Swedish note when several checklist questions were answered "Vet ej", which the form reads as a need to
    /// communicate more about PKS in the organisation.
    public var checklistNote: String?

    /// Summarises `response`.
    ///
    /// Focus order: most statements needing development ("Instämmer inte alls", "Vet ej/ej relevant",
    /// unanswered) as a share of the area's statements first, then the lower score, then the area number.
    /// Areas answered only "Instämmer i hög grad" are left out: the guide says to keep them as they are.
    ///
    /// - Throws: ``SelfAssessmentError`` when the response does not fit the questionnaire or checklist.
    public init(
        response: SelfAssessmentResponse, questionnaire: SelfAssessmentQuestionnaire = .socialstyrelsen2024,
        checklist: PKSChecklist = .socialstyrelsen2024
    ) throws(SelfAssessmentError) {
        try response.validate(against: questionnaire, checklist: checklist)
        organisationCode = response.organisationCode
        areas = questionnaire.areas.map { area in
            var counts: [SelfAssessmentAnswer: Int] = [:]
            for statement in area.statements {
                if let answer = response.statementAnswers[statement.id] { counts[answer, default: 0] += 1 }
            }
            return SelfAssessmentAreaSummary(
                area: area.number, question: area.question, statementCount: area.statements.count, counts: counts,
                unansweredCount: area.statements.count - counts.values.reduce(0, +))
        }
        let candidates = areas.filter { $0.count(of: .agreeToAHighDegree) < $0.statementCount }
        focus = candidates.sorted { lhs, rhs in
            let left = Double(lhs.needingDevelopment) / Double(lhs.statementCount)
            let right = Double(rhs.needingDevelopment) / Double(rhs.statementCount)
            if left != right { return left > right }
            if (lhs.score ?? 0) != (rhs.score ?? 0) { return (lhs.score ?? 0) < (rhs.score ?? 0) }
            return lhs.area < rhs.area
        }.map { SelfAssessmentFocus(area: $0.area, sentence: Self.sentence(for: $0)) }
        checklistGaps = checklist.questions.filter { question in
            switch response.checklistAnswers[question.number] {
            case nil, .no, .minority, .unknown: true
            case .yes, .majority: false
            }
        }
        checklistScores = checklist.activities.map { activity in
            let scores = activity.questions.compactMap { response.checklistAnswers[$0.number]?.score }
            return ChecklistActivityScore(
                title: activity.title, score: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
        }
        let unknowns = response.checklistAnswers.values.filter { $0 == .unknown }.count
        checklistNote =
            unknowns >= 2
            ? "\(unknowns) frågor i checklistan besvarades med ”Vet ej”. Flera ”vet ej” tyder på att det finns ett "
                + "behov av att öka kommunikationen om PKS inom organisationen." : nil
    }

    private static func sentence(for area: SelfAssessmentAreaSummary) -> String {
        let total = area.statementCount
        var parts: [String] = []
        if area.count(of: .disagree) > 0 {
            parts.append("\(area.count(of: .disagree)) med ”\(SelfAssessmentAnswer.disagree.swedishLabel)”")
        }
        if area.count(of: .unknown) > 0 {
            parts.append("\(area.count(of: .unknown)) med ”\(SelfAssessmentAnswer.unknown.swedishLabel)”")
        }
        if area.unansweredCount > 0 {
            parts.append("\(area.unansweredCount) \(area.unansweredCount == 1 ? "obesvarat" : "obesvarade")")
        }
        if !parts.isEmpty {
            return "\(area.area). \(area.question) \(area.needingDevelopment) av \(total) påståenden: "
                + parts.joined(separator: ", ") + ". Här är fortsatt utvecklingsarbete särskilt angeläget."
        }
        return "\(area.area). \(area.question) \(area.count(of: .agreePartly)) av \(total) påståenden besvarades med "
            + "”\(SelfAssessmentAnswer.agreePartly.swedishLabel)”. Fördjupad analys kan behövas för att förstå hur "
            + "arbetet bör inriktas, eftersom verksamheterna ofta kommit olika långt."
    }
}

/// How far one checklist activity has come.
public struct ChecklistActivityScore: Hashable, Sendable, Codable {
    /// The activity's title.
    public var title: String
    /// 0…1 (yes 1, majority 2/3, minority 1/3, no 0), over the questions answered on the scale; nil if none.
    public var score: Double?
}
