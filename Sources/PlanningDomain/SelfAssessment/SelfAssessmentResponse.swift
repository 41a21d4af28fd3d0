/// One organisation's answers to the self-assessment and the checklist, on one date.
///
/// "Organisation" is the form's word: the whole region, or a delimited part such as a förvaltning or a
/// hospital — here an ``OrganisationUnit`` code.
public struct SelfAssessmentResponse: Hashable, Sendable, Codable {
    /// The organisation unit the answers describe.
    public var organisationCode: String
    /// The date the answers were given.
    public var answeredOn: CivilDate
    /// The questionnaire and checklist version answered (see ``SelfAssessmentQuestionnaire/version``).
    public var version: String
    /// Answers to statements by statement id ("3.2"); a missing id is unanswered.
    public var statementAnswers: [String: SelfAssessmentAnswer]
    /// Answers to checklist questions by number; a missing number is unanswered.
    public var checklistAnswers: [Int: ChecklistAnswer]
    /// "Egen analys/reflektion": free text per area number.
    public var reflections: [Int: String]

    /// Creates a response.
    public init(
        organisationCode: String, answeredOn: CivilDate, version: String = "socialstyrelsen-2024",
        statementAnswers: [String: SelfAssessmentAnswer] = [:], checklistAnswers: [Int: ChecklistAnswer] = [:],
        reflections: [Int: String] = [:]
    ) {
        self.organisationCode = organisationCode
        self.answeredOn = answeredOn
        self.version = version
        self.statementAnswers = statementAnswers
        self.checklistAnswers = checklistAnswers
        self.reflections = reflections
    }

    /// Throws if the response answers something the questionnaire or checklist does not ask.
    public func validate(
        against questionnaire: SelfAssessmentQuestionnaire, checklist: PKSChecklist
    ) throws(SelfAssessmentError) {
        guard version == questionnaire.version, version == checklist.version else {
            throw .versionMismatch(response: version, expected: questionnaire.version)
        }
        let statementIDs = Set(questionnaire.statements.map(\.id))
        if let unknown = statementAnswers.keys.sorted().first(where: { !statementIDs.contains($0) }) {
            throw .unknownStatement(unknown)
        }
        let numbers = Set(checklist.questions.map(\.number))
        if let unknown = checklistAnswers.keys.sorted().first(where: { !numbers.contains($0) }) {
            throw .unknownChecklistQuestion(unknown)
        }
        let areas = Set(questionnaire.areas.map(\.number))
        if let unknown = reflections.keys.sorted().first(where: { !areas.contains($0) }) { throw .unknownArea(unknown) }
    }
}

/// Why a self-assessment response was refused. ``message`` is Swedish.
public enum SelfAssessmentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The response answers a statement id the questionnaire does not have.
    case unknownStatement(String)
    /// The response answers a checklist number the checklist does not have.
    case unknownChecklistQuestion(Int)
    /// A reflection names an area that does not exist.
    case unknownArea(Int)
    /// The response was given to another version of the questionnaire.
    case versionMismatch(response: String, expected: String)

    /// A stable code for logs and APIs, e.g. "self_assessment.unknown_statement".
    public var code: String {
        switch self {
        case .unknownStatement: "self_assessment.unknown_statement"
        case .unknownChecklistQuestion: "self_assessment.unknown_checklist_question"
        case .unknownArea: "self_assessment.unknown_area"
        case .versionMismatch: "self_assessment.version_mismatch"
        }
    }

    /// A Swedish sentence naming the value and the fix.
    public var message: String {
        switch self {
        case let .unknownStatement(id):
            "Påstående \(id) finns inte i självskattningen; påståendena numreras 1.1–8.3 efter område."
        case let .unknownChecklistQuestion(number):
            "Fråga \(number) finns inte i checklistan; frågorna är numrerade 1–23."
        case let .unknownArea(number): "Område \(number) finns inte; självskattningen har områdena 1–8."
        case let .versionMismatch(response, expected):
            "Svaren gäller version \(response) men frågorna är version \(expected). Besvara den aktuella versionen."
        }
    }

    /// The Swedish ``message``.
    public var description: String { message }
}
