/// One entry in a learning example's history: what, who, when and the comment.
public struct LearningExampleEvent: Hashable, Sendable, Codable {
    /// What happened.
    public enum Kind: Hashable, Sendable, Codable {
        /// The draft was created.
        case created
        /// The working content changed.
        case edited
        /// Revision `revision` was submitted (a resubmission when `revision` > 1).
        case submitted(revision: Int)
        /// A comment was added (the event's comment).
        case commented
        /// The agency asked for changes (the comment says which).
        case changesRequested
        /// Revision `revision` was published.
        case published(revision: Int)
        /// The agency rejected it (the comment says why).
        case rejected
        /// A new draft was started from the latest revision.
        case reopened
    }

    /// What happened.
    public var kind: Kind
    /// Who.
    public var actor: NetworkActor
    /// When (the caller's ISO 8601 timestamp).
    public var timestamp: String
    /// The comment or reason.
    public var comment: String

    /// Creates an event.
    public init(_ kind: Kind, by actor: NetworkActor, at timestamp: String, comment: String = "") {
        self.kind = kind
        self.actor = actor
        self.timestamp = timestamp
        self.comment = comment
    }
}
