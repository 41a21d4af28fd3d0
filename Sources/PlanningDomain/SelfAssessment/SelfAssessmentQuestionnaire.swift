/// One statement of the self-assessment, e.g. statement 3.2 "Produktionsmålen och -planerna är förankrade i alla
/// berörda verksamheter."
public struct SelfAssessmentStatement: Hashable, Sendable, Codable {
    /// "area.number", e.g. "3.2".
    public var id: String
    /// The statement, in Swedish as on the form.
    public var text: String

    /// Creates a statement.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// One of the self-assessment's main questions ("huvudfrågor") with its statements and the agency's comment.
public struct SelfAssessmentArea: Hashable, Sendable, Codable {
    /// 1 through 8.
    public var number: Int
    /// The main question, e.g. "Hur styrande är PKS?".
    public var question: String
    /// The statements to answer.
    public var statements: [SelfAssessmentStatement]
    /// "Kommentar till området": why the agency raises the area, with references to its support material.
    public var comment: String

    /// Creates an area; statement ids are "number.index" from 1.
    public init(number: Int, question: String, statements: [String], comment: String) {
        self.number = number
        self.question = question
        self.statements = statements.enumerated().map {
            SelfAssessmentStatement(id: "\(number).\($0.offset + 1)", text: $0.element)
        }
        self.comment = comment
    }
}

/// Socialstyrelsen's self-assessment support for identifying which aspects of PKS need developing
/// ("Självskattningsstöd för att identifiera vilka aspekter av PKS som behöver utvecklas", 2024): eight main
/// questions, each with statements answered on the ``SelfAssessmentAnswer`` scale, aimed at the strategic level.
public struct SelfAssessmentQuestionnaire: Hashable, Sendable, Codable {
    /// Identifies the questionnaire's version, so that stored answers stay tied to the wording they answered.
    public var version: String
    /// The areas, in order.
    public var areas: [SelfAssessmentArea]

    /// Creates a questionnaire.
    public init(version: String, areas: [SelfAssessmentArea]) {
        self.version = version
        self.areas = areas
    }

    /// Every statement, in order.
    public var statements: [SelfAssessmentStatement] { areas.flatMap(\.statements) }

    /// The statement with `id`, or nil.
    public func statement(_ id: String) -> SelfAssessmentStatement? { statements.first { $0.id == id } }
}
