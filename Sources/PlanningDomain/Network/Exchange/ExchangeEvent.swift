/// One entry in the audit trail of a request, offer, proposal or agreement: what, who, when and why.
public struct ExchangeEvent: Hashable, Sendable, Codable {
    /// What happened.
    public enum Kind: Hashable, Sendable, Codable {
        /// A request or offer was posted, or a proposal made, or an agreement created.
        case created
        /// `count` of a request's or offer's volume was agreed in `agreement`.
        case allocated(count: Int, agreement: String)
        /// `count` of a request's or offer's volume was given back when `agreement` was cancelled.
        case released(count: Int, agreement: String)
        /// The status changed (withdrawn, closed, expired, accepted, declined, lapsed, completed, cancelled, ...).
        case statusChanged(String)
        /// `count` units were recorded as delivered in `week` (replacing any earlier figure for that week).
        case delivered(week: ISOWeek, count: Int)
    }

    /// What happened.
    public var kind: Kind
    /// Who did it.
    public var actor: NetworkActor
    /// When, as the caller's ISO 8601 timestamp.
    public var timestamp: String
    /// Why (free text; the reason for a decline or cancellation).
    public var comment: String

    /// Creates an event.
    public init(_ kind: Kind, by actor: NetworkActor, at timestamp: String, comment: String = "") {
        self.kind = kind
        self.actor = actor
        self.timestamp = timestamp
        self.comment = comment
    }
}
