/// The summary of one area of a self-assessment response.
public struct SelfAssessmentAreaSummary: Hashable, Sendable, Codable {
    /// The area's number.
    public var area: Int
    /// The area's main question.
    public var question: String
    /// Statements in the area.
    public var statementCount: Int
    /// Answers per answer (answers given only).
    public var counts: [SelfAssessmentAnswer: Int]
    /// Statements without an answer.
    public var unansweredCount: Int

    /// Statements answered (any answer, "Vet ej/ej relevant" included).
    public var answeredCount: Int { statementCount - unansweredCount }

    /// How many statements got `answer`.
    public func count(of answer: SelfAssessmentAnswer) -> Int { counts[answer] ?? 0 }

    /// The score 0…1: points (hög grad 2, delvis 1, inte alls 0) over the maximum for the statements answered
    /// on the scale; "Vet ej/ej relevant" and unanswered statements are left out. Nil when none is left.
    public var score: Double? {
        let scored = SelfAssessmentAnswer.allCases.filter { $0.score != nil }
        let answered = scored.reduce(0) { $0 + count(of: $1) }
        guard answered > 0 else { return nil }
        return Double(scored.reduce(0) { $0 + $1.score! * count(of: $1) }) / Double(2 * answered)
    }

    /// The share of answered statements answered "Instämmer i hög grad"; nil when none is answered.
    public var shareHighDegree: Double? {
        answeredCount > 0 ? Double(count(of: .agreeToAHighDegree)) / Double(answeredCount) : nil
    }

    /// The share of answered statements answered "Vet ej/ej relevant"; nil when none is answered.
    public var shareUnknown: Double? {
        answeredCount > 0 ? Double(count(of: .unknown)) / Double(answeredCount) : nil
    }

    /// Statements the guide calls especially relevant for development: "Instämmer inte alls", "Vet ej/ej
    /// relevant", and statements left unanswered.
    public var needingDevelopment: Int { count(of: .disagree) + count(of: .unknown) + unansweredCount }
}
