/// Payload of the `self-assessments` stream: a region's answer to one question of the self-assessment for one of
/// its organisation units. Answers are about units, never about persons.
///
/// A unit's saved self-assessment travels as one item per question: statements by their id (`3.2`), checklist
/// questions as `checklist-<n>`, the per-area reflection as `reflection-<area>` (its text is the answer). A question
/// the unit no longer answers is sent once more without ``answer`` (withdrawn), so the hub's copy of the unit's
/// response always equals the node's.
public struct SelfAssessmentAnswer: Codable, Hashable, Sendable {
    /// The answering region.
    public var regionCode: String
    /// The organisation unit the answer describes (a code of the region's organisation tree).
    public var organisationCode: String
    /// The questionnaire and its version, as the form names it (`socialstyrelsen-2024`).
    public var questionnaire: String
    /// The question: a statement id (`3.2`), `checklist-<n>` or `reflection-<area>`.
    public var questionID: String
    /// The date the unit's answers were given (`2025-03-14`).
    public var answeredOn: String
    /// The answer: a scale step's code (`agreePartly`, `majority`, …) or, for a reflection, the text; absent when
    /// the unit no longer answers the question.
    public var answer: String?
    /// An optional comment.
    public var comment: String?

    /// Creates an answer.
    public init(
        regionCode: String, organisationCode: String, questionnaire: String, questionID: String, answeredOn: String,
        answer: String?, comment: String? = nil
    ) {
        self.regionCode = regionCode
        self.organisationCode = organisationCode
        self.questionnaire = questionnaire
        self.questionID = questionID
        self.answeredOn = answeredOn
        self.answer = answer
        self.comment = comment
    }

    /// `region/self-assessment/unit/questionnaire/question`: one key per unit and question, whatever the date, so
    /// a new save replaces the earlier answer.
    public var naturalKey: NaturalKey {
        NaturalKey(owner: regionCode, kind: "self-assessment", parts: [organisationCode, questionnaire, questionID])
    }
}
