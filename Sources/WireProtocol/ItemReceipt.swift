/// The hub's answer for one item of a batch.
public struct ItemReceipt: Codable, Hashable, Sendable {
    /// The item's outbox sequence (identifies the item within the batch).
    public var sequence: Int64
    /// The item's natural key.
    public var key: NaturalKey
    /// What happened.
    public var outcome: ItemOutcome
    /// Why it was ignored or rejected; nil for imported and updated.
    public var reason: ItemReason?
    /// A sentence for the operator (which value, which rule); nil when the reason says it all.
    public var message: String?

    /// Creates an item receipt.
    public init(
        sequence: Int64, key: NaturalKey, outcome: ItemOutcome, reason: ItemReason? = nil, message: String? = nil
    ) {
        self.sequence = sequence
        self.key = key
        self.outcome = outcome
        self.reason = reason
        self.message = message
    }
}
