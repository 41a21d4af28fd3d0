public import Foundation
public import WireProtocol

/// One of the region's own capacity-exchange actions as the node keeps it: what was sent, by whom, when, and
/// where it stands.
public struct StoredExchangeAction: Sendable, Hashable {
    /// Where an action stands.
    public enum State: Sendable, Hashable {
        /// Not yet reflected by the hub's state ("väntar på synk").
        case waiting
        /// The hub's state shows it carried out.
        case confirmed
        /// The hub refused it (the receipt's reason code and message).
        case refused(reason: String, message: String)
    }

    /// The outbox key.
    public var key: NaturalKey
    /// `exchange-messages` or `delivery-follow-ups`.
    public var stream: SyncStream
    /// The message kind (`postRequest`, …) or `recordDelivery`.
    public var kind: String
    /// The request, offer, proposal or agreement it is about.
    public var subject: String
    /// The payload as sent (canonical JSON).
    public var payload: String
    /// The node user.
    public var createdBy: String
    /// When it was stored.
    public var createdAt: Date
    /// Where it stands.
    public var state: State

    /// Creates a stored action.
    public init(
        key: NaturalKey, stream: SyncStream, kind: String, subject: String, payload: String, createdBy: String,
        createdAt: Date, state: State
    ) {
        self.key = key
        self.stream = stream
        self.kind = kind
        self.subject = subject
        self.payload = payload
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.state = state
    }
}
