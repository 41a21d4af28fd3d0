public import Foundation
public import PlanningDomain

/// One unit's saved self-assessment with who saved it last and when.
public struct StoredSelfAssessment: Sendable, Hashable {
    /// The answers (statements, checklist, reflections).
    public var response: SelfAssessmentResponse
    /// When the answers were last saved.
    public var updatedAt: Date
    /// Who saved them last (a username).
    public var updatedBy: String

    /// Creates a value.
    public init(response: SelfAssessmentResponse, updatedAt: Date, updatedBy: String) {
        self.response = response
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}
