/// How far one organisation has come in answering the self-assessment and the checklist.
public struct SelfAssessmentProgress: Hashable, Sendable, Codable {
    /// Where the answering stands.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Nothing answered yet.
        case notStarted
        /// Some statements or checklist questions are left.
        case started
        /// Every statement and every checklist question has an answer ("Vet ej" counts as an answer).
        case complete

        /// Swedish label.
        public var swedishLabel: String {
            switch self {
            case .notStarted: "Ej påbörjad"
            case .started: "Påbörjad"
            case .complete: "Besvarad"
            }
        }
    }

    /// Statements answered, of ``statementCount``.
    public var statementsAnswered: Int
    /// Statements in the questionnaire.
    public var statementCount: Int
    /// Checklist questions answered, of ``checklistCount``.
    public var checklistAnswered: Int
    /// Questions in the checklist.
    public var checklistCount: Int

    /// Counts the answers of `response` that the questionnaire and checklist ask for (others are not counted).
    public init(
        response: SelfAssessmentResponse, questionnaire: SelfAssessmentQuestionnaire = .socialstyrelsen2024,
        checklist: PKSChecklist = .socialstyrelsen2024
    ) {
        statementCount = questionnaire.statements.count
        statementsAnswered = questionnaire.statements.filter { response.statementAnswers[$0.id] != nil }.count
        checklistCount = checklist.questions.count
        checklistAnswered = checklist.questions.filter { response.checklistAnswers[$0.number] != nil }.count
    }

    /// The status.
    public var status: Status {
        if statementsAnswered == 0 && checklistAnswered == 0 { return .notStarted }
        return statementsAnswered == statementCount && checklistAnswered == checklistCount ? .complete : .started
    }

    /// Answered share of all statements and checklist questions together, 0…1.
    public var share: Double {
        let total = statementCount + checklistCount
        return total == 0 ? 0 : Double(statementsAnswered + checklistAnswered) / Double(total)
    }
}
