/// One entry in a ``PlanVersion``'s audit trail: what happened, who did it at which level, when and why.
public struct PlanEvent: Hashable, Sendable, Codable {
    /// What happened.
    public enum Kind: Hashable, Sendable, Codable {
        /// The version was created, as a copy of `parent` when given.
        case created(parent: Int?)
        /// The plan was changed.
        case edited(PlanEdit)
        /// The draft was proposed for agreement.
        case proposed
        /// One level agreed to the proposal.
        case agreed(PlanningLevel)
        /// The proposal was rejected and returned to draft; the comment is the reason.
        case rejected
        /// The agreed version was replaced by a newer agreed version.
        case superseded(byVersion: Int)
    }

    /// What happened.
    public var kind: Kind
    /// Who did it, at which level.
    public var actor: PlanActor
    /// When, as the caller's ISO 8601 timestamp.
    public var timestamp: String
    /// Why.
    public var comment: String

    /// Creates an event.
    public init(_ kind: Kind, by actor: PlanActor, at timestamp: String, comment: String) {
        self.kind = kind
        self.actor = actor
        self.timestamp = timestamp
        self.comment = comment
    }
}
