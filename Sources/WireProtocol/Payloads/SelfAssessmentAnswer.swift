/// Payload of the `self-assessments` stream: a region's answer to one question of a questionnaire.
public struct SelfAssessmentAnswer: Codable, Hashable, Sendable {
    /// The answering region.
    public var regionCode: String
    /// The questionnaire (`pks-mognad`).
    public var questionnaireID: String
    /// The questionnaire's version.
    public var questionnaireVersion: Int
    /// The question within the questionnaire.
    public var questionID: String
    /// The period the answer is about (`2025` or `2025-T1`).
    public var period: String
    /// The answer (a scale step or free text, as the questionnaire defines).
    public var answer: String
    /// An optional comment.
    public var comment: String?

    /// Creates an answer.
    public init(
        regionCode: String, questionnaireID: String, questionnaireVersion: Int, questionID: String, period: String,
        answer: String, comment: String? = nil
    ) {
        self.regionCode = regionCode
        self.questionnaireID = questionnaireID
        self.questionnaireVersion = questionnaireVersion
        self.questionID = questionID
        self.period = period
        self.answer = answer
        self.comment = comment
    }

    /// `region/self-assessment/questionnaire/v<version>/question/period`.
    public var naturalKey: NaturalKey {
        NaturalKey(
            owner: regionCode, kind: "self-assessment",
            parts: [questionnaireID, "v\(questionnaireVersion)", questionID, period])
    }
}
