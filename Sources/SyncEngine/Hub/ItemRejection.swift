public import WireProtocol

/// A stream-specific refusal of one item's payload (from a ``HubIngest`` validator).
public struct ItemRejection: Hashable, Sendable, Error {
    /// The reason code.
    public var reason: ItemReason
    /// A sentence naming the field and the rule.
    public var message: String

    /// Creates a rejection.
    public init(_ reason: ItemReason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}
