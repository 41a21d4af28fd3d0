import Foundation
import NodeStore
import PlanningDomain

/// JSON shapes of the self-assessment endpoints (v1). Answers use the scales' English raw values
/// (agreeToAHighDegree, agreePartly, disagree, unknown; yes, majority, minority, no, unknown).
enum SelfAssessmentAPI {
    /// `GET /self-assessments`.
    struct List: Codable, Sendable {
        var version: String
        var statementCount: Int
        var checklistCount: Int
        var units: [UnitRow]
    }

    /// One unit in the list.
    struct UnitRow: Codable, Sendable {
        var unit: String
        var name: String
        var level: String
        var status: String
        var statementsAnswered: Int
        var checklistAnswered: Int
        /// Area numbers, weakest first (the summary's focus order).
        var focusAreas: [Int]
        var answeredOn: String?
        var updatedAt: Date?
        var updatedBy: String?
        var mayAnswer: Bool

        init(_ assessment: UnitSelfAssessment) {
            unit = assessment.unit.code
            name = assessment.unit.name
            level = "\(assessment.unit.level)"
            status = assessment.progress.status.rawValue
            statementsAnswered = assessment.progress.statementsAnswered
            checklistAnswered = assessment.progress.checklistAnswered
            focusAreas = assessment.summary.focus.map(\.area)
            answeredOn = assessment.stored.map { _ in assessment.response.answeredOn.description }
            updatedAt = assessment.stored?.updatedAt
            updatedBy = assessment.stored?.updatedBy
            mayAnswer = assessment.mayAnswer
        }
    }

    /// `GET/PUT /self-assessments/{unit}`.
    struct Detail: Codable, Sendable {
        var unit: String
        var name: String
        var version: String
        var status: String
        var answeredOn: String?
        var updatedAt: Date?
        var updatedBy: String?
        var mayAnswer: Bool
        var statements: [String: String]
        var checklist: [String: String]
        var reflections: [String: String]
        var areas: [Area]
        var focus: [Focus]
        var checklistGaps: [Int]
        var checklistScores: [ActivityScore]
        var checklistNote: String?

        init(_ assessment: UnitSelfAssessment) {
            let row = UnitRow(assessment)
            unit = row.unit
            name = row.name
            version = assessment.response.version
            status = row.status
            answeredOn = row.answeredOn
            updatedAt = row.updatedAt
            updatedBy = row.updatedBy
            mayAnswer = row.mayAnswer
            let input = SelfAssessmentInput(assessment.response)
            statements = input.statements
            checklist = input.checklist
            reflections = input.reflections
            let summary = assessment.summary
            areas = summary.areas.map(Area.init)
            focus = summary.focus.map { Focus(area: $0.area, sentence: $0.sentence) }
            checklistGaps = summary.checklistGaps.map(\.number)
            checklistScores = summary.checklistScores.map { ActivityScore(title: $0.title, score: $0.score) }
            checklistNote = summary.checklistNote
        }
    }

    /// One area's counts and score.
    struct Area: Codable, Sendable {
        var area: Int
        var question: String
        var statementCount: Int
        var agreeToAHighDegree: Int
        var agreePartly: Int
        var disagree: Int
        var unknown: Int
        var unanswered: Int
        /// 0…1; null when no statement is answered on the scale.
        var score: Double?

        init(_ summary: SelfAssessmentAreaSummary) {
            area = summary.area
            question = summary.question
            statementCount = summary.statementCount
            agreeToAHighDegree = summary.count(of: .agreeToAHighDegree)
            agreePartly = summary.count(of: .agreePartly)
            disagree = summary.count(of: .disagree)
            unknown = summary.count(of: .unknown)
            unanswered = summary.unansweredCount
            score = summary.score
        }
    }

    /// An area to focus on.
    struct Focus: Codable, Sendable {
        var area: Int
        var sentence: String
    }

    /// How far one checklist activity has come.
    struct ActivityScore: Codable, Sendable {
        var title: String
        var score: Double?
    }
}
