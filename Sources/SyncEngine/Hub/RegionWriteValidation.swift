public import PlanningDomain
public import WireProtocol

/// The hub's checks of the region-owned writes that feed its domain: self-assessment answers (against the
/// questionnaire and checklist they name) and learning-example submissions (against the review workflow's content
/// rules). A refusal names the field and the rule; the message is Swedish where it comes from the domain.
public enum RegionWriteValidation {
    /// The questionnaires the hub accepts answers to (their checklist has the same version).
    public static let questionnaires: [String: (SelfAssessmentQuestionnaire, PKSChecklist)] = [
        SelfAssessmentQuestionnaire.socialstyrelsen2024.version: (.socialstyrelsen2024, .socialstyrelsen2024)
    ]

    /// The longest reflection text, as the node stores it.
    public static let maximumReflectionLength = 10_000

    /// Nil when `item` is a valid ``WireProtocol/SelfAssessmentAnswer`` under its own key.
    public static func selfAssessment(_ item: UploadItem) -> ItemRejection? {
        guard let answer = try? item.decodePayload(as: WireProtocol.SelfAssessmentAnswer.self),
            answer.naturalKey == item.key
        else {
            return ItemRejection(.invalidPayload, "Item \(item.key) is not a self-assessment answer under its key.")
        }
        guard (1...80).contains(answer.organisationCode.count) else {
            return ItemRejection(.invalidPayload, "Item \(item.key): organisationCode must have 1–80 characters.")
        }
        guard CivilDate.parse(answer.answeredOn)?.description == answer.answeredOn else {
            return ItemRejection(.invalidPayload, "Item \(item.key): answeredOn \(answer.answeredOn) is not a date.")
        }
        guard let forms = questionnaires[answer.questionnaire] else {
            return ItemRejection(
                .invalidPayload,
                "Item \(item.key): questionnaire \(answer.questionnaire) is not one the hub compares "
                    + "(\(questionnaires.keys.sorted().joined(separator: ", "))).")
        }
        let (questionnaire, checklist) = forms
        guard let question = SelfAssessmentQuestion(answer.questionID) else {
            return ItemRejection(
                .invalidPayload,
                "Item \(item.key): question \(answer.questionID) is neither a statement id, checklist-<n> nor "
                    + "reflection-<area>.")
        }
        let known: Bool
        var answerValid = true
        switch question {
        case .statement(let id):
            known = questionnaire.statement(id) != nil
            answerValid = answer.answer.map { PlanningDomain.SelfAssessmentAnswer(rawValue: $0) != nil } ?? true
        case .checklist(let number):
            known = checklist.questions.contains { $0.number == number }
            answerValid = answer.answer.map { ChecklistAnswer(rawValue: $0) != nil } ?? true
        case .reflection(let area):
            known = questionnaire.areas.contains { $0.number == area }
            answerValid = answer.answer.map { (1...maximumReflectionLength).contains($0.count) } ?? true
        }
        guard known else {
            return ItemRejection(
                .invalidPayload, "Item \(item.key): \(answer.questionnaire) has no question \(answer.questionID).")
        }
        guard answerValid else {
            return ItemRejection(
                .invalidPayload,
                "Item \(item.key): \"\(answer.answer ?? "")\" is not an answer to \(answer.questionID) on its scale.")
        }
        return nil
    }

    /// Nil when `item` is a complete ``WireProtocol/LearningExampleSubmission`` under its own key.
    public static func learningExample(_ item: UploadItem) -> ItemRejection? {
        guard let submission = try? item.decodePayload(as: LearningExampleSubmission.self),
            submission.naturalKey == item.key
        else {
            return ItemRejection(
                .invalidPayload, "Item \(item.key) is not a learning-example submission under its key.")
        }
        guard (1...60).contains(submission.exampleID.count), submission.revision >= 1 else {
            return ItemRejection(
                .invalidPayload, "Item \(item.key): exampleID must have 1–60 characters and revision be at least 1.")
        }
        switch content(of: submission) {
        case .success: return nil
        case .failure(let rejection): return rejection
        }
    }

    /// The review workflow's content of `submission`, or why it cannot be submitted.
    public static func content(of submission: LearningExampleSubmission) -> Result<
        LearningExampleContent, ItemRejection
    > {
        guard let theme = LearningTheme(rawValue: submission.theme) else {
            return .failure(ItemRejection(.invalidPayload, "Theme \(submission.theme) is not a learning theme."))
        }
        guard let level = PlanningLevel(rawValue: submission.level) else {
            return .failure(ItemRejection(.invalidPayload, "Level \(submission.level) is not a planning level."))
        }
        let content = LearningExampleContent(
            title: submission.title, theme: theme, level: level, problem: submission.problem,
            whatWasDone: submission.whatWasDone, results: submission.results, contactRole: submission.contactRole)
        do {
            try content.checkComplete()
        } catch {
            return .failure(ItemRejection(.invalidPayload, error.description))
        }
        return .success(content)
    }
}

/// A self-assessment question id as the `self-assessments` stream names it.
public enum SelfAssessmentQuestion: Hashable, Sendable {
    /// A statement, by id (`3.2`).
    case statement(String)
    /// A checklist question, by number (`checklist-5`).
    case checklist(Int)
    /// An area's reflection, by area number (`reflection-3`).
    case reflection(Int)

    /// Parses `checklist-<n>`, `reflection-<area>` or a statement id `<area>.<n>`; nil for anything else.
    public init?(_ id: String) {
        if id.hasPrefix("checklist-"), let number = Int(id.dropFirst("checklist-".count)) {
            self = .checklist(number)
        } else if id.hasPrefix("reflection-"), let area = Int(id.dropFirst("reflection-".count)) {
            self = .reflection(area)
        } else if id.split(separator: ".").count == 2, id.split(separator: ".").allSatisfy({ Int($0) != nil }) {
            self = .statement(id)
        } else {
            return nil
        }
    }
}
