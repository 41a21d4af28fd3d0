/// What the hub did with one item.
public enum ItemOutcome: String, Codable, Sendable, CaseIterable {
    /// A new key: stored.
    case imported
    /// A known key with a different content hash and a newer sequence: replaced.
    case updated
    /// Nothing to do: same content (`unchanged`) or an older write than the stored one (`superseded`).
    case ignored
    /// Refused for a reason the node cannot fix by retrying; the node records it and moves on.
    case rejected
}
