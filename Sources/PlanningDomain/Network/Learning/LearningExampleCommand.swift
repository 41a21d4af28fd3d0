/// An input to a learning example's review workflow: what, by whom, when, why, at which version.
public struct LearningExampleCommand: Hashable, Sendable, Codable {
    /// What is asked.
    public enum Action: Hashable, Sendable, Codable {
        /// Replace the working content (owning region; draft or changes requested).
        case edit(LearningExampleContent)
        /// Submit the working content for review as a new revision (owning region; draft or changes requested).
        case submit
        /// Add a comment, the command's comment (owning region or agency; submitted or changes requested).
        case comment
        /// Return it to the author with the comment as what to change (agency; submitted).
        case requestChanges
        /// Publish the latest revision (agency; submitted).
        case publish
        /// Reject it with the comment as reason (agency; submitted).
        case reject
        /// Start a new draft from the latest revision (owning region; published or rejected).
        case reopen

        /// The action without payload.
        public var kind: Kind {
            switch self {
            case .edit: .edit
            case .submit: .submit
            case .comment: .comment
            case .requestChanges: .requestChanges
            case .publish: .publish
            case .reject: .reject
            case .reopen: .reopen
            }
        }
    }

    /// The kinds of action, without payload.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// See ``Action/edit(_:)``.
        case edit
        /// See ``Action/submit``.
        case submit
        /// See ``Action/comment``.
        case comment
        /// See ``Action/requestChanges``.
        case requestChanges
        /// See ``Action/publish``.
        case publish
        /// See ``Action/reject``.
        case reject
        /// See ``Action/reopen``.
        case reopen

        /// The Swedish verb phrase, e.g. "publicera".
        public var swedishName: String {
            switch self {
            case .edit: "ändra"
            case .submit: "skicka in"
            case .comment: "kommentera"
            case .requestChanges: "begära ändringar i"
            case .publish: "publicera"
            case .reject: "avvisa"
            case .reopen: "öppna för en ny revision"
            }
        }
    }

    /// What is asked.
    public var action: Action
    /// Who asks.
    public var actor: NetworkActor
    /// When, as an ISO 8601 timestamp given by the caller.
    public var timestamp: String
    /// The version of the example the actor last saw.
    public var expectedVersion: Int
    /// The comment: the text of ``Action/comment``, the reason for ``Action/requestChanges`` and
    /// ``Action/reject`` (required there), optional elsewhere.
    public var comment: String

    /// Creates a command.
    public init(
        _ action: Action, by actor: NetworkActor, at timestamp: String, expectedVersion: Int, comment: String = ""
    ) {
        self.action = action
        self.actor = actor
        self.timestamp = timestamp
        self.expectedVersion = expectedVersion
        self.comment = comment
    }
}
