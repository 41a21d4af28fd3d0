/// A review comment on a learning example, by the agency's curator or the owning region's author.
/// Seen only by the owning region and the agency.
public struct LearningComment: Hashable, Sendable, Codable {
    /// Who wrote it.
    public var author: NetworkActor
    /// When (the caller's ISO 8601 timestamp).
    public var timestamp: String
    /// The text.
    public var text: String
    /// The latest revision when it was written (nil before the first submission).
    public var revision: Int?

    /// Creates a comment.
    public init(author: NetworkActor, timestamp: String, text: String, revision: Int?) {
        self.author = author
        self.timestamp = timestamp
        self.text = text
        self.revision = revision
    }
}
