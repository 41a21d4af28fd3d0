/// A submitted snapshot of a learning example. Each submission makes one; published readers see one.
public struct LearningRevision: Hashable, Sendable, Codable {
    /// 1 for the first submission, 2 for the next, ...
    public var number: Int
    /// The content as submitted.
    public var content: LearningExampleContent
    /// Who submitted it.
    public var submittedBy: NetworkActor
    /// When (the caller's ISO 8601 timestamp).
    public var submittedAt: String

    /// Creates a revision.
    public init(number: Int, content: LearningExampleContent, submittedBy: NetworkActor, submittedAt: String) {
        self.number = number
        self.content = content
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
    }
}
