/// An input to the agreement workflow of a ``PlanVersion``: what is asked, by whom, when and why.
public struct PlanCommand: Hashable, Sendable, Codable {
    /// What is asked.
    public enum Action: Hashable, Sendable, Codable {
        /// Change the plan (drafts only).
        case edit(PlanEdit)
        /// Propose the draft for agreement (tactical level).
        case propose
        /// Agree to the proposal at the actor's level (tactical or strategic).
        case agree
        /// Reject the proposal and return it to draft; the comment is the reason (required).
        case reject
        /// Mark an agreed version as replaced by a newer agreed one (issued by ``PlanVersions``).
        case supersede(byVersion: Int)

        /// The action without its payload, for messages and tables.
        public var kind: Kind {
            switch self {
            case .edit: .edit
            case .propose: .propose
            case .agree: .agree
            case .reject: .reject
            case .supersede: .supersede
            }
        }
    }

    /// The kinds of action, without payload.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// See ``Action/edit(_:)``.
        case edit
        /// See ``Action/propose``.
        case propose
        /// See ``Action/agree``.
        case agree
        /// See ``Action/reject``.
        case reject
        /// See ``Action/supersede(byVersion:)``.
        case supersede

        /// The Swedish verb phrase, e.g. "ändra".
        public var swedishName: String {
            switch self {
            case .edit: "ändra"
            case .propose: "föreslå"
            case .agree: "godkänna"
            case .reject: "avvisa"
            case .supersede: "ersätta"
            }
        }
    }

    /// What is asked.
    public var action: Action
    /// Who asks, at which level.
    public var actor: PlanActor
    /// When, as an ISO 8601 timestamp given by the caller (e.g. "2025-03-14T09:30:00+01:00").
    public var timestamp: String
    /// Why: a free-text comment; required for ``Action/reject``.
    public var comment: String

    /// Creates a command.
    public init(_ action: Action, by actor: PlanActor, at timestamp: String, comment: String = "") {
        self.action = action
        self.actor = actor
        self.timestamp = timestamp
        self.comment = comment
    }
}
